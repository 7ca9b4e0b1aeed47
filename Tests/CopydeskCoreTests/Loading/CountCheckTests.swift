@testable import CopydeskCore
import Foundation
import Testing

/// Counts near Int.max or below zero are damage: bounded at load with a warning naming the record,
/// and summed without overflow wherever sums are taken (they made `draft` and `edit` trap).
@Suite struct CountCheckTests {
    @Test func boundsTwscrapeCountsWithAWarningNamingTheRecord() throws {
        let jsonl = """
        {"id": 1, "date": "2026-01-24T03:12:00+00:00", "user": {"username": "amy", "followersCount": -3}, "rawContent": "a", "likeCount": -5, "viewCount": 9223372036854775807}
        {"id": 2, "date": "2026-01-24T03:12:00+00:00", "user": {"username": "bob"}, "rawContent": "b", "likeCount": 7}
        """
        let parsed = try parseExport(jsonl, file: "day.jsonl")
        #expect(parsed.tweets.map(\.metrics.likes) == [0, 7])
        #expect(parsed.tweets[0].metrics.views == TweetLimits.maxCount)
        #expect(parsed.tweets[0].author.followers == 0)
        #expect(parsed.warnings == [LoadWarning(SourceLocation(file: "day.jsonl", line: 1),
            "tweet 1: followers -3 is negative (counted as 0); likes -5 is negative (counted as 0); views 9223372036854775807 is over 1000000000000 (counted as 1000000000000)")])
    }

    @Test func boundsXAPIFollowersAtTheUser() throws {
        let xAPI = """
        {"data": [{"id": "1", "text": "hi", "author_id": "11", "created_at": "2026-01-24T03:12:00Z", "public_metrics": {"like_count": 9223372036854775807}}],
         "includes": {"users": [{"id": "11", "username": "zai", "public_metrics": {"followers_count": -1}}]}}
        """
        let parsed = try parseExport(xAPI, file: "day.json")
        #expect(parsed.tweets.first?.author.followers == 0)
        #expect(parsed.tweets.first?.metrics.likes == TweetLimits.maxCount)
        #expect(parsed.warnings.map(\.message).sorted() == [
            "tweet 1: likes 9223372036854775807 is over 1000000000000 (counted as 1000000000000)",
            "user @zai: followers -1 is negative (counted as 0)",
        ])
        #expect(parsed.warnings.allSatisfy { $0.location.line == 1 || $0.location.line == 2 })
    }

    @Test func boundsCSVCounts() throws {
        let csv = "id,date,user,text,likes,followers\n1,2026-01-24T03:12:00Z,amy,hello,12,99999999999999999\n"
        let parsed = try parseExport(csv, file: "day.csv")
        #expect(parsed.tweets.first?.author.followers == TweetLimits.maxCount)
        #expect(parsed.warnings.contains { $0.location.line == 2 && $0.message.hasPrefix("tweet 1: followers 99999999999999999 is over") })
    }

    @Test func sumsSaturate() {
        #expect(Int.max.saturatingAdding(1) == .max)
        #expect(Int.min.saturatingAdding(-1) == .min)
        #expect(40.saturatingAdding(2) == 42)
        var total = Tweet.Metrics(likes: .max - 1, views: -5)
        total.add(Tweet.Metrics(likes: 10, views: .min))
        #expect(total.likes == .max)
        #expect(total.views == .min)
    }

    /// Tweets made without the loader (any caller of the engine) with absurd counts rank without trapping.
    @Test func theEngineRanksAbsurdCountsWithoutTrapping() {
        var factory = TweetFactory()
        let first = factory.add("GLM-4.7 is out today with open weights", by: "zai", followers: .max, likes: .max, retweets: .max)
        factory.add("RT GLM-4.7 is out today with open weights", by: "bob", followers: .max, likes: .max, retweets: .max,
                    kind: .quote, referencing: first)
        factory.add("GLM-4.7 open weights are here", by: "amy", followers: .min, likes: .min, retweets: .min,
                    kind: .reply, referencing: first)
        let analysis = StoryEngine().analyze(factory.tweets, window: TweetFactory.window)
        #expect(analysis.stories.contains { $0.tweetIDs.contains(first) })
    }
}
