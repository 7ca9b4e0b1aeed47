import CopydeskCore
import Foundation
import Testing
import TestSupport

/// The hand-written sample day in seeds/sample-day meets the requirements and loads the
/// same through every form it ships in.
@Suite struct SampleDaySeedTests {
    static let folder = Fixtures.seeds.appendingPathComponent("sample-day")

    static func parse(_ name: String) throws -> ParsedInput {
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
        return try TweetParser.parse(bytes, file: name)
    }

    static func labels() throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("2026-01-24.labels.json"))
        return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func meetsTheCounts() throws {
        let parsed = try Self.parse("2026-01-24.x-api.json")
        #expect(parsed.skipped.isEmpty && parsed.warnings.isEmpty)
        let tweets = parsed.tweets
        #expect(tweets.count >= 300)
        #expect(Set(tweets.map(\.author.handle)).count >= 80)
        #expect(tweets.filter { $0.lang == "zh" }.count >= 25)
        for kind in Tweet.Kind.allCases {
            #expect(tweets.filter { $0.kind == kind }.count >= 10, "\(kind)")
        }
        #expect(tweets.contains { $0.metrics.likes >= 10_000 && $0.metrics.views >= 1_000_000 })
        #expect(tweets.filter { $0.metrics.likes < 50 }.count > tweets.count / 2)
        // Some tweets fall just outside the day, on both sides.
        let window = ReportWindow(day: LocalDate("2026-01-24")!)
        #expect(tweets.contains { $0.createdAt < window.lowerBound })
        #expect(tweets.contains { $0.createdAt >= window.upperBound })
        // Shill cashtags exist; dollar amounts are not cashtags.
        #expect(tweets.contains { $0.cashtags.contains("PEPE") })
        #expect(tweets.contains { $0.cashtags.contains("INTC") })
        #expect(tweets.contains { $0.text.contains("$5B valuation") })
        #expect(!tweets.contains { $0.cashtags.contains("5B") || $0.cashtags.contains("100T") })
    }

    @Test func everyFormLoadsTheSameTweets() throws {
        let single = try Self.parse("2026-01-24.x-api.json").tweets
        let scraped = try Self.parse("2026-01-24.twscrape.jsonl").tweets
        var pages: [Tweet] = []
        for n in 1...4 {
            pages += try Self.parse("x-api-pages/page-\(n).json").tweets
        }
        #expect(Set(single.map(\.id)) == Set(scraped.map(\.id)))
        #expect(pages.map(\.id) == single.map(\.id))
        let byID = Dictionary(uniqueKeysWithValues: scraped.map { ($0.id, $0) })
        for tweet in single {
            let other = try #require(byID[tweet.id])
            #expect(other.author == tweet.author)
            #expect(other.kind == tweet.kind && other.referencedID == tweet.referencedID)
            #expect(other.urls == tweet.urls)
            #expect(other.cashtags == tweet.cashtags)
            #expect(other.createdAt == tweet.createdAt)
        }
    }

    @Test func labelsCoverEveryTweetAndEveryCorePoint() throws {
        let labels = try Self.labels()
        let tweets = try #require(labels["tweets"] as? [String: [String: Any]])
        let stories = try #require(labels["stories"] as? [String: [String: Any]])
        let ids = Set(try Self.parse("2026-01-24.x-api.json").tweets.map(\.id))
        #expect(Set(tweets.keys) == ids)
        var noise = 0
        for (id, entry) in tweets {
            let story = entry["story"] as? String
            let kind = entry["noise"] as? String
            #expect((story == nil) != (kind == nil), "\(id) needs exactly one of story and noise")
            if let story { #expect(stories[story] != nil, "\(id): unknown story \(story)") }
            if kind != nil { noise += 1 }
        }
        let share = Double(noise) / Double(tweets.count)
        #expect(share > 0.25 && share < 0.36, "noise share \(share)")
        var points = Set<Int>()
        for (slug, story) in stories {
            #expect(Category(rawValue: story["category"] as? String ?? "") != nil, "\(slug)")
            #expect((story["tweets"] as? Int ?? 0) > 0, "\(slug) has no tweets")
            if let point = story["point"] as? Int { points.insert(point) }
        }
        #expect(points == Set(1...10))
        #expect(stories.count >= 30)
    }
}
