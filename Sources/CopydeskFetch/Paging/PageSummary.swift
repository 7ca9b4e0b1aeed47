import Foundation

/// What paging needs from one response: how many tweets, the oldest one's time, the next token.
///
/// Reading it is also the check that the page is what the loader expects (a JSON object whose
/// `data` tweets have an `id` and a `created_at`); a page that fails is never written.
public struct PageSummary: Sendable, Hashable {
    public var tweets: Int
    /// The oldest `created_at` on the page (`nil` without tweets).
    public var oldest: Date?
    /// `meta.next_token`: more pages follow.
    public var nextToken: String?

    public init(tweets: Int, oldest: Date?, nextToken: String?) {
        self.tweets = tweets
        self.oldest = oldest
        self.nextToken = nextToken
    }

    /// Reads `body`, the answer for page `number`.
    /// - Throws: `.badPage` when it is not the expected shape, `.apiError` when the API answered
    ///   with only `errors` (a list that does not exist, a suspended account).
    public init(_ body: Data, page number: Int) throws(FetchError) {
        guard let parsed = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) else {
            let detail = body.isEmpty ? "the body is empty" : "it is not valid JSON (\(body.count) bytes; cut short?)"
            throw .badPage(number: number, detail: detail)
        }
        guard let object = parsed as? [String: Any] else {
            throw .badPage(number: number, detail: "expected a JSON object, got \(parsed is [Any] ? "a list" : "a single value")")
        }
        let meta = object["meta"]
        guard meta == nil || meta is [String: Any] else { throw .badPage(number: number, detail: "\"meta\" is not an object") }
        let token = (meta as? [String: Any])?["next_token"]
        guard token == nil || token is String else { throw .badPage(number: number, detail: "\"meta.next_token\" is not a string") }
        nextToken = token as? String
        guard let data = object["data"] else {
            if meta == nil, let errors = object["errors"] as? [[String: Any]], let first = errors.first {
                throw .apiError(Self.detail(first))
            }
            guard meta != nil else { throw .badPage(number: number, detail: "neither \"data\" nor \"meta\" is there") }
            tweets = 0
            oldest = nil
            return
        }
        guard let items = data as? [[String: Any]] else { throw .badPage(number: number, detail: "\"data\" is not a list of tweets") }
        var oldest: Date?
        for (index, tweet) in items.enumerated() {
            guard tweet["id"] is String else { throw .badPage(number: number, detail: "tweet \(index + 1) has no \"id\"") }
            guard let text = tweet["created_at"] as? String, let date = Self.date(text) else {
                throw .badPage(number: number, detail: "tweet \(index + 1) has no readable \"created_at\"")
            }
            oldest = min(oldest ?? date, date)
        }
        tweets = items.count
        self.oldest = oldest
    }

    /// An API error's explanation: its `detail`, else its `title` or `message`.
    static func detail(_ error: [String: Any]) -> String {
        (error["detail"] ?? error["title"] ?? error["message"]) as? String ?? "unknown error"
    }

    /// `2026-01-24T01:02:03.000Z` or without the fraction.
    static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
