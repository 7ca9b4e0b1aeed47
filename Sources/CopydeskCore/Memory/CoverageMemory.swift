import Foundation

/// The points earlier posts published, as their session logs recorded them, to tell which of
/// today's stories retell one (`Coverage`).
///
/// Built from each earlier day's final draft (the log folded): its points that were not rejected,
/// numbered as the post numbers them. Pure: the caller reads the logs.
public struct CoverageMemory: Sendable, Hashable {
    /// One published point.
    struct Published: Sendable, Hashable {
        var date: String
        var point: Int
        var tweetIDs: Set<String>
        var facts: StoryFacts
    }

    /// Newest day first, then by point.
    private(set) var published: [Published] = []

    public init() {}

    /// The points of each `(day, final draft)`.
    public init(posts: [(day: LocalDate, draft: Draft)]) {
        for (day, draft) in posts.sorted(by: { $0.day > $1.day }) {
            var number = 0
            var seen = Set<StoryID>()
            for point in draft.points where draft.decisions[point.story] != .rejected && seen.insert(point.story).inserted {
                guard let story = draft.story(point.story) else { continue }
                number += 1
                published.append(Published(
                    date: day.description, point: number, tweetIDs: Set(story.tweetIDs),
                    facts: StoryFacts(headline: point.headline, keyphrases: story.keyphrases, urls: story.urls)))
            }
        }
    }

    /// How many published points it holds.
    public var count: Int { published.count }

    /// The earlier point `story` retells, if any (the newest such day's), with what it brings anew.
    /// `referenced` are the tweets its retweets, quotes and replies point at.
    func coverage(of story: Story, referenced: [String]) -> Coverage? {
        let facts = StoryFacts(story)
        let terms = facts.specific
        for earlier in published {
            guard let because = Self.sameStory(story, referenced: referenced, facts: facts, terms: terms, earlier: earlier) else { continue }
            return Coverage(date: earlier.date, point: earlier.point, because: because, new: Self.news(facts, since: earlier.facts))
        }
        return nil
    }

    /// Why `story` tells `earlier`'s news: shared tweets, the same web page, or the same names and
    /// numbers (at least two, and a third of the smaller story's); nil when it does not.
    private static func sameStory(_ story: Story, referenced: [String], facts: StoryFacts, terms: Set<String>, earlier: Published) -> String? {
        let shared = Set(story.tweetIDs + referenced).intersection(earlier.tweetIDs).count
        if shared > 0 { return "shares \(shared) tweet\(shared == 1 ? "" : "s") with it" }
        if let link = facts.links.first(where: earlier.facts.links.contains) { return "links the same page \(link)" }
        let earlierTerms = earlier.facts.specific
        let common = terms.intersection(earlierTerms)
        if common.count >= 2, 3 * common.count >= min(terms.count, earlierTerms.count) {
            return "tells the same names and numbers: " + common.sorted().prefix(5).joined(separator: ", ")
        }
        return nil
    }

    /// What `facts` holds that `earlier` did not: numbers, names, and a most-shared link not linked before.
    private static func news(_ facts: StoryFacts, since earlier: StoryFacts) -> [String] {
        let told = earlier.words
        var new: [String] = []
        new += facts.numbers.subtracting(told).sorted().map { "number \($0)" }
        new += facts.names.subtracting(told).sorted().map { "name \($0)" }
        if let link = facts.links.first, !earlier.links.contains(link) { new.append("link \(link)") }
        return new
    }
}
