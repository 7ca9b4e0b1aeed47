import Foundation

/// The word cloud's input: how many distinct tweets of the day use each term.
///
/// Terms come from `TextAnalyzer` (English and Chinese, case-folded, stop words and boilerplate
/// out, numbers and links dropped, `#tags` and model names whole). Each tweet counts a term once,
/// and tweets with the same text (retweets, an account repeating itself) count once together, so
/// volume cannot buy a big word. A term is shown in its most common spelling (`OpenAI`, not
/// `openai`). The editor's exclusions remove terms; inclusions force words in, counted by the
/// tweets whose text contains them.
public struct CloudWords: Sendable {
    public var analyzer: TextAnalyzer

    /// The analyzer defaults to the tokenizer with the cloud's extra stop words (`CloudStopWords`).
    public init(analyzer: TextAnalyzer = CloudStopWords.analyzer) {
        self.analyzer = analyzer
    }

    /// The counted words by their matching key (the folded term, singular when both forms occur),
    /// the excluded ones left out, and the distinct texts counted.
    func entries(in tweets: [Tweet], adjustments: Draft.CloudAdjustments) -> (words: [String: WordCount], texts: [String]) {
        let texts = Self.distinctTexts(tweets)
        let termsByText = texts.map { Set(analyzer.terms(in: $0)) }
        let singular = Self.pluralsToSingulars(termsByText.reduce(into: Set<String>()) { $0.formUnion($1) })
        var tweetsByKey: [String: Int] = [:]
        var spellings: [String: [String: Int]] = [:]
        for (text, terms) in zip(texts, termsByText) {
            for key in Set(terms.map { singular[$0] ?? $0 }) { tweetsByKey[key, default: 0] += 1 }
            // The surface forms of this tweet's terms, for display.
            for token in analyzer.tokens(in: text) where terms.contains(token.key) {
                spellings[singular[token.key] ?? token.key, default: [:]][token.text, default: 0] += 1
            }
        }
        let excluded = Set(adjustments.excluded.map(Self.fold))
        var result: [String: WordCount] = [:]
        // Keyed by the folded form, which is how the editor names words (cashtag keys are upper case).
        for (key, count) in tweetsByKey where !excluded.contains(Self.fold(key)) {
            result[Self.fold(key)] = WordCount(Self.spelling(key, spellings[key] ?? [:]), count)
        }
        return (result, texts)
    }

    /// Counts, most frequent first (ties by word), at most `limit` entries with every included
    /// word among them.
    public func counts(
        in tweets: [Tweet], adjustments: Draft.CloudAdjustments = Draft.CloudAdjustments(), limit: Int? = nil
    ) -> [WordCount] {
        var (result, texts) = entries(in: tweets, adjustments: adjustments)
        let excluded = Set(adjustments.excluded.map(Self.fold))
        // Forced words: counted on the folded text, at least once so they show.
        let foldedTexts = texts.map(Self.fold)
        var includedKeys: Set<String> = []
        for word in adjustments.included {
            let key = Self.fold(word)
            guard !key.isEmpty, !excluded.contains(key) else { continue }
            includedKeys.insert(key)
            let mentions = foldedTexts.reduce(0) { $0 + ($1.contains(key) ? 1 : 0) }
            let count = max(mentions, result[key]?.count ?? 0, 1)
            result[key] = WordCount(result[key]?.word ?? word, count)
        }
        let ranked = WordCount.ranked(Array(result.values))
        guard let limit, ranked.count > limit else { return ranked }
        let forced = ranked.filter { includedKeys.contains(Self.fold($0.word)) }
        let others = ranked.filter { !includedKeys.contains(Self.fold($0.word)) }
        return WordCount.ranked(forced + others.prefix(max(0, limit - forced.count)))
    }

    /// English plurals that also occur in the singular (`models` → `model`, `agents` → `agent`),
    /// so the two count as one word; a plural alone stays as it is.
    static func pluralsToSingulars(_ keys: Set<String>) -> [String: String] {
        var map: [String: String] = [:]
        for key in keys where key.count > 3 && key.hasSuffix("s") && !key.hasSuffix("ss") && key.allSatisfy(\.isLetter) {
            let stem = String(key.dropLast())
            if keys.contains(stem) { map[key] = stem }
        }
        return map
    }

    /// The words the cloud counts for these tweets (exclusions aside), each as an exclusion must name
    /// it, by the folded form the listing shows: `files` (shown) → `file` (its key, when the
    /// singular occurs too), `Claude in Excel` → `Claude in Excel`.
    public func exclusionKeys(in tweets: [Tweet]) -> [String: String] {
        var keys: [String: String] = [:]
        for (key, entry) in entries(in: tweets, adjustments: Draft.CloudAdjustments()).words {
            keys[Self.fold(entry.word)] = Self.fold(entry.word) == key ? entry.word : key
            if keys[key] == nil { keys[key] = key }
        }
        return keys
    }

    /// The adjustments' matching form: trimmed and lower-cased (Chinese is unchanged).
    public static func fold(_ word: String) -> String {
        word.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Each tweet's text once: a retweet's `RT @handle:` prefix and links do not make it new.
    static func distinctTexts(_ tweets: [Tweet]) -> [String] {
        var seen = Set<String>()
        var texts: [String] = []
        for tweet in tweets {
            let identity = identityText(tweet.text)
            if seen.insert(identity).inserted { texts.append(tweet.text) }
        }
        return texts
    }

    private static func identityText(_ text: String) -> String {
        var words = text.split(whereSeparator: \.isWhitespace)
        if words.first == "RT", words.count > 1, words[1].hasPrefix("@") { words.removeFirst(2) }
        return words.filter { !$0.hasPrefix("http://") && !$0.hasPrefix("https://") }
            .joined(separator: " ").lowercased()
    }

    /// The most used spelling of a term; ties go to the alphabetically first, so output is stable.
    private static func spelling(_ key: String, _ forms: [String: Int]) -> String {
        forms.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? key
    }
}
