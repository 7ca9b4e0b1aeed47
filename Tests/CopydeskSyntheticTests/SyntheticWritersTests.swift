@testable import CopydeskCore
@testable import CopydeskSynthetic
import Foundation
import Testing

@Suite struct SyntheticWritersTests {
    static let day = SyntheticDay(date: LocalDate("2026-01-24")!, tweetCount: 1200, seed: 11)

    static func pages() throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: day.xAPIResponseJSON()) as? [[String: Any]])
    }

    @Test func xAPIPagesHaveDataIncludesAndMeta() throws {
        let pages = try Self.pages()
        #expect(pages.count == 12)
        for (n, page) in pages.enumerated() {
            let data = try #require(page["data"] as? [[String: Any]])
            let includes = try #require(page["includes"] as? [String: Any])
            let users = try #require(includes["users"] as? [[String: Any]])
            let included = try #require(includes["tweets"] as? [[String: Any]])
            let meta = try #require(page["meta"] as? [String: Any])
            #expect(meta["result_count"] as? Int == data.count)
            #expect((meta["next_token"] != nil) == (n < pages.count - 1))
            let userIDs = Set(users.compactMap { $0["id"] as? String })
            let includedIDs = Set(included.compactMap { $0["id"] as? String })
            for tweet in data + included {
                #expect(userIDs.contains(tweet["author_id"] as? String ?? ""))
                for reference in tweet["referenced_tweets"] as? [[String: Any]] ?? [] {
                    #expect(includedIDs.contains(reference["id"] as? String ?? ""))
                }
                let metrics = try #require(tweet["public_metrics"] as? [String: Int])
                #expect(Set(metrics.keys) == ["retweet_count", "reply_count", "like_count", "quote_count", "impression_count"])
                #expect((tweet["created_at"] as? String)?.hasSuffix(".000Z") == true)
            }
            for user in users {
                #expect((user["public_metrics"] as? [String: Int])?["followers_count"] != nil)
            }
        }
    }

    @Test func xAPIEntityOffsetsPointAtTheirText() throws {
        var checked = 0
        for page in try Self.pages() {
            for tweet in page["data"] as? [[String: Any]] ?? [] {
                for source in [tweet, tweet["note_tweet"] as? [String: Any] ?? [:]] {
                    let scalars = Array((source["text"] as? String ?? "").unicodeScalars)
                    let entities = source["entities"] as? [String: [[String: Any]]] ?? [:]
                    for (kind, list) in entities {
                        for entity in list {
                            let start = try #require(entity["start"] as? Int)
                            let end = try #require(entity["end"] as? Int)
                            var fragment = ""
                            fragment.unicodeScalars.append(contentsOf: scalars[start..<end])
                            let expected: String? = switch kind {
                            case "urls": entity["url"] as? String
                            case "hashtags": (entity["tag"] as? String).map { "#" + $0 }
                            case "cashtags": (entity["tag"] as? String).map { "$" + $0 }
                            default: (entity["username"] as? String).map { "@" + $0 }
                            }
                            #expect(fragment == expected)
                            if kind == "urls" {
                                #expect((entity["expanded_url"] as? String)?.hasPrefix("https://") == true)
                            }
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked > 1000)
    }

    @Test func xAPITextIsEscapedAndLongPostsUseNoteTweet() throws {
        let data = try Self.pages().flatMap { $0["data"] as? [[String: Any]] ?? [] }
        let texts = data.compactMap { $0["text"] as? String }
        #expect(texts.contains { $0.contains("&amp;") })
        #expect(!texts.contains { $0.contains(" & ") })
        let notes = data.compactMap { $0["note_tweet"] as? [String: Any] }
        #expect(!notes.isEmpty)
        for tweet in data where tweet["note_tweet"] != nil {
            #expect((tweet["text"] as? String)?.hasSuffix("…") == true)
        }
    }

    @Test func twscrapeLinesCarryTheFieldsLoadersRead() throws {
        let lines = Self.day.twscrapeJSONL().split(separator: UInt8(ascii: "\n"))
        let byID = Dictionary(uniqueKeysWithValues: Self.day.tweets.map { ($0.id, $0) })
        var retweets = 0
        for line in lines {
            let object = try #require(JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            let id = try #require(object["id_str"] as? String)
            let tweet = try #require(byID[id])
            #expect(object["rawContent"] as? String == tweet.text)
            let user = try #require(object["user"] as? [String: Any])
            #expect(user["username"] as? String == tweet.author.handle)
            #expect(user["followersCount"] as? Int == tweet.author.followers)
            #expect(object["likeCount"] as? Int == tweet.metrics.likes)
            #expect((object["date"] as? String)?.hasSuffix("+00:00") == true)
            let links = try #require(object["links"] as? [[String: Any]])
            #expect(links.compactMap { $0["url"] as? String } == tweet.urls)
            #expect(object["cashtags"] as? [String] == tweet.cashtags)
            switch tweet.kind {
            case .retweet:
                let embedded = try #require(object["retweetedTweet"] as? [String: Any])
                #expect(embedded["id_str"] as? String == tweet.referencedID)
                retweets += 1
            case .quote:
                let embedded = try #require(object["quotedTweet"] as? [String: Any])
                #expect(embedded["id_str"] as? String == tweet.referencedID)
            case .reply:
                #expect(object["inReplyToTweetIdStr"] as? String == tweet.referencedID)
            case .original:
                #expect(object["retweetedTweet"] is NSNull)
                #expect(object["inReplyToTweetId"] is NSNull)
            }
        }
        #expect(retweets > 0)
    }

    @Test func labelsFileNamesEveryTweet() throws {
        let json = try #require(JSONSerialization.jsonObject(with: Self.day.labelsJSON()) as? [String: Any])
        let labels = try #require(json["labels"] as? [String: String])
        #expect(labels == Self.day.labels)
        let stories = try #require(json["stories"] as? [[String: Any]])
        #expect(stories.count == Self.day.stories.count)
        #expect(stories.allSatisfy { Category(rawValue: $0["category"] as? String ?? "") != nil })
    }
}
