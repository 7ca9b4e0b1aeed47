/// A plain headline from a tweet's text, for stories the editor makes (`add`, `split`).
enum Headline {
    /// The first line, without a retweet's `RT @handle:` or links, spaces collapsed, at most 140 characters.
    static func extract(_ text: String) -> String {
        let firstLine = text.split(whereSeparator: \.isNewline).first { !$0.trimmingWhitespace().isEmpty } ?? ""
        var words = firstLine.split(whereSeparator: \.isWhitespace).filter {
            !$0.hasPrefix("http://") && !$0.hasPrefix("https://")
        }
        if words.count > 2, words[0] == "RT", words[1].hasPrefix("@"), words[1].hasSuffix(":") { words.removeFirst(2) }
        let line = words.joined(separator: " ")
        return line.count > 140 ? String(line.prefix(139)) + "…" : line
    }
}
