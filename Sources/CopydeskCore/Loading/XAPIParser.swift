/// Reads X API v2 responses: `data` tweets joined to `includes.users` by `author_id`, and to the
/// text of the tweets they retweet, quote or reply to by `includes.tweets`.
///
/// Responses are read one at a time, in file order, possibly by several parsers over consecutive
/// parts of a file at once. Authors and referenced texts are joined only in `finish`, once every
/// page's includes are known: a page may cite a user or a tweet another page includes, and the last
/// page to include one wins.
struct XAPIParser {
    /// Tweets (credited to "unknown" until `finish`), skips and warnings, in file order.
    private(set) var sink: ParseSink
    /// `includes.users` read so far, by id; a later page's copy replaces an earlier one.
    private var users = IDDirectory<Tweet.Author>()
    /// `includes.tweets` read so far: each referenced tweet's text, by id.
    private var originals = IDDirectory<String>()
    /// The `author_id` of each tweet in `sink.tweets` (`nil` when it has none).
    private var authorIDs: [XID?] = []
    /// The `author_id` of tweets read but refused for their length; unknown ones are still reported.
    private var refusedAuthorIDs: [XID?] = []

    init(file: String) {
        sink = ParseSink(file: file)
    }

    /// Bytes of responses per tweet, at least: an X API tweet object with its counts and ids.
    private static let bytesPerTweet = 700

    /// Makes room for the tweets of `bytes` of responses at once: grown by doubling, the part's
    /// tweets were copied to fresh memory at each step (a tweet is a large value). Room a part
    /// does not use is never touched, so it costs no resident memory.
    mutating func reserve(bytes: Int) {
        let tweets = bytes / Self.bytesPerTweet
        sink.reserve(tweets)
        authorIDs.reserveCapacity(tweets)
    }

    /// Reads one response. `lines` maps object offsets to lines.
    mutating func read<Response: JSONObjectReading>(response: Response, lines: LineIndex) {
        let includes = response.object("includes")?.members(Self.includesKeys)
        for user in includes?.objects(0) ?? [] {
            let fields = user.members(Self.userKeys)
            guard let id = fields[0].flatMap({ XID($0) }), let handle = fields.text(1) else { continue }
            var counts = CountCheck()
            let followers = counts.read(fields.object(2)?["followers_count"], "followers")
            if let problem = counts.message(for: "user @\(handle)") { sink.warn(line: lines.line(of: user.offset), problem) }
            users[id] = Tweet.Author(handle: handle, name: fields.text(3) ?? "", followers: followers)
        }
        let responseLine = lines.line(of: response.offset)
        var tweets: [Response] = []
        let data = response["data"]
        if let items = data?.arrayValue {
            tweets = items.compactMap { $0.objectValue }
        } else if let item = data?.objectValue {
            tweets = [item]
        } else if response["errors"] == nil, response["meta"] == nil {
            sink.warn(line: responseLine, "an X API response without \"data\"; nothing read from it")
        }
        for error in response.objects("errors") {
            let detail = error.text("detail") ?? error.text("title") ?? error.text("message") ?? "unknown"
            sink.warn(line: lines.line(of: error.offset), "the X API reported an error: \(detail)")
        }
        for object in tweets {
            var made = false
            let before = sink.tweets.count
            // Every field the tweet needs, read in one pass over the object's names.
            let fields = object.members(Self.tweetKeys)
            sink.record(line: lines.line(of: object.offset)) { (notes: inout RecordNotes) throws(RecordProblem) -> Tweet in
                let tweet = try Self.tweet(from: fields, notes: &notes)
                made = true
                return tweet
            }
            // A tweet made but then refused (too long) still names its author, as it always has.
            if sink.tweets.count > before {
                authorIDs.append(fields[Field.authorID].flatMap({ XID($0) }))
            } else if made {
                refusedAuthorIDs.append(fields[Field.authorID].flatMap({ XID($0) }))
            }
        }
        for original in includes?.objects(1) ?? [] {
            // A long post's whole text is in note_tweet, as for the file's own tweets.
            let fields = original.members(Self.originalKeys)
            guard let id = fields[0].flatMap({ XID($0) }), let text = fields.object(2)?.text("text") ?? fields.text(1) else { continue }
            guard !TweetLimits.isTooLong(text) else {
                sink.warn(line: lines.line(of: original.offset), "included tweet \(id.text) has \(text.count) characters of text, over the \(TweetLimits.maxTextCharacters) limit; its text is not kept")
                continue
            }
            originals[id] = unescapingTweetHTML(text)
        }
    }

    /// Joins authors and referenced texts across `parts` (consecutive parts of one file, in order)
    /// and moves all they read to `sink`.
    static func finish(_ parts: consuming [XAPIParser], into sink: inout ParseSink) {
        var parts = parts
        let unknown = parts.withUnsafeMutableBufferPointer { buffer in
            let directories = buffer.map { $0.users }
            let originals = buffer.map { $0.originals }
            // Each part credits its own tweets, all parts at once; the directories are only read.
            return Parallel.map(buffer.count) { part in
                buffer[part].joinReferencedTexts(from: originals)
                return buffer[part].creditAuthors(from: directories)
            }
        }
        // The directories (a user per tweet, often) are freed on all cores too.
        parts.withUnsafeMutableBufferPointer { buffer in
            _ = Parallel.map(buffer.count) { part in
                buffer[part].users = IDDirectory()
                buffer[part].originals = IDDirectory()
            }
        }
        var sinks = parts.map { $0.sink }
        parts = []  // so each sink's tweets have one owner, and are moved
        sink.append(contentsOf: &sinks)
        for id in unknown.reduce(into: Set<String>(), { $0.formUnion($1) }).sorted() {
            sink.warn("author_id \(id) is not in includes.users; its tweets are credited to \"unknown\"")
        }
    }

    /// Credits this part's tweets to their authors; returns the author ids no directory knows.
    ///
    /// `directories` are every part's users in file order: the last part to include a user wins,
    /// as one dictionary filled in file order would.
    private mutating func creditAuthors(from directories: [IDDirectory<Tweet.Author>]) -> Set<String> {
        var unknown = Set<String>()
        func author(_ id: XID?) -> Tweet.Author? {
            guard let id else {
                unknown.insert("(none)")
                return nil
            }
            for users in directories.reversed() {
                if let known = users[id] { return known }
            }
            unknown.insert(id.text)
            return nil
        }
        for (i, id) in authorIDs.enumerated() {
            if let known = author(id) { sink.credit(tweet: i, to: known) }
        }
        for id in refusedAuthorIDs { _ = author(id) }
        // Done with them: free the ids here, on this part's core.
        authorIDs = []
        refusedAuthorIDs = []
        return unknown
    }

    /// Gives this part's tweets the text of the tweet each refers to, from every part's
    /// `includes.tweets` (in file order: the last part to include a tweet wins).
    private mutating func joinReferencedTexts(from originals: [IDDirectory<String>]) {
        guard originals.contains(where: { !$0.isEmpty }) else { return }
        for i in sink.tweets.indices {
            guard let referenced = sink.tweets[i].referencedID else { continue }
            let id = XID(referenced)
            for directory in originals.reversed() {
                if let text = directory[id] {
                    sink.setReferencedText(tweet: i, to: text)
                    break
                }
            }
        }
    }

    /// Reference types, strongest first.
    private static let referenceKinds: [(String, Tweet.Kind)] = [("retweeted", .retweet), ("quoted", .quote), ("replied_to", .reply)]

    /// The fields of a tweet object `tweet(from:notes:)` reads, by their position in `tweetKeys`.
    private enum Field {
        static let id = 0, createdAt = 1, noteTweet = 2, text = 3, publicMetrics = 4, entities = 5
        static let referencedTweets = 6, conversationID = 7, lang = 8, authorID = 9
    }

    private static let tweetKeys = JSONKeys(["id", "created_at", "note_tweet", "text", "public_metrics", "entities",
                                             "referenced_tweets", "conversation_id", "lang", "author_id"])
    private static let includesKeys = JSONKeys(["users", "tweets"])
    private static let originalKeys = JSONKeys(["id", "text", "note_tweet"])
    private static let userKeys = JSONKeys(["id", "username", "public_metrics", "name"])
    private static let metricKeys = JSONKeys(["like_count", "retweet_count", "reply_count", "quote_count", "impression_count"])
    private static let entityKeys = JSONKeys(["urls", "hashtags", "cashtags", "mentions"])

    /// One tweet object (its `fields`, read by `tweetKeys`), credited to "unknown" (`finish` sets its author).
    private static func tweet<Object: JSONObjectReading>(from object: JSONMembers<Object>, notes: inout RecordNotes) throws(RecordProblem) -> Tweet {
        guard let id = object.text(Field.id), !id.isEmpty else { throw RecordProblem(.missingField, "a tweet without \"id\"; skipped") }
        // The time is read from the bytes in place: its text is only made for a warning.
        guard let created = object[Field.createdAt], let parsed = created.withUTF8({ TweetDate.parse(utf8: $0) }) else {
            throw RecordProblem(.missingField, "tweet \(id) has no \"created_at\" (request tweet.fields=created_at); skipped")
        }
        guard let date = parsed else {
            throw RecordProblem(.badDate, "tweet \(id) has an unreadable created_at \"\((created.stringValue ?? "").prefix(40))\"; skipped")
        }
        if date.assumedUTC { notes.assumedUTC = true }
        let note = object.object(Field.noteTweet)
        // The API escapes &, < and > in text as HTML does; twscrape gives them plain.
        guard let text = (note?.text("text") ?? object.text(Field.text)).map(unescapingTweetHTML) else {
            throw RecordProblem(.missingField, "tweet \(id) has no \"text\"; skipped")
        }
        let counts = object.object(Field.publicMetrics)?.members(metricKeys)
        let metrics = Tweet.Metrics(
            likes: notes.counts.read(counts?[0], "likes"), retweets: notes.counts.read(counts?[1], "retweets"),
            replies: notes.counts.read(counts?[2], "replies"), quotes: notes.counts.read(counts?[3], "quotes"),
            views: notes.counts.read(counts?[4], "views"))
        // A long post's entities index its long text, so they come from note_tweet when it has them.
        let entities = (note?.object("entities") ?? object.object(Field.entities))?.members(entityKeys)
        let urls = entities?.compactMapObjects(0) { $0.text("expanded_url") ?? $0.text("unwound_url") ?? $0.text("url") } ?? []
        let hashtags = entities?.compactMapObjects(1) { $0.text("tag") } ?? []
        let cashtags = entities?.compactMapObjects(2) { $0.text("tag")?.uppercased() } ?? []
        let mentions = entities?.compactMapObjects(3) { $0.text("username") } ?? []
        var kind = Tweet.Kind.original
        var referenced: String?
        let references = object.compactMapObjects(Field.referencedTweets) { ref -> (String, String)? in
            guard let type = ref.text("type"), let id = ref.text("id") else { return nil }
            return (type, id)
        }
        // A retweet is a retweet whatever else it refers to; a quoting reply is read as a quote.
        for (type, wanted) in referenceKinds {
            if let match = references.first(where: { $0.0 == type }) {
                kind = wanted
                referenced = match.1
                break
            }
        }
        let conversation = object[Field.conversationID]?.otherID(than: id)
        kind = kind.replying(in: conversation)
        return Tweet(
            id: id, author: Tweet.Author(handle: "unknown"), createdAt: date.date, text: text, lang: object.text(Field.lang),
            metrics: metrics, urls: uniqued(urls), hashtags: uniqued(hashtags), cashtags: uniqued(cashtags),
            mentions: uniqued(mentions), kind: kind, referencedID: referenced, conversationID: conversation)
    }
}
