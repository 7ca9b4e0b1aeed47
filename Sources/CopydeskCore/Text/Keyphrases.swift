/// Keyphrases: the terms that say what a story (or the day) is about.
///
/// A story's terms are counted by distinct tweets (a term repeated in one tweet counts once); names,
/// tags and cashtags weigh more than plain words; a term most of the day's stories use is left out.
/// The day's keyphrases add up the stories' terms, each weighted by its story's score, so the day's
/// big themes rise.
struct Keyphrases {
    let analyzer: TextAnalyzer

    /// Each term of `texts` with the number of texts it appears in, best first (ties alphabetical).
    func weightedTerms(_ texts: [String]) -> [(term: String, weight: Double)] {
        var counts: [String: Double] = [:]
        for terms in analyzer.distinctTerms(in: texts) {
            for term in terms { counts[term, default: 0] += 1 }
        }
        return counts.map { ($0.key, $0.value * Self.boost($0.key)) }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
    }

    /// Each story's terms without those most stories use: in a day of ten stories or more, a term
    /// in more than 3 in 10 of them (`ai`, in half of an AI day's stories) says nothing about any.
    static func distinctive(_ stories: [[String]]) -> [[String]] {
        guard stories.count >= 10 else { return stories }
        var storiesUsing: [String: Int] = [:]
        for terms in stories {
            for term in Set(terms) { storiesUsing[term, default: 0] += 1 }
        }
        let ubiquitous = ubiquity(stories.count)
        return stories.map { terms in terms.filter { storiesUsing[$0, default: 0] <= ubiquitous } }
    }

    /// More stories than this share a term that says nothing about any one of them.
    static func ubiquity(_ storyCount: Int) -> Int { max(3, storyCount * 3 / 10) }

    func story(_ texts: [String], limit: Int) -> [String] {
        Array(weightedTerms(texts).prefix(limit).map(\.term))
    }

    /// The day's keyphrases from each story's terms and score.
    func day(_ stories: [(terms: [String], score: Double)], limit: Int) -> [String] {
        var totals: [String: Double] = [:]
        var storyCount: [String: Int] = [:]
        for story in stories {
            for term in Set(story.terms) { storyCount[term, default: 0] += 1 }
            for (rank, term) in story.terms.enumerated() {
                // A story's first terms say most about it.
                totals[term, default: 0] += max(0.1, story.score) / Double(rank + 1).squareRoot()
            }
        }
        // A term in most stories (`ai`) says nothing about any of them.
        let ubiquitous = Self.ubiquity(stories.count)
        return totals.filter { storyCount[$0.key, default: 0] <= ubiquitous }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map(\.key)
    }

    static func boost(_ term: String) -> Double {
        if term.hasPrefix("#") || term.hasPrefix("$") { return 1.5 }
        if term.contains(where: { $0.isNumber || $0 == " " || $0 == "-" }) { return 2 }
        return 1
    }
}
