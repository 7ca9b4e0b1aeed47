/// A word and how often it occurs: one entry of a word cloud's input.
public struct WordCount: Sendable, Hashable, Codable {
    public var word: String
    public var count: Int

    public init(_ word: String, _ count: Int) {
        self.word = word
        self.count = count
    }
}

extension WordCount {
    /// Most frequent first; ties in word order, so a cloud's input order never depends on hashing.
    public static func ranked(_ counts: [WordCount]) -> [WordCount] {
        counts.sorted { a, b in a.count != b.count ? a.count > b.count : a.word < b.word }
    }
}
