/// Reads X API v2 responses: `data` tweets joined to `includes.users` by `author_id`.
enum XAPIParser {
    /// Adds the tweets of `responses` (already parsed) to `sink`. `lines` maps object offsets to lines.
    static func read(responses: [JSONObject], lines: LineIndex, into sink: inout ParseSink) {
        // Users first, across all responses in the file: a page may cite a user another page includes.
        var users: [String: Tweet.Author] = [:]
        for response in responses {
            for user in response.object("includes")?.objects("users") ?? [] {
                guard let id = user.text("id"), let handle = user.text("username") else { continue }
                let followers = user.object("public_metrics")?.int("followers_count") ?? 0
                users[id] = Tweet.Author(handle: handle, name: user.text("name") ?? "", followers: followers)
            }
        }
        var unknownAuthors = Set<String>()
        for response in responses {
            let responseLine = lines.line(of: response.offset)
            var tweets: [JSONObject] = []
            switch response["data"] {
            case .array(let items)?: tweets = items.compactMap(\.objectValue)
            case .object(let item)?: tweets = [item]
            default:
                if response["errors"] == nil, response["meta"] == nil {
                    sink.warn(line: responseLine, "an X API response without \"data\"; nothing read from it")
                }
            }
            for error in response.objects("errors") {
                let detail = error.text("detail") ?? error.text("title") ?? error.text("message") ?? "unknown"
                sink.warn(line: lines.line(of: error.offset), "the X API reported an error: \(detail)")
            }
            for object in tweets {
                let line = lines.line(of: object.offset)
                sink.record(line: line) { () throws(RecordProblem) -> Tweet in
                    try tweet(from: object, users: users, unknownAuthors: &unknownAuthors)
                }
            }
        }
        for id in unknownAuthors.sorted() {
            sink.warn("author_id \(id) is not in includes.users; its tweets are credited to \"unknown\"")
        }
    }

    private static func tweet(from object: JSONObject, users: [String: Tweet.Author], unknownAuthors: inout Set<String>) throws(RecordProblem) -> Tweet {
        guard let id = object.text("id"), !id.isEmpty else { throw RecordProblem(.missingField, "a tweet without \"id\"; skipped") }
        guard let created = object.text("created_at") else {
            throw RecordProblem(.missingField, "tweet \(id) has no \"created_at\" (request tweet.fields=created_at); skipped")
        }
        guard let date = TweetDate.parse(created) else {
            throw RecordProblem(.badDate, "tweet \(id) has an unreadable created_at \"\(created.prefix(40))\"; skipped")
        }
        let note = object.object("note_tweet")
        // The API escapes &, < and > in text as HTML does; twscrape gives them plain.
        guard let text = (note?.text("text") ?? object.text("text")).map(unescapingTweetHTML) else {
            throw RecordProblem(.missingField, "tweet \(id) has no \"text\"; skipped")
        }
        var author = Tweet.Author(handle: "unknown")
        if let authorID = object.text("author_id") {
            if let known = users[authorID] { author = known } else { unknownAuthors.insert(authorID) }
        } else {
            unknownAuthors.insert("(none)")
        }
        let counts = object.object("public_metrics")
        let metrics = Tweet.Metrics(
            likes: counts?.int("like_count") ?? 0, retweets: counts?.int("retweet_count") ?? 0,
            replies: counts?.int("reply_count") ?? 0, quotes: counts?.int("quote_count") ?? 0,
            views: counts?.int("impression_count") ?? 0)
        // A long post's entities index its long text, so they come from note_tweet when it has them.
        let entities = note?.object("entities") ?? object.object("entities")
        let urls = (entities?.objects("urls") ?? []).compactMap { $0.text("expanded_url") ?? $0.text("unwound_url") ?? $0.text("url") }
        let hashtags = (entities?.objects("hashtags") ?? []).compactMap { $0.text("tag") }
        let cashtags = (entities?.objects("cashtags") ?? []).compactMap { $0.text("tag")?.uppercased() }
        let mentions = (entities?.objects("mentions") ?? []).compactMap { $0.text("username") }
        var kind = Tweet.Kind.original
        var referenced: String?
        let references = object.objects("referenced_tweets").compactMap { ref -> (String, String)? in
            guard let type = ref.text("type"), let id = ref.text("id") else { return nil }
            return (type, id)
        }
        // A retweet is a retweet whatever else it refers to; a quoting reply is read as a quote.
        for (type, wanted) in [("retweeted", Tweet.Kind.retweet), ("quoted", .quote), ("replied_to", .reply)] {
            if let match = references.first(where: { $0.0 == type }) {
                kind = wanted
                referenced = match.1
                break
            }
        }
        return Tweet(
            id: id, author: author, createdAt: date.date, text: text, lang: object.text("lang"),
            metrics: metrics, urls: uniqued(urls), hashtags: uniqued(hashtags), cashtags: uniqued(cashtags),
            mentions: uniqued(mentions), kind: kind, referencedID: referenced)
    }
}
