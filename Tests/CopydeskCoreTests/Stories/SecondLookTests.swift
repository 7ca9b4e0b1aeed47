@testable import CopydeskCore
import Testing

/// Two takes that join each other get a second look, as one story, at the news they both resemble.
@Suite struct SecondLookTests {
    static let texts = [
        // The news, told three times.
        "Quarkium lattice reactor sets a fusion record at the Helsinki lab",
        "Helsinki lab: quarkium lattice reactor fusion record confirmed",
        "Fusion record for the quarkium lattice reactor in the Helsinki lab",
        // Two takes on it, each naming a different half of the news, sharing their doubts.
        "Reactor, quarkium, lattice: skeptics want neutron tallies before cheering",
        "Helsinki, fusion, record: where are the neutron tallies",
        // The rest of the day.
        "Shipping a new onboarding flow for our design tool", "Weekend reading list: databases and compilers",
        "A thread on pricing for developer tools", "Why we moved our docs to plain markdown",
        "Open weights model tops the leaderboard for coding", "GPU prices keep rising for small labs",
    ]

    private func merge(nearFraction: Double) -> UnionFind {
        let index = LexiconIndex(.default)
        var profiler = TweetProfiler(vocabulary: index.vocabulary, matcher: index.matcher, aliases: index.aliases)
        let profiles: [TweetProfile?] = Self.texts.map { profiler.profile($0) }
        var sets = UnionFind(count: Self.texts.count)
        sets.union(0, 1)
        sets.union(0, 2)
        var merger = TopicMerger(threshold: 0.5)
        merger.nearFraction = nearFraction
        merger.merge(sets.groups(), profiles: profiles, sets: &sets)
        return sets
    }

    @Test func aPairOfTakesJoinsTheNewsTheyBothResemble() {
        var sets = merge(nearFraction: 0.5)
        #expect(sets.find(3) == sets.find(4))
        #expect(sets.find(3) == sets.find(0))
        // The rest of the day stays apart.
        for filler in 5..<Self.texts.count { #expect(sets.find(filler) != sets.find(0)) }
    }

    @Test func withoutTheSecondLookThePairStaysApart() {
        var sets = merge(nearFraction: 1)
        #expect(sets.find(3) == sets.find(4))
        #expect(sets.find(3) != sets.find(0))
    }
}
