/// Reads a Twitter archive's `tweets.js` and `account.js` (`window.YTD.<name>.part0 = [...]`).
enum ArchiveParser {
    /// The `<name>` of `window.YTD.<name>.partN = ` and the offset just past `=`, if `bytes` start that way.
    static func header(_ bytes: [UInt8], from start: Int) -> (name: String, body: Int)? {
        let prefix = Array("window.YTD.".utf8)
        guard bytes.count - start > prefix.count, Array(bytes[start..<start + prefix.count]) == prefix else { return nil }
        var i = start + prefix.count
        let nameStart = i
        while i < bytes.count, i - start < 200, bytes[i] != UInt8(ascii: "."), bytes[i] != UInt8(ascii: "=") { i += 1 }
        let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
        while i < bytes.count, i - start < 300, bytes[i] != UInt8(ascii: "=") { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { return nil }
        return (name, i + 1)
    }

    /// Whether an archive part named `name` holds tweets.
    static func holdsTweets(_ name: String) -> Bool {
        ["tweets", "tweet", "community-tweet", "deleted-tweets"].contains(name)
    }

    /// The account an `account.js` describes.
    static func account(from value: JSONValue) -> Tweet.Author? {
        guard case .array(let items) = value else { return nil }
        for item in items {
            guard let account = item.objectValue?.object("account") ?? item.objectValue,
                  let handle = account.text("username"), !handle.isEmpty else { continue }
            return Tweet.Author(handle: handle, name: account.text("accountDisplayName") ?? "")
        }
        return nil
    }

    /// Adds the tweets of a parsed `tweets.js` array to `sink`, all credited to `author`.
    static func read(_ value: JSONValue, author: Tweet.Author, lines: LineIndex, into sink: inout ParseSink) {
        guard case .array(let items) = value else { return }
        for item in items {
            guard let wrapper = item.objectValue else {
                sink.skip(line: 0, RecordProblem(.malformed, "an archive entry that is not an object; skipped"))
                continue
            }
            let object = wrapper.object("tweet") ?? wrapper
            sink.record(line: lines.line(of: object.offset)) { (notes: inout RecordNotes) throws(RecordProblem) -> Tweet in
                try tweet(from: object, author: author, notes: &notes)
            }
        }
    }

    private static func tweet(from object: JSONObject, author: Tweet.Author, notes: inout RecordNotes) throws(RecordProblem) -> Tweet {
        guard let id = object.text("id_str") ?? object.text("id"), !id.isEmpty else {
            throw RecordProblem(.missingField, "an archived tweet without \"id_str\"; skipped")
        }
        guard let created = object.text("created_at") else {
            throw RecordProblem(.missingField, "tweet \(id) has no \"created_at\"; skipped")
        }
        guard let date = TweetDate.parse(created) else {
            throw RecordProblem(.badDate, "tweet \(id) has an unreadable created_at \"\(created.prefix(40))\"; skipped")
        }
        if date.assumedUTC { notes.assumedUTC = true }
        // Archives escape &, < and > in text as HTML does.
        guard let text = (object.text("full_text") ?? object.text("text")).map(unescapingTweetHTML) else {
            throw RecordProblem(.missingField, "tweet \(id) has no \"full_text\"; skipped")
        }
        let entities = object.object("entities")
        let urls = (entities?.objects("urls") ?? []).compactMap { $0.text("expanded_url") ?? $0.text("url") }
        let hashtags = (entities?.objects("hashtags") ?? []).compactMap { $0.text("text") }
        let cashtags = (entities?.objects("symbols") ?? []).compactMap { $0.text("text")?.uppercased() }
        let mentions = (entities?.objects("user_mentions") ?? []).compactMap { $0.text("screen_name") }
        var kind = Tweet.Kind.original
        var referenced: String?
        // The archive marks retweets only by their "RT @" text; replies carry the replied-to id.
        if text.hasPrefix("RT @") {
            kind = .retweet
            referenced = object.text("retweeted_status_id_str")
        } else if let quoted = object.text("quoted_status_id_str") {
            kind = .quote
            referenced = quoted
        } else if let reply = object.text("in_reply_to_status_id_str") ?? object.text("in_reply_to_status_id") {
            kind = .reply
            referenced = reply
        }
        let metrics = Tweet.Metrics(
            likes: notes.counts.read(object["favorite_count"], "likes"), retweets: notes.counts.read(object["retweet_count"], "retweets"),
            replies: notes.counts.read(object["reply_count"], "replies"), quotes: notes.counts.read(object["quote_count"], "quotes"))
        return Tweet(
            id: id, author: author, createdAt: date.date, text: text, lang: object.text("lang"),
            metrics: metrics, urls: uniqued(urls), hashtags: uniqued(hashtags), cashtags: uniqued(cashtags),
            mentions: uniqued(mentions), kind: kind, referencedID: referenced)
    }
}
