import Foundation

/// What a story says that can be compared across days without its tweets: the numbers and names
/// of its headline and keyphrases, all their words, and its web links.
///
/// An earlier day's point is known only through its session log (its headline, keyphrases, links
/// and tweet ids), so today's story is read the same way: like is compared with like.
struct StoryFacts: Sendable, Hashable {
    /// Tokens holding a digit (`1m`, `gpt-6`, `$300m`, `40%`), lower-cased.
    var numbers: Set<String> = []
    /// Capitalised words of three letters or more (`OpenAI`, `Gemini`) and cashtags, lower-cased,
    /// less the words that open sentences (`The`, `Just`).
    var names: Set<String> = []
    /// Every word of the headline and keyphrases, lower-cased: what the story told.
    var words: Set<String> = []
    /// Web links' keys, most shared first.
    var links: [String] = []

    init(headline: String, keyphrases: [String], urls: [String]) {
        words = Set(keyphrases.map { $0.lowercased() })
        for text in [headline] + keyphrases { read(text) }
        // Each link normalised once (`isWebPage` of a URL works out its key too).
        links = urls.compactMap { url in
            let key = URLKey.key(url)
            return URLKey.isWebPage(key: key) ? key : nil
        }
    }

    init(_ story: Story) {
        self.init(headline: story.headline, keyphrases: story.keyphrases, urls: story.urls)
    }

    /// Numbers and names together: what two stories telling one event share.
    var specific: Set<String> { numbers.union(names) }

    /// Words that open sentences capitalised without naming anything.
    private static let openers: Set<String> = [
        "the", "this", "that", "these", "those", "just", "still", "new", "now", "breaking", "today", "why", "how",
        "what", "when", "where", "who", "our", "we", "you", "your", "its", "his", "her", "their", "here", "there",
        "big", "huge", "wow", "excited", "introducing", "announcing", "meet", "and", "but", "for", "with", "from",
        "after", "before", "thread", "update", "congrats", "thanks", "great", "amazing", "incredible",
    ]

    private mutating func read(_ text: String) {
        for raw in text.split(whereSeparator: { !($0.isLetter || $0.isNumber || "-.%$+".contains($0)) }) {
            let token = raw.trimmingCharacters(in: .init(charactersIn: "-.+"))
            guard !token.isEmpty else { continue }
            let lower = token.lowercased()
            words.insert(lower)
            if token.contains(where: \.isNumber) {
                numbers.insert(lower)
            } else if token.hasPrefix("$"), token.count > 1 {
                names.insert(lower)
            } else if let head = token.first, head.isUppercase, head.isASCII, token.count >= 3, !Self.openers.contains(lower) {
                names.insert(lower)
            }
        }
    }
}
