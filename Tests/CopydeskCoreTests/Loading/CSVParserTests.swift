import CopydeskCore
import Foundation
import Testing

@Suite struct CSVParserTests {
    @Test func readsQuotedFieldsWithCommasQuotesAndNewlines() throws {
        let csv = "id,created_at,username,text,likes\r\n"
            + "1750000000000000001,2026-01-24T03:12:00Z,amy,\"Hello, world: \"\"quoted\"\"\nsecond line\",5\r\n"
            + "1750000000000000002,Sat Jan 24 03:13:00 +0000 2026,@ben,plain,\"1,234\"\r\n"
        let parsed = try parseExport(csv, file: "x.csv")
        #expect(parsed.format == .csv)
        #expect(parsed.tweets.count == 2)
        #expect(parsed.tweets[0].text == "Hello, world: \"quoted\"\nsecond line")
        #expect(parsed.tweets[0].metrics.likes == 5)
        #expect(parsed.tweets[1].author.handle == "ben")
        #expect(parsed.tweets[1].metrics.likes == 1234)
        #expect(parsed.tweets[1].createdAt == utc("2026-01-24T03:13:00Z"))
        // The second record starts on line 4: the first spans lines 2 and 3.
        #expect(parsed.tweets.map(\.source.line) == [2, 4])
        #expect(parsed.warnings.isEmpty)
    }

    @Test func understandsHeaderAliasesAndListsUnknownColumns() throws {
        let csv = """
        Tweet_ID,Date,Screen Name,Full_Text,favorite_count,retweet_count,reply_count,quote_count,view_count,name,followers,lang,url,sentiment
        1750000000000000003,2026-01-24 03:12:00+08:00,cat,Buy $nvda now #AI @amy https://example.com/a,1.2K,3,4,5,6M,Cat,99,en,https://x.com/cat/status/1750000000000000003,positive
        """
        let parsed = try parseExport(csv)
        let tweet = try #require(parsed.tweets.first)
        #expect(tweet.author == Tweet.Author(handle: "cat", name: "Cat", followers: 99))
        #expect(tweet.metrics == Tweet.Metrics(likes: 1200, retweets: 3, replies: 4, quotes: 5, views: 6_000_000))
        #expect(tweet.createdAt == utc("2026-01-23T19:12:00Z"))
        #expect(tweet.lang == "en")
        #expect(tweet.cashtags == ["NVDA"])
        #expect(tweet.hashtags == ["AI"])
        #expect(tweet.mentions == ["amy"])
        // The url column held the tweet's own link, so links come from the text.
        #expect(tweet.urls == ["https://example.com/a"])
        #expect(parsed.warnings.map(\.message) == ["unknown column ignored: sentiment"])
    }

    @Test func namesMissingRequiredColumns() {
        let error = loadError(Array("id,text,likes\n1,hi,3\n".utf8), file: "bad.csv")
        #expect(error == LoadError(file: "bad.csv", line: 1, .missingColumns(["created_at", "username"])))
        #expect(error?.description.contains("created_at, username") == true)
    }

    @Test func skipsBadRowsWithTheirLine() throws {
        let csv = """
        id,created_at,username,text
        1,2026-01-24T03:12:00Z,amy,fine
        2,2026-01-24T03:12:00Z,amy,too,many
        3,someday,amy,bad date
        ,2026-01-24T03:12:00Z,amy,no id
        5,2026-01-24T03:12:00Z,amy,"never closed
        6,2026-01-24T03:12:00Z,amy,swallowed
        """
        let parsed = try parseExport(csv, file: "rows.csv")
        #expect(parsed.tweets.map(\.id) == ["1"])
        #expect(parsed.read == 5)
        #expect(parsed.skipped == [.malformed: 2, .badDate: 1, .missingField: 1])
        #expect(parsed.warnings.map(\.location.description) == ["rows.csv:3", "rows.csv:4", "rows.csv:5", "rows.csv:6"])
    }

    @Test func readsRetweetsRepliesAndTimesWithoutOffset() throws {
        let csv = """
        id,time,author,content,in_reply_to_status_id
        1,2026-01-24 03:12:00,amy,RT @ben: hi,
        2,2026-01-24 03:13:00,amy,@ben yes,1
        """
        let parsed = try parseExport(csv)
        #expect(parsed.tweets.map(\.kind) == [.retweet, .reply])
        #expect(parsed.tweets[1].referencedID == "1")
        #expect(parsed.tweets[0].createdAt == utc("2026-01-24T03:12:00Z"))
        #expect(parsed.warnings.contains { $0.message.contains("without a UTC offset") })
    }

    @Test func readsAConversationColumn() throws {
        let csv = """
        id,created_at,username,text,conversation_id
        1,2026-01-24T03:12:00Z,amy,launch day,1
        2,2026-01-24T03:13:00Z,ben,@amy congrats,1
        """
        let tweets = try parseExport(csv).tweets
        #expect(tweets.map(\.conversationID) == [nil, "1"])
        #expect(tweets.map(\.kind) == [.original, .reply])
    }

    @Test func refusesTextThatIsNotCSVOrJSON() {
        let error = loadError(Array("hello there\nthis is a note\n".utf8), file: "notes.txt")
        #expect(error?.problem == .unrecognisedFormat(start: "\"hello there\""))
    }
}
