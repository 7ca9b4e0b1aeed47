@testable import CopydeskCore
import Testing

/// In the topic pass a word shared with a big story counts by how much of that story uses it: a
/// take that shares two words with one of a launch's twenty-four tellings is not that launch.
@Suite struct TopicShareTests {
    /// The news in four wordings: each word is held by six of its tellings (rare in the day).
    static let wordings = ["Quarkium lattice reactor sets a fusion record", "Helsinki physicists report record plasma confinement",
                           "Tokamak startup Brightfield hits ignition milestone", "Neutron yields beat the target at the northern site"]

    /// Twenty-four tellings of the news (one of them also grumbling about pricing slides), a take
    /// sharing only that grumble, a retelling, and the rest of the day.
    static var texts: [String] {
        var texts: [String] = []
        for k in 0..<24 { texts.append(wordings[k % 4]) }
        texts[23] += "; also our pricing slides are a mess"
        texts.append("Every pitch deck has pricing slides and no revenue")
        texts.append("Quarkium lattice: that fusion record, explained")
        texts += ["Shipping a new onboarding flow for our design tool", "Weekend reading list: databases and compilers",
                  "Why we moved our docs to plain markdown", "GPU prices keep rising for small labs"]
        return texts
    }

    /// One plain topic pass over the day, the news already one story.
    private func merge(fullShare: Double) -> UnionFind {
        let index = LexiconIndex(.default)
        var profiler = TweetProfiler(vocabulary: index.vocabulary, matcher: index.matcher, aliases: index.aliases)
        let profiles: [TweetProfile?] = Self.texts.map { profiler.profile($0) }
        var sets = UnionFind(count: profiles.count)
        for k in 1..<24 { sets.union(0, k) }
        var merger = TopicMerger(threshold: 0.5)
        merger.fullShare = fullShare
        merger.merge(sets.groups(), profiles: profiles, sets: &sets)
        return sets
    }

    @Test func aTakeSharingOneTellingsAsideStaysApart() {
        var sets = merge(fullShare: 0.125)
        #expect(sets.find(24) != sets.find(0))
        #expect(sets.find(25) == sets.find(0))
    }

    @Test func countedInFullTheAsideWouldPullTheTakeIn() {
        var sets = merge(fullShare: 1e-9)
        #expect(sets.find(24) == sets.find(0))
        #expect(sets.find(25) == sets.find(0))
    }
}
