/// Something worth telling the editor about an input that was still used: a skipped record, a guess made.
public struct LoadWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): warning: \(message)" }
}

/// Why a record was left out.
public enum SkipReason: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Not parseable as a record (bad JSON line, broken CSV row).
    case malformed
    /// A required field (id, time, author, text) is absent or empty.
    case missingField = "missing-field"
    /// The creation time is not in a known form.
    case badDate = "bad-date"
    /// The text is longer than any real tweet (`TweetLimits.maxTextCharacters`).
    case textTooLong = "text-too-long"

    public static func < (a: SkipReason, b: SkipReason) -> Bool { a.rawValue < b.rawValue }
}

/// Bounds that keep absurd input from costing time or memory.
public enum TweetLimits {
    /// Longest text kept; X's long posts stop at 25,000 characters.
    public static let maxTextCharacters = 100_000
    /// Largest engagement or follower count kept (a trillion: more than any real tweet, and small
    /// enough that a day of them sums without overflow).
    public static let maxCount = 1_000_000_000_000
}
