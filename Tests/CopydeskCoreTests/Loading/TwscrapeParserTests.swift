import CopydeskCore
import Foundation
import Testing

@Suite struct TwscrapeParserTests {
    static let lines = """
    {"id": 1750000000000000123, "id_str": "1750000000000000123", "url": "https://x.com/amy/status/1750000000000000123", "date": "2026-01-24T03:12:00+00:00", "user": {"id": 44, "username": "amy", "displayname": "Amy 🚀", "followersCount": 4200}, "lang": "zh", "rawContent": "智谱发布 GLM-4.7 $btc https://t.co/x", "replyCount": 3, "retweetCount": 4, "likeCount": 50, "quoteCount": 1, "conversationId": 1750000000000000123, "hashtags": ["AI"], "cashtags": ["btc"], "mentionedUsers": [{"id": 1, "username": "Zai_org"}], "links": [{"url": "https://z.ai/blog", "text": "z.ai/blog", "tcourl": "https://t.co/x"}], "viewCount": 9000, "retweetedTweet": null, "quotedTweet": null, "inReplyToTweetId": null}
    {"id": 9007199254740993, "date": "2026-01-24T03:13:00+00:00", "user": {"username": "ben"}, "rawContent": "RT @amy: 智谱发布", "retweetedTweet": {"id": 1750000000000000123, "rawContent": "nested"}}
    {"id": 1750000000000000125, "date": "2026-01-24T03:14:00+00:00", "user": {"username": "cat"}, "rawContent": "look", "quotedTweet": {"id_str": "1750000000000000123"}}
    {"id": 1750000000000000126, "date": "2026-01-24T03:15:00+00:00", "user": {"username": "dan"}, "rawContent": "@amy nice", "inReplyToTweetId": 1750000000000000123}
    """

    @Test func readsTwscrapeJSONLines() throws {
        let parsed = try parseExport(Self.lines, file: "day.jsonl")
        #expect(parsed.format == .twscrape)
        #expect(parsed.read == 4)
        let first = parsed.tweets[0]
        #expect(first.id == "1750000000000000123")
        #expect(first.author == Tweet.Author(handle: "amy", name: "Amy 🚀", followers: 4200))
        #expect(first.createdAt == utc("2026-01-24T03:12:00Z"))
        #expect(first.text == "智谱发布 GLM-4.7 $btc https://t.co/x")
        #expect(first.metrics == Tweet.Metrics(likes: 50, retweets: 4, replies: 3, quotes: 1, views: 9000))
        #expect(first.urls == ["https://z.ai/blog"])
        #expect(first.cashtags == ["BTC"])
        #expect(first.hashtags == ["AI"])
        #expect(first.mentions == ["Zai_org"])
        #expect(first.lang == "zh")
        #expect(parsed.tweets.map(\.source.line) == [1, 2, 3, 4])
    }

    @Test func keepsEveryDigitOfNumericIDs() throws {
        // 2^53 + 1: a trip through Double would make it ...992.
        let parsed = try parseExport(Self.lines)
        #expect(parsed.tweets[1].id == "9007199254740993")
        #expect(parsed.tweets[1].referencedID == "1750000000000000123")
    }

    @Test func readsKinds() throws {
        let tweets = try parseExport(Self.lines).tweets
        #expect(tweets.map(\.kind) == [.original, .retweet, .quote, .reply])
        #expect(tweets.dropFirst().map(\.referencedID) == Array(repeating: "1750000000000000123", count: 3))
    }

    @Test func readsTheTextOfTheRetweetedOrQuotedTweet() throws {
        // The retweet's nested original has a text; the quote's names only an id; a reply has none.
        let tweets = try parseExport(Self.lines).tweets
        #expect(tweets.map(\.referencedText) == [nil, "nested", nil, nil])
    }

    @Test func readsTheConversationATweetRepliesIn() throws {
        let tweets = try parseExport("""
        {"id": 1750000000000000130, "date": "2026-01-24T03:16:00+00:00", "user": {"username": "eve"}, "rawContent": "@amy how?", "conversationId": 1750000000000000123, "conversationIdStr": "1750000000000000123"}
        {"id": 1750000000000000131, "date": "2026-01-24T03:17:00+00:00", "user": {"username": "eve"}, "rawContent": "my own thread", "conversationId": 1750000000000000131}
        """).tweets
        #expect(tweets.map(\.conversationID) == ["1750000000000000123", nil])
        #expect(tweets.map(\.kind) == [.reply, .original])
        // The fixture's first line is its conversation's first tweet.
        #expect(try parseExport(Self.lines).tweets[0].conversationID == nil)
    }

    @Test func readsSnscrapeFields() throws {
        let line = #"{"_type": "snscrape.modules.twitter.Tweet", "id": 1750000000000000200, "date": "2026-01-24T05:00:00+00:00", "content": "snscrape text", "user": {"username": "old", "displayname": "Old", "followersCount": 7}, "outlinks": ["https://example.com/a"], "likeCount": 2}"#
        let tweet = try #require(try parseExport(line).tweets.first)
        #expect(tweet.text == "snscrape text")
        #expect(tweet.urls == ["https://example.com/a"])
        #expect(tweet.author.followers == 7)
    }

    @Test func skipsBadLinesWithFileAndLine() throws {
        let text = Self.lines + "\n{\"id\": 5, \"date\": \"2026-01-24\n\n[1, 2]\n{\"id\": 6, \"rawContent\": \"no user\", \"date\": \"2026-01-24T03:12:00Z\"}\n"
        let parsed = try parseExport(text, file: "day.jsonl")
        #expect(parsed.tweets.count == 4)
        #expect(parsed.read == 7)
        #expect(parsed.skipped == [.malformed: 2, .missingField: 1])
        #expect(parsed.warnings.map(\.location.line) == [5, 7, 8])
        // Column 19: the unterminated string's opening quote.
        #expect(parsed.warnings[0].location.description == "day.jsonl:5:19")
    }

    @Test func readsAJSONArrayOfTweetObjects() throws {
        let objects = Self.lines.split(separator: "\n").joined(separator: ",\n")
        let parsed = try parseExport("[\n" + objects + "\n]")
        #expect(parsed.format == .twscrape)
        #expect(parsed.tweets.count == 4)
    }

    @Test func readsPrettyPrintedObjectsOneAfterAnother() throws {
        // What `jq '.[]'` writes: whole objects over several lines, back to back.
        let text = """
        {
          "id": 1,
          "date": "2026-01-24T03:12:00+00:00",
          "user": {"username": "amy"},
          "rawContent": "one"
        }
        {
          "id": 2,
          "date": "2026-01-24T03:13:00+00:00",
          "user": {"username": "ben"},
          "rawContent": "two"
        }
        """
        let parsed = try parseExport(text)
        #expect(parsed.format == .twscrape)
        #expect(parsed.tweets.map(\.id) == ["1", "2"])
        #expect(parsed.tweets.map(\.source.line) == [1, 7])
    }
}
