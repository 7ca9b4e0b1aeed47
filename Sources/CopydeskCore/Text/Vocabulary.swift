/// The word lists the tokenizer needs: how names are built, which Chinese words stay whole, what to ignore.
///
/// It comes from the lexicon file's `names.*`, `chinese.words` and `stopwords` sections, so the editor
/// can extend it without a rebuild.
public struct Vocabulary: Sendable, Hashable {
    /// Words that start a product name when a version or suffix follows: `Claude` (Code), `Gemini` (3 Pro).
    public var brands: [String]
    /// Capitalised words that continue a name: `Pro`, `Flash`, `Code`, `Mini`.
    public var suffixes: [String]
    /// Fixed multi-word names: `Claude in Excel`, `Hugging Face`, `AI Mode`.
    public var phrases: [String]
    /// Names too common to identify one piece of news (`Hugging Face`, `Google DeepMind`).
    public var commonNames: [String] = []
    /// Capitalised words a number follows without making a product name: `Section 5`, `Day 3`, `January 24`.
    public var counters: [String] = []
    /// Chinese words ICU splits that must stay whole: 开源, 智谱, 大模型, 智能体, 算力, 编程.
    public var chineseWords: [String]
    /// Words that are never terms, beyond the built-in English and Chinese stop words.
    public var stopWords: [String]
    /// Other ways of writing a term (another language, a ticker): `英特尔` and `$INTC` for `intel`.
    public var aliases: [Alias] = []

    /// A variant and the canonical term it stands for.
    public struct Alias: Sendable, Hashable {
        public var variant: String
        public var canonical: String
        public init(_ variant: String, canonical: String) {
            self.variant = variant
            self.canonical = canonical
        }
    }

    public init(brands: [String] = [], suffixes: [String] = [], phrases: [String] = [], chineseWords: [String] = [], stopWords: [String] = []) {
        self.brands = brands
        self.suffixes = suffixes
        self.phrases = phrases
        self.chineseWords = chineseWords
        self.stopWords = stopWords
    }
}

/// A vocabulary compiled into hash sets, for scanning without making strings.
struct CompiledVocabulary: Sendable {
    let brands: HashSet64
    let suffixes: HashSet64
    /// Phrases by the hash of their first word: each phrase as its words' hashes.
    let phrases: HashMap64<[[UInt64]]>
    let chineseWords: HashSet64
    /// The longest Chinese domain word, in bytes.
    let longestChineseWord: Int
    let stopWords: HashSet64
    let commonNames: HashSet64
    let counters: HashSet64

    init(_ vocabulary: Vocabulary) {
        commonNames = HashSet64(vocabulary.commonNames.map(TextHash.folded))
        counters = HashSet64(vocabulary.counters.map(TextHash.folded))
        brands = HashSet64(vocabulary.brands.map(TextHash.folded))
        suffixes = HashSet64(vocabulary.suffixes.map(TextHash.folded))
        chineseWords = HashSet64(vocabulary.chineseWords.map(TextHash.folded))
        longestChineseWord = vocabulary.chineseWords.map(\.utf8.count).max() ?? 0
        stopWords = HashSet64((StopWords.english + StopWords.chinese + vocabulary.stopWords).map(TextHash.folded))
        var phrases: [UInt64: [[UInt64]]] = [:]
        for phrase in vocabulary.phrases {
            let words = TweetScanner.rawWordHashes(phrase)
            guard words.count >= 2 else { continue }
            phrases[words[0], default: []].append(words)
        }
        // Longest first, so `Claude in Excel` wins over a shorter phrase with the same start.
        self.phrases = HashMap64(phrases.mapValues { $0.sorted { $0.count > $1.count } })
    }
}
