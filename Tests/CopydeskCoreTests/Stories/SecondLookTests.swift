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

    /// One plain topic pass (threshold 0.5) over `profiles`, the first three already one story: the news.
    static func merged(_ profiles: [TweetProfile?], nearFraction: Double) -> UnionFind {
        var sets = UnionFind(count: profiles.count)
        sets.union(0, 1)
        sets.union(0, 2)
        var merger = TopicMerger(threshold: 0.5)
        merger.nearFraction = nearFraction
        merger.merge(sets.groups(), profiles: profiles, sets: &sets)
        return sets
    }

    private func merge(nearFraction: Double) -> UnionFind {
        let index = LexiconIndex(.default)
        var profiler = TweetProfiler(vocabulary: index.vocabulary, matcher: index.matcher, aliases: index.aliases)
        return Self.merged(Self.texts.map { profiler.profile($0) }, nearFraction: nearFraction)
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

extension SecondLookTests {
    /// A profile holding exactly `features`.
    private static func profile(_ features: [UInt64]) -> TweetProfile? {
        var profile = TweetProfile()
        profile.features = features.sorted()
        return profile
    }

    @Test func aPairJoinsTheNewsOneOfItsPartsCouldJoinWhenBothCameNearIt() {
        // Features: news words 1–5 (1 and 2 also in B), the news's own words 10–17, the pair's
        // doubts 20–22, B's aside 30 (said once more elsewhere), and words said once (100+).
        let news: [UInt64] = [1, 2, 3, 4, 5] + Array(10...17)
        var profiles: [TweetProfile?] = [Self.profile(news), Self.profile(news), Self.profile(news)]
        profiles.append(Self.profile([1, 2, 3, 4, 5, 20, 21, 22]))            // A: most of the news, and the doubts
        profiles.append(Self.profile([1, 2, 20, 21, 22, 30]))                 // B: a little news, the doubts, an aside
        profiles.append(Self.profile([30, 100]))                              // the aside, elsewhere
        for k in 0..<14 { profiles.append(Self.profile([UInt64(200 + 2 * k), UInt64(201 + 2 * k)])) }
        // A is closer to B than to the news, so they pair up; as a pair they hold B's aside and fall
        // short of the news (0.45); but A could join it alone (0.52) and B came near it (0.23).
        var sets = Self.merged(profiles, nearFraction: 0.4)
        #expect(sets.find(3) == sets.find(4))
        #expect(sets.find(3) == sets.find(0))
        #expect(sets.find(5) != sets.find(0))
        // When B's 0.23 is not near enough, the pair stays apart.
        var apart = Self.merged(profiles, nearFraction: 0.5)
        #expect(apart.find(3) == apart.find(4))
        #expect(apart.find(3) != apart.find(0))
    }
}
