import CopydeskCore
import Foundation

extension SyntheticDay {
    /// Tweets per X API response page (the API's maximum).
    static let pageSize = 100

    /// The day as a JSON array of X API v2 search responses, newest first, 100 tweets a page:
    /// `[{"data":[…],"includes":{"users":[…],"tweets":[…]},"meta":{…}}, …]`.
    ///
    /// Text is HTML-escaped and links are t.co, as the API returns them; entity offsets count code
    /// points; posts over 280 characters carry the full text in `note_tweet`.
    public func xAPIResponseJSON() -> Data {
        let order = newestFirst()
        var json = JSONBytes(capacity: tweets.count * 900)
        json.raw("[\n")
        let pages = stride(from: 0, to: order.count, by: Self.pageSize).map { order[$0..<min(order.count, $0 + Self.pageSize)] }
        for (number, page) in pages.enumerated() {
            if number > 0 { json.raw(",\n") }
            writePage(page, number: number, last: number == pages.count - 1, to: &json)
        }
        json.raw("\n]\n")
        return Data(json.bytes)
    }

    /// Tweet indices, newest first (by id, which orders by time).
    func newestFirst() -> [Int] {
        let ids = tweets.map { UInt64($0.id) ?? 0 }
        return tweets.indices.sorted { ids[$0] > ids[$1] }
    }

    private func writePage(_ page: ArraySlice<Int>, number: Int, last: Bool, to json: inout JSONBytes) {
        json.raw("{\"data\":[")
        var users: [Int] = []
        var seenUsers = Set<Int>()
        var referenced: [Int] = []
        var seenReferenced = Set<Int>()
        func addUser(_ index: Int) {
            if seenUsers.insert(index).inserted { users.append(index) }
        }
        for (n, index) in page.enumerated() {
            if n > 0 { json.comma() }
            writeTweet(index, to: &json)
            addUser(extras[index].author)
            if let reference = extras[index].reference, seenReferenced.insert(reference).inserted {
                referenced.append(reference)
            }
            for handle in tweets[index].mentions {
                if let account = handleIndex[handle] { addUser(account) }
            }
        }
        for reference in referenced { addUser(extras[reference].author) }
        json.raw("],\"includes\":{\"users\":[")
        for (n, user) in users.enumerated() {
            if n > 0 { json.comma() }
            writeUser(user, to: &json)
        }
        json.raw("],\"tweets\":[")
        for (n, reference) in referenced.enumerated() {
            if n > 0 { json.comma() }
            writeTweet(reference, to: &json)
        }
        json.raw("]},\"meta\":{")
        json.field("newest_id", tweets[page.first!].id, first: true)
        json.field("oldest_id", tweets[page.last!].id)
        json.field("result_count", page.count)
        if !last { json.field("next_token", nextToken(page: number)) }
        json.raw("}}")
    }

    private func nextToken(page: Int) -> String {
        var random = SeededRandom(seed: seed &+ UInt64(page) &* 0x9E37_79B9)
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        return "b26v89c19zqg8o3f" + String((0..<29).map { _ in alphabet[random.below(alphabet.count)] })
    }

    private func writeTweet(_ index: Int, to json: inout JSONBytes) {
        let tweet = tweets[index]
        let extra = extras[index]
        let escaped = Self.htmlEscaped(tweet.text)
        let scalarCount = escaped.unicodeScalars.count
        let long = tweet.kind != .retweet && scalarCount > 280
        let shown = long ? Self.truncated(escaped, scalars: 270) : escaped
        json.raw("{")
        json.field("id", tweet.id, first: true)
        json.field("text", shown)
        json.field("author_id", accounts[extra.author].id)
        json.field("created_at", Self.isoTime(extra.seconds, api: true))
        json.field("conversation_id", extra.conversationID)
        json.field("lang", tweet.lang ?? "und")
        json.raw(",\"public_metrics\":{")
        json.field("retweet_count", tweet.metrics.retweets, first: true)
        json.field("reply_count", tweet.metrics.replies)
        json.field("like_count", tweet.metrics.likes)
        json.field("quote_count", tweet.metrics.quotes)
        json.field("impression_count", tweet.metrics.views)
        json.raw("},\"edit_history_tweet_ids\":[")
        json.string(tweet.id)
        json.raw("]")
        writeEntities(long ? SyntheticEntities.scan(shown) : extra.entities, links: extra.links, to: &json)
        if let reference = extra.reference {
            let type: String
            switch tweet.kind {
            case .retweet: type = "retweeted"
            case .quote: type = "quoted"
            default: type = "replied_to"
            }
            json.raw(",\"referenced_tweets\":[{")
            json.field("type", type, first: true)
            json.field("id", tweets[reference].id)
            json.raw("}]")
        }
        if let replyTo = extra.replyToAuthor {
            json.field("in_reply_to_user_id", accounts[replyTo].id)
        }
        if long {
            json.raw(",\"note_tweet\":{")
            json.field("text", escaped, first: true)
            writeEntities(extra.entities, links: extra.links, to: &json)
            json.raw("}")
        }
        json.raw("}")
    }

    private func writeEntities(_ entities: [SyntheticEntities.Entity], links: [SyntheticExtra.Link], to json: inout JSONBytes) {
        guard !entities.isEmpty else { return }
        json.raw(",\"entities\":{")
        var firstGroup = true
        for kind in [SyntheticEntities.Kind.url, .hashtag, .cashtag, .mention] {
            let group = entities.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            if !firstGroup { json.comma() }
            firstGroup = false
            switch kind {
            case .url: json.key("urls")
            case .hashtag: json.key("hashtags")
            case .cashtag: json.key("cashtags")
            case .mention: json.key("mentions")
            }
            json.raw("[")
            for (n, entity) in group.enumerated() {
                if n > 0 { json.comma() }
                json.raw("{")
                json.field("start", entity.start, first: true)
                json.field("end", entity.end)
                switch kind {
                case .url:
                    let expanded = links.first { $0.short == entity.value }?.expanded ?? entity.value
                    json.field("url", entity.value)
                    json.field("expanded_url", expanded)
                    json.field("display_url", Self.displayURL(expanded))
                case .hashtag, .cashtag:
                    json.field("tag", entity.value)
                case .mention:
                    json.field("username", entity.value)
                    json.field("id", handleIndex[entity.value].map { accounts[$0].id } ?? "0")
                }
                json.raw("}")
            }
            json.raw("]")
        }
        json.raw("}")
    }

    private func writeUser(_ index: Int, to json: inout JSONBytes) {
        let account = accounts[index]
        json.raw("{")
        json.field("id", account.id, first: true)
        json.field("name", account.name)
        json.field("username", account.handle)
        json.raw(",\"public_metrics\":{")
        json.field("followers_count", account.followers, first: true)
        json.field("following_count", 40 + index * 37 % 2400)
        json.field("tweet_count", 300 + index * 7919 % 60000)
        json.field("listed_count", account.followers / 80)
        json.raw("}}")
    }

    // MARK: Text helpers

    static func htmlEscaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else { return text }
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(c)
            }
        }
        return out
    }

    /// The first `scalars` code points, cut at a space, without a half link, plus `…`.
    static func truncated(_ text: String, scalars: Int) -> String {
        var cut = String(String.UnicodeScalarView(text.unicodeScalars.prefix(scalars)))
        if let space = cut.lastIndex(where: { $0 == " " || $0 == "\n" }) { cut = String(cut[..<space]) }
        // Never end on a link: the ellipsis would become part of it.
        while let space = cut.lastIndex(where: { $0 == " " || $0 == "\n" }),
              cut[cut.index(after: space)...].hasPrefix("https://") {
            cut = String(cut[..<space])
        }
        return cut + "…"
    }

    static func displayURL(_ url: String) -> String {
        var short = Substring(url)
        for prefix in ["https://", "http://"] where short.hasPrefix(prefix) { short = short.dropFirst(prefix.count) }
        if short.hasPrefix("www.") { short = short.dropFirst(4) }
        return short.count <= 26 ? String(short) : String(short.prefix(25)) + "…"
    }

    /// `2026-01-24T03:12:45.000Z` (API) or `2026-01-24T03:12:45+00:00` (twscrape).
    static func isoTime(_ seconds: Int, api: Bool) -> String {
        let days = Int((Double(seconds) / 86400).rounded(.down))
        let day = LocalDate(daysSinceEpoch: days)
        let rest = seconds - days * 86400
        // Written digit by digit: String(format:) goes through Foundation and was a hot spot.
        var out: [UInt8] = []
        out.reserveCapacity(25)
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            var v = value
            for _ in 0..<count {
                out.append(UInt8(48 + v / divisor % 10))
                v %= divisor
                divisor = max(1, divisor / 10)
            }
        }
        digits(day.year, 4); out.append(0x2D); digits(day.month, 2); out.append(0x2D); digits(day.day, 2)
        out.append(0x54)
        digits(rest / 3600, 2); out.append(0x3A); digits(rest % 3600 / 60, 2); out.append(0x3A); digits(rest % 60, 2)
        out.append(contentsOf: api ? Array(".000Z".utf8) : Array("+00:00".utf8))
        return String(decoding: out, as: UTF8.self)
    }
}
