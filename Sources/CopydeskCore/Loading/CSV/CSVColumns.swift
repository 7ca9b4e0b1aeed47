/// The tweet fields a CSV header can name, with the column names exports use for each.
enum CSVColumn: String, CaseIterable, Sendable {
    case id, created, author, text
    case likes, retweets, replies, quotes, views
    case name, followers, lang, urls, hashtags, cashtags, mentions, kind
    case inReplyTo, quoted, retweeted, conversation

    /// Required for a row to become a tweet.
    static let required: [CSVColumn] = [.id, .created, .author, .text]

    /// Header names (normalised: lower case, `_` for spaces and dashes).
    var aliases: [String] {
        switch self {
        case .id: return ["id", "tweet_id", "id_str", "tweetid", "status_id"]
        case .created: return ["created_at", "date", "time", "datetime", "timestamp", "created"]
        case .author: return ["username", "author", "screen_name", "user", "handle", "user_screen_name", "author_username"]
        case .text: return ["text", "full_text", "content", "rawcontent", "tweet", "body"]
        case .likes: return ["likes", "favorite_count", "like_count", "favorites", "likecount"]
        case .retweets: return ["retweets", "retweet_count", "retweetcount"]
        case .replies: return ["replies", "reply_count", "replycount"]
        case .quotes: return ["quotes", "quote_count", "quotecount"]
        case .views: return ["views", "view_count", "viewcount", "impression_count", "impressions"]
        case .name: return ["name", "display_name", "displayname", "author_name", "user_name"]
        case .followers: return ["followers", "followers_count", "followerscount", "user_followers_count"]
        case .lang: return ["lang", "language"]
        case .urls: return ["url", "urls", "links", "expanded_url", "expanded_urls"]
        case .hashtags: return ["hashtags"]
        case .cashtags: return ["cashtags", "symbols"]
        case .mentions: return ["mentions", "user_mentions"]
        case .kind: return ["kind", "type", "tweet_type"]
        case .inReplyTo: return ["in_reply_to", "in_reply_to_status_id", "in_reply_to_tweet_id", "reply_to"]
        case .quoted: return ["quoted_id", "quoted_status_id", "quoted_tweet_id"]
        case .retweeted: return ["retweeted_id", "retweeted_status_id", "retweeted_tweet_id"]
        case .conversation: return ["conversation_id", "conversationid", "conversation_id_str", "conversationidstr"]
        }
    }

    /// The name a message uses (the first alias).
    var displayName: String {
        switch self {
        case .created: return "created_at"
        case .author: return "username"
        default: return aliases[0]
        }
    }

    private static let byAlias: [String: CSVColumn] = {
        var map: [String: CSVColumn] = [:]
        for column in allCases { for alias in column.aliases { map[alias] = column } }
        return map
    }()

    /// The field a header cell names, if any.
    static func named(_ header: String) -> CSVColumn? {
        byAlias[normalise(header)]
    }

    static func normalise(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace || $0 == " " })
            .trimmingSpaces()
            .replacingSpacesAndDashes()
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    func replacingSpacesAndDashes() -> String {
        String(map { $0 == " " || $0 == "-" || $0 == "." ? "_" : $0 })
    }
}
