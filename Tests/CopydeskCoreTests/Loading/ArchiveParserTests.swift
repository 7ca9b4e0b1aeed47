import CopydeskCore
import Foundation
import Testing

@Suite struct ArchiveParserTests {
    static let tweetsJS = """
    window.YTD.tweets.part0 = [
      {
        "tweet" : {
          "edit_info" : {"initial" : {"editTweetIds" : ["1050118621198921728"]}},
          "retweeted" : false,
          "entities" : {
            "hashtags" : [{"text" : "AI", "indices" : ["10", "13"]}],
            "symbols" : [{"text" : "tsla", "indices" : ["14", "19"]}],
            "user_mentions" : [{"name" : "Z.ai", "screen_name" : "Zai_org", "id_str" : "1"}],
            "urls" : [{"url" : "https://t.co/x", "expanded_url" : "https://example.com/post", "display_url" : "example.com/post"}]
          },
          "favorite_count" : "42",
          "id_str" : "1050118621198921728",
          "retweet_count" : "7",
          "created_at" : "Wed Oct 10 20:19:24 +0000 2018",
          "full_text" : "Big news #AI $tsla @Zai_org https://t.co/x",
          "lang" : "en"
        }
      },
      {
        "tweet" : {
          "id_str" : "1050118621198921729",
          "created_at" : "Wed Oct 10 21:00:00 +0000 2018",
          "full_text" : "@someone thanks",
          "in_reply_to_status_id_str" : "1050118621198921700",
          "favorite_count" : "0", "retweet_count" : "0"
        }
      },
      {
        "tweet" : {
          "id_str" : "1050118621198921730",
          "created_at" : "Wed Oct 10 22:00:00 +0000 2018",
          "full_text" : "RT @Zai_org: something",
          "favorite_count" : "0", "retweet_count" : "0"
        }
      }
    ];
    """

    @Test func readsTweetsJSWithTheGivenAccount() throws {
        let parsed = try parseExport(Self.tweetsJS, file: "tweets.js", options: ParseOptions(archiveAuthor: Tweet.Author(handle: "me", name: "Me")))
        #expect(parsed.format == .twitterArchive)
        #expect(parsed.tweets.map(\.id) == ["1050118621198921728", "1050118621198921729", "1050118621198921730"])
        let first = parsed.tweets[0]
        #expect(first.author.handle == "me")
        #expect(first.createdAt == utc("2018-10-10T20:19:24Z"))
        #expect(first.metrics.likes == 42)
        #expect(first.metrics.retweets == 7)
        #expect(first.hashtags == ["AI"])
        #expect(first.cashtags == ["TSLA"])
        #expect(first.mentions == ["Zai_org"])
        #expect(first.urls == ["https://example.com/post"])
        #expect(first.source.line == 3)
        #expect(parsed.tweets.map(\.kind) == [.original, .reply, .retweet])
        #expect(parsed.tweets[1].referencedID == "1050118621198921700")
        #expect(parsed.warnings.isEmpty)
    }

    @Test func creditsUnknownWithAWarningWithoutAnAccount() throws {
        let parsed = try parseExport(Self.tweetsJS, file: "tweets.js")
        #expect(parsed.tweets.allSatisfy { $0.author.handle == "unknown" })
        #expect(parsed.warnings.contains { $0.message.contains("account.js") })
    }

    @Test func readsTheAccountFromAccountJS() {
        let account = """
        window.YTD.account.part0 = [
          {"account" : {"email" : "x@example.com", "createdVia" : "web", "username" : "karpathy", "accountId" : "33836629", "accountDisplayName" : "Andrej Karpathy"}}
        ]
        """
        #expect(TweetParser.archiveAccount(Array(account.utf8)) == Tweet.Author(handle: "karpathy", name: "Andrej Karpathy"))
        #expect(TweetParser.archiveAccount(Array(Self.tweetsJS.utf8)) == nil)
    }

    @Test func refusesArchiveFilesWithoutTweets() {
        let error = loadError(Array("window.YTD.like.part0 = []".utf8), file: "like.js")
        #expect(error == LoadError(file: "like.js", line: 1, .notTweets(kind: "like")))
    }
}
