import Foundation

/// Reads twscrape and snscrape tweet objects (`rawContent` or `content`, `user{username,…}`, `likeCount`…).
enum TwscrapeParser {
    /// Converts one tweet object. Nested `retweetedTweet`/`quotedTweet` set the kind, the referenced
    /// id and its text.
    static func tweet<Object: JSONObjectReading>(from object: Object, notes: inout RecordNotes) throws(RecordProblem) -> Tweet {
        guard let id = object.text("id_str") ?? object.text("id"), !id.isEmpty else {
            throw RecordProblem(.missingField, "a tweet without \"id\"; skipped")
        }
        guard let dateValue = object["date"] ?? object["created_at"] else {
            throw RecordProblem(.missingField, "tweet \(id) has no \"date\"; skipped")
        }
        guard let dateText = dateValue.stringValue, let date = TweetDate.parse(dateText) else {
            throw RecordProblem(.badDate, "tweet \(id) has an unreadable date \"\(String(describing: dateValue.stringValue ?? "?").prefix(40))\"; skipped")
        }
        if date.assumedUTC { notes.assumedUTC = true }
        guard let text = object.text("rawContent") ?? object.text("content") ?? object.text("renderedContent")
                ?? object.text("full_text") ?? object.text("text") else {
            throw RecordProblem(.missingField, "tweet \(id) has no \"rawContent\"; skipped")
        }
        let user = object.object("user")
        guard let handle = user?.text("username") ?? object.text("username"), !handle.isEmpty else {
            throw RecordProblem(.missingField, "tweet \(id) has no user.username; skipped")
        }
        let author = Tweet.Author(
            handle: handle, name: user?.text("displayname") ?? user?.text("displayName") ?? user?.text("name") ?? "",
            followers: notes.counts.read(user?["followersCount"] ?? user?["followers_count"], "followers"))
        let views = object["viewCount"]
        let metrics = Tweet.Metrics(
            likes: notes.counts.read(object["likeCount"], "likes"), retweets: notes.counts.read(object["retweetCount"], "retweets"),
            replies: notes.counts.read(object["replyCount"], "replies"), quotes: notes.counts.read(object["quoteCount"], "quotes"),
            views: notes.counts.read(views?.objectValue.map { $0["count"] } ?? views, "views"))

        // twscrape: links[{url}]; snscrape: links[{url}] or outlinks["…"].
        var urls = (object.array("links") ?? []).compactMap { $0.objectValue?.text("url") ?? $0.stringValue }
        urls += (object.array("outlinks") ?? []).compactMap { $0.stringValue }
        let hashtags = (object.array("hashtags") ?? []).compactMap { $0.stringValue ?? $0.objectValue?.text("text") }
        let cashtags = (object.array("cashtags") ?? []).compactMap { ($0.stringValue ?? $0.objectValue?.text("text"))?.uppercased() }
        let mentions = (object.array("mentionedUsers") ?? []).compactMap { $0.objectValue?.text("username") }

        var kind = Tweet.Kind.original
        var referenced: String?
        var referencedText: String?
        if let retweeted = object.object("retweetedTweet") {
            kind = .retweet
            referenced = retweeted.text("id_str") ?? retweeted.text("id")
            referencedText = retweeted.text("rawContent") ?? retweeted.text("content")
        } else if let quoted = object.object("quotedTweet") {
            kind = .quote
            referenced = quoted.text("id_str") ?? quoted.text("id")
            referencedText = quoted.text("rawContent") ?? quoted.text("content")
        } else if let reply = object.text("inReplyToTweetIdStr") ?? object.text("inReplyToTweetId") {
            kind = .reply
            referenced = reply
        }
        let conversation = object.otherID("conversationIdStr", than: id) ?? object.otherID("conversationId", than: id)
        kind = kind.replying(in: conversation)
        return Tweet(
            id: id, author: author, createdAt: date.date, text: text, lang: object.text("lang"),
            metrics: metrics, urls: uniqued(urls.map(trimmed)), hashtags: uniqued(hashtags),
            cashtags: uniqued(cashtags.map { $0.hasPrefix("$") ? String($0.dropFirst()) : $0 }),
            mentions: uniqued(mentions), kind: kind, referencedID: referenced, referencedText: referencedText, conversationID: conversation)
    }

    /// `s` without surrounding spaces; ASCII other than space and tab at both ends (most links) needs no Foundation call.
    private static func trimmed(_ s: String) -> String {
        if let first = s.utf8.first, let last = s.utf8.last, first < 0x80, last < 0x80,
           first != 0x20, first != 0x09, last != 0x20, last != 0x09 {
            return s
        }
        return s.trimmingCharacters(in: .whitespaces)
    }
}
