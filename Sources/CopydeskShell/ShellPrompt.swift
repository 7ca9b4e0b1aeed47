import Foundation

/// The facts the prompt shows: the report's date and how far the review has come.
public struct ShellPrompt: Sendable, Hashable {
    /// The report's day (or range), such as `2026-01-24`.
    public var date: String
    public var accepted: Int
    public var rejected: Int
    public var pending: Int
    /// Shown as a `*` when the post has changes not yet saved.
    public var unsaved: Bool

    public init(date: String, accepted: Int = 0, rejected: Int = 0, pending: Int = 0, unsaved: Bool = false) {
        self.date = date
        self.accepted = accepted
        self.rejected = rejected
        self.pending = pending
        self.unsaved = unsaved
    }
}

extension ShellPrompt {
    /// The marker libedit's `EL_PROMPT_ESC` expects around escape sequences that take no columns.
    static let escapeMarker: Character = "\u{1}"

    /// The prompt text: `2026-01-24 +3 -1 ?6> ` (accepted, rejected, pending), coloured when `colour` is true.
    ///
    /// Escapes sit between `escapeMarker`s so libedit does not count them as columns, and the final
    /// reset comes before the trailing space (libedit drops an escape that ends the prompt).
    public func rendered(colour: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String {
            guard colour else { return text }
            let m = Self.escapeMarker
            return "\(m)\u{1B}[\(code)m\(m)\(text)\(m)\u{1B}[0m\(m)"
        }
        let star = unsaved ? paint("*", "33") : ""
        let progress = [
            // ASCII only: ✓ and ✗ are "ambiguous width", two columns in many CJK terminal setups,
            // which would put libedit's idea of the cursor one column off.
            paint("+\(accepted)", "32"),
            paint("-\(rejected)", "31"),
            paint("?\(pending)", pending > 0 ? "33" : "2"),
        ].joined(separator: " ")
        // Two escapes side by side would put two markers together, which libedit misreads: merge them.
        let m = String(Self.escapeMarker)
        return "\(paint(date, "1;36"))\(star) \(progress)> ".replacingOccurrences(of: m + m, with: "")
    }

    /// The prompt with escapes and markers removed: what the terminal shows.
    public var plain: String { rendered(colour: false) }
}
