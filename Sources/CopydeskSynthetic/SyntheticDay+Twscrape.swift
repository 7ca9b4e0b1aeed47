import CopydeskCore
import Foundation

extension SyntheticDay {
    /// The day as twscrape JSONL, newest first: one tweet object a line, with `rawContent`, `user`,
    /// the counts, `links`, `hashtags`, `cashtags`, `mentionedUsers`, and the retweeted or quoted
    /// tweet embedded in full. Ids are numbers (as twscrape writes them) and strings (`id_str`).
    public func twscrapeJSONL() -> Data {
        var json = JSONBytes(capacity: tweets.count * 1100)
        for index in newestFirst() {
            writeScraped(index, depth: 0, to: &json)
            json.newline()
        }
        return Data(json.bytes)
    }

    private func writeScraped(_ index: Int, depth: Int, to json: inout JSONBytes) {
        let tweet = tweets[index]
        let extra = extras[index]
        json.raw("{\"id\":")
        json.raw(tweet.id)
        json.field("id_str", tweet.id)
        json.field("url", tweet.link)
        json.field("date", Self.isoTime(extra.seconds, api: false))
        json.raw(",\"user\":")
        writeScrapedUser(extra.author, to: &json)
        json.field("lang", tweet.lang ?? "und")
        json.field("rawContent", tweet.text)
        json.field("replyCount", tweet.metrics.replies)
        json.field("retweetCount", tweet.metrics.retweets)
        json.field("likeCount", tweet.metrics.likes)
        json.field("quoteCount", tweet.metrics.quotes)
        json.raw(",\"viewCount\":")
        if tweet.metrics.views > 0 { json.int(tweet.metrics.views) } else { json.raw("null") }
        json.raw(",\"conversationId\":")
        json.raw(extra.conversationID)
        json.field("conversationIdStr", extra.conversationID)
        json.raw(",\"hashtags\":[")
        for (n, tag) in tweet.hashtags.enumerated() {
            if n > 0 { json.comma() }
            json.string(tag)
        }
        json.raw("],\"cashtags\":[")
        for (n, tag) in tweet.cashtags.enumerated() {
            if n > 0 { json.comma() }
            json.string(tag)
        }
        json.raw("],\"mentionedUsers\":[")
        for (n, handle) in tweet.mentions.enumerated() {
            if n > 0 { json.comma() }
            let mentioned = handleIndex[handle].map { accounts[$0] }
            json.raw("{\"id\":")
            json.raw(mentioned?.id ?? "0")
            json.field("id_str", mentioned?.id ?? "0")
            json.field("username", handle)
            json.field("displayname", mentioned?.name ?? handle)
            json.raw("}")
        }
        json.raw("],\"links\":[")
        for (n, link) in extra.links.enumerated() {
            if n > 0 { json.comma() }
            json.raw("{")
            json.field("url", link.expanded, first: true)
            json.field("text", Self.displayURL(link.expanded))
            json.field("tcourl", link.short)
            json.raw("}")
        }
        json.raw("]")
        for (name, kind) in [("retweetedTweet", Tweet.Kind.retweet), ("quotedTweet", .quote)] {
            json.raw(",\"\(name)\":")
            if tweet.kind == kind, let reference = extra.reference, depth < 2 {
                writeScraped(reference, depth: depth + 1, to: &json)
            } else {
                json.raw("null")
            }
        }
        if tweet.kind == .reply, let reference = extra.reference {
            json.raw(",\"inReplyToTweetId\":")
            json.raw(tweets[reference].id)
            json.field("inReplyToTweetIdStr", tweets[reference].id)
            let parent = accounts[extras[reference].author]
            json.raw(",\"inReplyToUser\":{\"id\":")
            json.raw(parent.id)
            json.field("id_str", parent.id)
            json.field("username", parent.handle)
            json.field("displayname", parent.name)
            json.raw("}")
        } else {
            json.raw(",\"inReplyToTweetId\":null,\"inReplyToTweetIdStr\":null,\"inReplyToUser\":null")
        }
        json.raw(",\"place\":null,\"_type\":\"snscrape.modules.twitter.Tweet\"}")
    }

    private func writeScrapedUser(_ index: Int, to json: inout JSONBytes) {
        let account = accounts[index]
        json.raw("{\"id\":")
        json.raw(account.id)
        json.field("id_str", account.id)
        json.field("url", "https://x.com/\(account.handle)")
        json.field("username", account.handle)
        json.field("displayname", account.name)
        json.field("rawDescription", "")
        json.field("followersCount", account.followers)
        json.field("friendsCount", 40 + index * 37 % 2400)
        json.field("statusesCount", 300 + index * 7919 % 60000)
        json.field("listedCount", account.followers / 80)
        json.raw(",\"verified\":false}")
    }
}
