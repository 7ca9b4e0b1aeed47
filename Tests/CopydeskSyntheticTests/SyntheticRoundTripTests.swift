@testable import CopydeskCore
@testable import CopydeskSynthetic
import Foundation
import Testing

/// The synthetic writers produce what the loaders read: parsing a synthetic day gives its tweets back.
@Suite struct SyntheticRoundTripTests {
    static let day = SyntheticDay(date: LocalDate("2026-01-24")!, tweetCount: 1500, seed: 5)

    @Test(arguments: ["x-api", "twscrape"])
    func loaderReadsTheTweetsBack(format: String) throws {
        let day = Self.day
        let bytes = [UInt8](format == "x-api" ? day.xAPIResponseJSON() : day.twscrapeJSONL())
        let parsed = try TweetParser.parse(bytes, file: "synthetic.\(format)")
        #expect(parsed.skipped.isEmpty)
        #expect(parsed.warnings.isEmpty)
        // The X API also lists referenced tweets under includes; the loader reads only `data`.
        let byID = Dictionary(parsed.tweets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byID.count == day.tweets.count)
        for expected in day.tweets {
            let tweet = try #require(byID[expected.id])
            // The X API HTML-escapes `&`, `<` and `>`; a loader may or may not undo it.
            #expect(tweet.text == expected.text || tweet.text == SyntheticDay.htmlEscaped(expected.text),
                    "\(expected.id): \(tweet.text)")
            #expect(tweet.author == expected.author)
            #expect(tweet.createdAt == expected.createdAt)
            #expect(tweet.lang == expected.lang)
            #expect(tweet.kind == expected.kind)
            #expect(tweet.referencedID == expected.referencedID)
            #expect(tweet.urls == expected.urls)
            #expect(tweet.hashtags == expected.hashtags)
            #expect(tweet.cashtags == expected.cashtags)
            #expect(tweet.mentions == expected.mentions)
            #expect(tweet.metrics.likes == expected.metrics.likes)
            #expect(tweet.metrics.retweets == expected.metrics.retweets)
            #expect(tweet.metrics.views == expected.metrics.views)
        }
    }
}
