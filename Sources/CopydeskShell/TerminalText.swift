import CopydeskCore

/// Text measured and laid out as a terminal shows it (CJK characters take two columns).
public enum TerminalText {
    /// The number of terminal columns `text` takes.
    public static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// Columns one scalar takes: 0 for combining marks and controls, 2 for East Asian wide and emoji.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B { return 0 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }

    /// Replaces control characters (newline, TAB, escape…) with spaces, so text pushed into the line
    /// editor is typed as text, not as keys that submit or complete.
    public static func replacingControlCharacters(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let v = scalar.value
            return v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v) ? " " : scalar
        }))
    }

    /// `text` as it may reach a terminal: control characters other than newline and TAB go, and so
    /// do the bidi overrides that can hide text. Tweets are untrusted, and so is a model's answer: an
    /// escape sequence in one would clear the screen, move the cursor or retitle the window.
    public static func displayable(_ text: String) -> String {
        // Most text holds none: it is returned as it is, not rebuilt.
        guard text.unicodeScalars.contains(where: \.isHiddenControl) else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { !$0.isHiddenControl })
        return String(kept)
    }

    /// Lays `items` out in columns that fit `screenWidth`, filled down then across, one string per row.
    public static func columns(_ items: [String], screenWidth: Int) -> [String] {
        guard !items.isEmpty else { return [] }
        let cell = (items.map(width).max() ?? 0) + 2
        let perRow = max(1, screenWidth / max(cell, 1))
        let rows = (items.count + perRow - 1) / perRow
        return (0..<rows).map { row in
            var line = ""
            for column in 0..<perRow {
                let index = column * rows + row
                guard index < items.count else { break }
                let item = items[index]
                let isLast = (column + 1) * rows + row >= items.count
                line += isLast ? item : item + String(repeating: " ", count: cell - width(item))
            }
            return line
        }
    }
}
