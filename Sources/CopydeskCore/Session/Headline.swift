/// A plain headline from a tweet's text, for stories the editor makes (`add`, `split`).
enum Headline {
    /// The first line, without links, collapsed spaces, at most 140 characters.
    static func extract(_ text: String) -> String {
        let firstLine = text.split(whereSeparator: \.isNewline).first { !$0.trimmingWhitespace().isEmpty } ?? ""
        let words = firstLine.split(whereSeparator: \.isWhitespace).filter {
            !$0.hasPrefix("http://") && !$0.hasPrefix("https://")
        }
        let line = words.joined(separator: " ")
        return line.count > 140 ? String(line.prefix(139)) + "…" : line
    }
}
