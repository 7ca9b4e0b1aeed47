/// The lexicon's aliases compiled for profiling: a variant found in a tweet (`英特尔`, `$INTC`) adds the
/// features of its canonical term (`intel`), so a retelling in Chinese, or by ticker, shares words
/// with the English original and the grouping passes can see they tell one piece of news.
struct AliasTable: Sendable {
    /// Finds the variants; term ids index `features`.
    let matcher: TermMatcher
    /// Each alias's canonical features, as a profile of the canonical text would hold them.
    let features: [[UInt64]]

    init(_ aliases: [Vocabulary.Alias], vocabulary: CompiledVocabulary, matcher: TermMatcher) {
        self.matcher = TermMatcher(terms: aliases.map(\.variant))
        // The canonical side is profiled like a tweet (no aliases), so `fei-fei li` is one name and
        // `continual learning` two words, exactly as English text yields them.
        var profiler = TweetProfiler(vocabulary: vocabulary, matcher: matcher, aliases: nil)
        features = aliases.map { profiler.profile($0.canonical).features }
    }
}
