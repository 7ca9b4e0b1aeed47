import CopydeskCore
import Foundation
import Testing

@Suite struct XAPIParserTests {
    static let page = """
    {
      "data": [
        {
          "id": "1750000000000000001",
          "text": "Introducing GLM-4.7 https://t.co/abc #AI $nvda @openai",
          "author_id": "11",
          "created_at": "2026-01-24T03:12:00.000Z",
          "lang": "en",
          "public_metrics": {"retweet_count": 5, "reply_count": 2, "like_count": 100, "quote_count": 1, "impression_count": 5000},
          "entities": {
            "urls": [{"url": "https://t.co/abc", "expanded_url": "https://z.ai/blog/glm-4.7", "display_url": "z.ai/blog/glm-4.7"}],
            "hashtags": [{"start": 31, "end": 34, "tag": "AI"}],
            "cashtags": [{"tag": "nvda"}],
            "mentions": [{"username": "openai", "id": "4398626122"}]
          }
        },
        {"id": "1750000000000000002", "text": "RT @zai: Introducing GLM-4.7 https://t.co/abc", "author_id": "12",
         "created_at": "2026-01-24T03:13:00.000Z", "referenced_tweets": [{"type": "retweeted", "id": "1750000000000000001"}]},
        {"id": "1750000000000000003", "text": "This is big https://t.co/q", "author_id": "12", "created_at": "2026-01-24T03:14:00.000Z",
         "referenced_tweets": [{"type": "replied_to", "id": "1750000000000000009"}, {"type": "quoted", "id": "1750000000000000001"}]},
        {"id": "1750000000000000004", "text": "@zai congrats", "author_id": "13", "created_at": "2026-01-24T03:15:00.000Z",
         "referenced_tweets": [{"type": "replied_to", "id": "1750000000000000001"}]},
        {"id": "1750000000000000005", "text": "A long post starts here…", "author_id": "11", "created_at": "2026-01-24T03:16:00.000Z",
         "note_tweet": {"text": "A long post starts here and goes on well past 280 characters. $INTC", "entities": {"cashtags": [{"tag": "INTC"}]}}}
      ],
      "includes": {
        "users": [
          {"id": "11", "username": "Zai_org", "name": "Z.ai", "public_metrics": {"followers_count": 120000}},
          {"id": "12", "username": "bob", "name": "Bob"}
        ],
        "tweets": [{"id": "1750000000000000009", "text": "not loaded", "author_id": "11", "created_at": "2026-01-20T00:00:00.000Z"}]
      },
      "meta": {"result_count": 5, "next_token": "abc"}
    }
    """

    @Test func readsASingleResponse() throws {
        let parsed = try parseExport(Self.page, file: "page.json")
        #expect(parsed.format == .xAPI)
        #expect(parsed.read == 5)
        #expect(parsed.tweets.map(\.id) == (1...5).map { "175000000000000000\($0)" })
        let first = parsed.tweets[0]
        #expect(first.author == Tweet.Author(handle: "Zai_org", name: "Z.ai", followers: 120000))
        #expect(first.createdAt == utc("2026-01-24T03:12:00Z"))
        #expect(first.metrics == Tweet.Metrics(likes: 100, retweets: 5, replies: 2, quotes: 1, views: 5000))
        #expect(first.urls == ["https://z.ai/blog/glm-4.7"])
        #expect(first.hashtags == ["AI"])
        #expect(first.cashtags == ["NVDA"])
        #expect(first.mentions == ["openai"])
        #expect(first.lang == "en")
        #expect(first.kind == .original && first.referencedID == nil)
        #expect(first.source == SourceLocation(file: "page.json", line: 3))
    }

    @Test func readsKindsAndReferencedIDs() throws {
        let tweets = try parseExport(Self.page).tweets
        #expect(tweets.map(\.kind) == [.original, .retweet, .quote, .reply, .original])
        #expect(tweets.map(\.referencedID) == [nil, "1750000000000000001", "1750000000000000001", "1750000000000000001", nil])
    }

    @Test func aReferencedTweetsTextComesFromIncludesTweets() throws {
        // The fixture includes the tweet its quoting reply answers, but that reply is read as a quote
        // of a tweet not included: no reference has a text.
        #expect(try parseExport(Self.page).tweets.map(\.referencedText) == [nil, nil, nil, nil, nil])
        // Responses in one file: an original a later page includes still reaches a quote on an
        // earlier one; a long original's whole text comes from its note_tweet; the last page to
        // include a tweet wins; the API's HTML escapes are undone, as in the day's own texts.
        let pages = """
        [{"data": [
           {"id": "1750000000000000201", "text": "Freedom! Hope restored", "author_id": "11", "created_at": "2026-01-24T03:00:00.000Z",
            "referenced_tweets": [{"type": "quoted", "id": "1750000000000000299"}]},
           {"id": "1750000000000000202", "text": "RT @mts: A long post, cut…", "author_id": "11", "created_at": "2026-01-24T03:01:00.000Z",
            "referenced_tweets": [{"type": "retweeted", "id": "1750000000000000298"}]}],
          "includes": {"users": [{"id": "11", "username": "amy"}],
                       "tweets": [{"id": "1750000000000000299", "text": "an older copy"}]}},
         {"data": [
           {"id": "1750000000000000203", "text": "@someone agreed", "author_id": "11", "created_at": "2026-01-24T03:02:00.000Z",
            "referenced_tweets": [{"type": "replied_to", "id": "1750000000000000297"}]}],
          "includes": {"tweets": [
            {"id": "1750000000000000299", "text": "The White House exempts open models from its testing framework &amp; more"},
            {"id": "1750000000000000298", "text": "A long post, cut…", "note_tweet": {"text": "A long post, cut at 280 characters in text and whole here"}}]}}]
        """
        let tweets = try parseExport(pages).tweets
        #expect(tweets.map(\.referencedText) == [
            "The White House exempts open models from its testing framework & more",
            "A long post, cut at 280 characters in text and whole here",
            nil,
        ])
    }

    @Test func aTweetInAnotherTweetsConversationIsAReplyInIt() throws {
        // Some collectors request conversation_id but not referenced_tweets: the reply is still one.
        let page = """
        {"data": [
          {"id": "1750000000000000101", "text": "Launching today", "author_id": "11", "created_at": "2026-01-24T03:00:00.000Z",
           "conversation_id": "1750000000000000101"},
          {"id": "1750000000000000102", "text": "@Zai_org congrats on the launch", "author_id": "11", "created_at": "2026-01-24T03:05:00.000Z",
           "conversation_id": "1750000000000000101"},
          {"id": "1750000000000000103", "text": "@zai why?", "author_id": "11", "created_at": "2026-01-24T03:06:00.000Z",
           "conversation_id": "1750000000000000101", "referenced_tweets": [{"type": "replied_to", "id": "1750000000000000102"}]}
        ]}
        """
        let tweets = try parseExport(page).tweets
        #expect(tweets.map(\.kind) == [.original, .reply, .reply])
        #expect(tweets.map(\.conversationID) == [nil, "1750000000000000101", "1750000000000000101"])
        #expect(tweets.map(\.referencedID) == [nil, nil, "1750000000000000102"])
    }

    @Test func prefersTheLongTextOfANoteTweet() throws {
        let long = try parseExport(Self.page).tweets[4]
        #expect(long.text.hasPrefix("A long post starts here and goes on"))
        #expect(long.cashtags == ["INTC"])
    }

    @Test func warnsOfAuthorsMissingFromIncludes() throws {
        let parsed = try parseExport(Self.page)
        #expect(parsed.tweets[3].author.handle == "unknown")
        #expect(parsed.warnings.contains { $0.message.contains("author_id 13") })
    }

    @Test func readsAnArrayOfResponsesAndJSONLinesOfResponses() throws {
        let second = """
        {"data": [{"id": "1750000000000000006", "text": "page two", "author_id": "12", "created_at": "2026-01-24T04:00:00.000Z"}], "meta": {"result_count": 1}}
        """
        let array = try parseExport("[\(Self.page), \(second)]")
        #expect(array.format == .xAPI)
        #expect(array.tweets.count == 6)
        // Users from page one name the author on page two.
        #expect(array.tweets[5].author.handle == "bob")

        let minified = Self.page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        let lines = try parseExport(minified + "\n" + second + "\n")
        #expect(lines.format == .xAPI)
        #expect(lines.tweets.map(\.id) == array.tweets.map(\.id))
    }

    @Test func skipsTweetsWithoutTimeAndCountsThem() throws {
        let text = """
        {"data": [{"id": "1", "text": "no time", "author_id": "12"},
                  {"id": "2", "text": "bad time", "author_id": "12", "created_at": "last tuesday"},
                  {"id": "3", "text": "fine", "author_id": "12", "created_at": "2026-01-24T04:00:00Z"}],
         "includes": {"users": [{"id": "12", "username": "bob"}]}}
        """
        let parsed = try parseExport(text, file: "p.json")
        #expect(parsed.read == 3)
        #expect(parsed.tweets.map(\.id) == ["3"])
        #expect(parsed.skipped == [.missingField: 1, .badDate: 1])
        #expect(parsed.warnings.map(\.location) == [SourceLocation(file: "p.json", line: 1), SourceLocation(file: "p.json", line: 2)])
    }

    @Test func reportsAPIErrorsAsWarnings() throws {
        let text = #"{"errors": [{"title": "Not Found Error", "detail": "Could not find tweet 42."}], "meta": {"result_count": 0}}"#
        let parsed = try parseExport(text)
        #expect(parsed.tweets.isEmpty)
        #expect(parsed.warnings.contains { $0.message.contains("Could not find tweet 42.") })
    }

    @Test func unescapesTheHTMLEntitiesTheAPIWrites() throws {
        let text = #"{"data": [{"id": "1", "text": "Q&amp;A: a &lt;b&gt; c &amp;lt; &quot;", "created_at": "2026-01-24T03:12:00Z"}]}"#
        #expect(try parseExport(text).tweets.first?.text == "Q&A: a <b> c &lt; &quot;")
    }
}
