/// A lexicon compiled for matching: one `TermMatcher` over every category and noise term.
struct LexiconIndex: Sendable {
    enum Target: Sendable, Hashable {
        case category(Category)
        case noise(NoiseKind)

        /// Whether the term tells a category (not a kind of noise).
        var isCategory: Bool {
            if case .category = self { return true }
            return false
        }
    }

    let matcher: TermMatcher
    /// Each term id's text, as the lexicon writes it.
    let terms: [String]
    /// For each term id: what it points to and how much it weighs.
    let targets: [(target: Target, weight: Double)]
    let cryptoCashtags: Set<String>
    let vocabulary: CompiledVocabulary
    let aliases: AliasTable

    init(_ lexicon: Lexicon) {
        var terms: [String] = []
        var targets: [(Target, Double)] = []
        for category in Category.allCases {
            for term in lexicon.categoryTerms[category] ?? [] {
                terms.append(term.text)
                targets.append((.category(category), term.weight))
            }
        }
        for kind in NoiseKind.allCases {
            for term in lexicon.noiseTerms[kind] ?? [] {
                terms.append(term.text)
                targets.append((.noise(kind), term.weight))
            }
        }
        matcher = TermMatcher(terms: terms)
        self.terms = terms
        self.targets = targets
        cryptoCashtags = lexicon.cryptoCashtags
        vocabulary = CompiledVocabulary(lexicon.vocabulary)
        aliases = AliasTable(lexicon.vocabulary.aliases, vocabulary: vocabulary, matcher: matcher)
    }
}
