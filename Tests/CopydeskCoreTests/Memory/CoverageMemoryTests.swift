@testable import CopydeskCore
import Foundation
import Testing

/// The desk's memory: two consecutive days in which three stories continue (a quote of yesterday's
/// tweet, a retelling linking yesterday's page, and one with a real development) beside new ones.
@Suite struct CoverageMemoryTests {
    struct TwoDays {
        var yesterday: Analysis
        var today: Analysis
        var memory: CoverageMemory
        var ids: [String: String]
    }

    /// Day one's post is its proposal (no decision: every point published); day two is read with it.
    static func twoDays(engine: StoryEngine = StoryEngine()) -> TwoDays {
        var f = TweetFactory()
        var ids: [String: String] = [:]
        ids["kestrel"] = f.add("Orbitra releases Kestrel 3, a 40B open weights model with 128K context", by: "orbitra", followers: 90_000, likes: 900)
        f.add("Kestrel 3 from Orbitra: 40B parameters, 128K context, open weights", by: "ana", likes: 120)
        ids["halberd"] = f.add("Halberd raises $300M Series C to build robot hands https://halberd.ai/news/series-c", by: "halberd", followers: 40_000,
                               likes: 500, urls: ["https://halberd.ai/news/series-c"])
        ids["talon"] = f.add("Vantor ships the Talon 2 agent platform for banks at $12 a seat", by: "vantor", followers: 30_000, likes: 400)
        f.add("Meridian Labs publishes a study of GPU rental prices across 40 clouds", by: "meridian", followers: 8_000, likes: 90)
        let dayOne = f.tweets.count
        // Day two: three stories continue…
        ids["quote"] = f.add("Still thinking about Kestrel 3 from Orbitra, what a model", by: "ben", followers: 5_000, likes: 300,
                             kind: .quote, referencing: ids["kestrel"])
        ids["retold"] = f.add("Halberd Series C: $300M for robot hands, details https://halberd.ai/news/series-c", by: "carl", followers: 6_000,
                              likes: 250, urls: ["https://halberd.ai/news/series-c"])
        ids["developed"] = f.add("Vantor says Talon 2 passed 1M bank users in its first week, and Quorra Bank signed on", by: "vantor",
                                 followers: 30_000, likes: 350)
        // …and two are new.
        ids["lumen"] = f.add("Corvane opens the Lumen 5 API to all developers with 2M context", by: "corvane", followers: 50_000, likes: 200)
        ids["ferrite"] = f.add("A warehouse arm from Ferrite Robotics, trained in simulation only, reaches a 98% pick rate https://ferrite.ai/arm",
                               by: "ferrite", followers: 20_000, likes: 150, urls: ["https://ferrite.ai/arm"])
        let window = TweetFactory.window
        let yesterday = engine.analyze(Array(f.tweets[..<dayOne]), window: window)
        let draft = Draft(analysis: yesterday, window: window, metadata: .init(startingAt: Date(timeIntervalSince1970: 0), window: window))
        let memory = CoverageMemory(posts: [(LocalDate("2026-01-23")!, draft)])
        let today = engine.analyze(Array(f.tweets[dayOne...]), window: window, memory: memory)
        return TwoDays(yesterday: yesterday, today: today, memory: memory, ids: ids)
    }

    static func story(_ tweet: String?, _ analysis: Analysis) -> Story? {
        analysis.stories.first { $0.tweetIDs.contains(tweet ?? "") }
    }

    /// The point number day one's post gave the story holding `tweet`.
    static func point(_ tweet: String?, _ analysis: Analysis) -> Int? {
        guard let id = story(tweet, analysis)?.id, let k = analysis.points.firstIndex(of: id) else { return nil }
        return k + 1
    }

    @Test func retellingsAreCoveredAndLeaveTheTenWhileADevelopmentStays() throws {
        let days = Self.twoDays()
        #expect(days.memory.count == days.yesterday.points.count)
        let quote = try #require(Self.story(days.ids["quote"], days.today))
        let retold = try #require(Self.story(days.ids["retold"], days.today))
        let developed = try #require(Self.story(days.ids["developed"], days.today))

        #expect(quote.covered?.date == "2026-01-23")
        #expect(quote.covered?.point == Self.point(days.ids["kestrel"], days.yesterday))
        #expect(quote.covered?.because == "shares 1 tweet with it")
        #expect(quote.covered?.isRetelling == true)
        #expect(retold.covered?.point == Self.point(days.ids["halberd"], days.yesterday))
        #expect(retold.covered?.because.hasPrefix("links the same page") == true)
        #expect(retold.covered?.isRetelling == true)
        // The retellings left the ten for the reserve; the editor can promote them back.
        #expect(!days.today.points.contains(quote.id) && !days.today.points.contains(retold.id))
        #expect(days.today.reserve.contains(quote.id) && days.today.reserve.contains(retold.id))

        // The development is covered too, but brings new numbers and names: it stays a point.
        let coverage = try #require(developed.covered)
        #expect(coverage.point == Self.point(days.ids["talon"], days.yesterday))
        #expect(coverage.new.contains("number 1m"))
        #expect(coverage.new.contains("name quorra"))
        #expect(days.today.points.contains(developed.id))

        for new in ["lumen", "ferrite"] {
            let story = try #require(Self.story(days.ids[new], days.today))
            #expect(story.covered == nil, "\(new)")
            #expect(days.today.points.contains(story.id), "\(new) \(story.noise ?? "-") \(story.category)")
        }
    }

    @Test func withoutMemoryNothingIsCovered() {
        var f = TweetFactory()
        f.add("Orbitra releases Kestrel 3, a 40B open weights model with 128K context", by: "orbitra")
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        #expect(analysis.stories.allSatisfy { $0.covered == nil })
    }

    @Test func rejectedPointsWereNotPublishedAndOnlyThePublishedAreNumbered() throws {
        let days = Self.twoDays()
        let window = TweetFactory.window
        var draft = Draft(analysis: days.yesterday, window: window, metadata: .init(startingAt: Date(timeIntervalSince1970: 0), window: window))
        let first = try #require(draft.points.first)
        draft.decisions[first.story] = .rejected
        let memory = CoverageMemory(posts: [(LocalDate("2026-01-23")!, draft)])
        #expect(memory.count == days.yesterday.points.count - 1)
        #expect(memory.published.map(\.point) == Array(1...memory.count))
        #expect(!memory.published.contains { $0.tweetIDs.contains(draft.story(first.story)!.leadTweetID) })
    }

    @Test func whyAndTheListingSayWhatWasCoveredAndWhatIsNew() throws {
        let days = Self.twoDays()
        let window = TweetFactory.window
        let draft = Draft(analysis: days.today, window: window, metadata: .init(startingAt: Date(timeIntervalSince1970: 0), window: window))
        let developed = try #require(Self.story(days.ids["developed"], days.today))
        let n = try #require(draft.points.firstIndex { $0.story == developed.id }) + 1
        let why = try ScoreExplanation.text(draft, point: n)
        #expect(why.contains("covered 2026-01-23 #\(developed.covered!.point): it tells the same names and numbers"))
        #expect(why.contains("it stays a candidate: it brings number 1m"))
        let quote = try #require(Self.story(days.ids["quote"], days.today))
        let r = try #require(draft.reserveNumber(quote.id))
        let whyReserve = try ScoreExplanation.text(draft, reserve: r)
        #expect(whyReserve.contains("brings no new number, name or link, so the engine kept it out of the ten"))
        #expect(whyReserve.contains("not a point: it retells point \(quote.covered!.point) of the post of 2026-01-23"))
        let listing = DeskListing.points(draft)
        #expect(listing.contains("R\(r) [\(quote.category.rawValue)] \(quote.headline)  (covered 2026-01-23 #\(quote.covered!.point))"))
        #expect(listing.contains("(covered 2026-01-23 #\(developed.covered!.point), with news)"))
        let show = DeskListing.show(draft, story: quote.id, title: "R\(r)", tweets: [:])
        #expect(show.contains("· covered 2026-01-23 #\(quote.covered!.point)"))
        let json = CandidateReport(days.today).json()
        #expect(json.contains("\"covered\": {\"date\": \"2026-01-23\", \"point\": \(quote.covered!.point)}"))
    }

    @Test func aLogWrittenBeforeCoverageStillDecodesAndOneWithItRoundTrips() throws {
        let days = Self.twoDays()
        let quote = try #require(Self.story(days.ids["quote"], days.today))
        let encoded = try JSONEncoder().encode(quote)
        #expect(try JSONDecoder().decode(Story.self, from: encoded) == quote)
        var old = quote
        old.covered = nil
        let oldText = try JSONEncoder().encode(old)
        #expect(!String(decoding: oldText, as: UTF8.self).contains("covered"))
        #expect(try JSONDecoder().decode(Story.self, from: oldText).covered == nil)
    }
}
