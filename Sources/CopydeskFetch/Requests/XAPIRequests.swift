import Foundation

/// The X API v2 requests a fetch sends, as URLs: pure, so tests check them without a network.
public struct XAPIRequests: Sendable, Hashable {
    /// `https://api.x.com`, or `X_API_BASE_URL` (a test's fake server).
    public var base: URL

    public static let defaultBase = URL(string: "https://api.x.com")!

    /// The most `GET /2/users/by` resolves at once, and the most tweets a page holds.
    public static let batchSize = 100

    static let tweetFields = "created_at,author_id,public_metrics,entities,referenced_tweets,conversation_id,lang,note_tweet"
    static let expansions = "author_id,referenced_tweets.id,referenced_tweets.id.author_id"
    static let userFields = "public_metrics,name,username"

    public init(base: URL = XAPIRequests.defaultBase) {
        self.base = base
    }

    /// The base `text` names: an http(s) URL, without a trailing slash; `nil` for anything else.
    public static func base(_ text: String) -> URL? {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host != nil else { return nil }
        return url
    }

    /// `GET /2/users/by?usernames=…` for up to 100 handles.
    public func users(_ handles: [String]) -> URL {
        url("/2/users/by", [("usernames", handles.joined(separator: ",")), ("user.fields", Self.userFields)])
    }

    /// The request for the next page of the job's stream `stream` (an account's index for `--users`).
    /// `token` is the previous page's `meta.next_token`, `nil` for the first page.
    public func page(_ job: FetchJob, accountID: String?, token: String?) -> URL {
        var window: [(String, String)] = [("start_time", Self.timestamp(job.startTime)), ("end_time", Self.timestamp(job.endTime))]
        let path: String
        var tokenName = "pagination_token"
        switch job.source {
        case .list(let id):
            path = "/2/lists/\(id)/tweets"
            window = []  // the list timeline takes no time range: paging stops at the window's start
        case .users:
            path = "/2/users/\(accountID ?? "")/tweets"
        case .query(let query):
            path = "/2/tweets/search/recent"
            window.insert(("query", query), at: 0)
            tokenName = "next_token"
        }
        var items = window + [
            ("max_results", String(Self.batchSize)), ("tweet.fields", Self.tweetFields),
            ("expansions", Self.expansions), ("user.fields", Self.userFields),
        ]
        if let token { items.append((tokenName, token)) }
        return url(path, items)
    }

    /// `2026-01-23T16:00:00Z`.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// Every byte but the unreserved ones percent-encoded, so `+`, `&`, `#` in a query stay literal.
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private func url(_ path: String, _ items: [(String, String)]) -> URL {
        let query = items.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? value)"
        }.joined(separator: "&")
        return URL(string: base.absoluteString + path + "?" + query)!
    }
}
