import Foundation

/// A fake X API v2 over `FakeHTTPServer`: the sample day's tweets, served page by page.
///
/// It answers `GET /2/lists/:id/tweets` (every tweet, newest first, no time range),
/// `GET /2/users/:id/tweets` and `GET /2/tweets/search/recent` (within `start_time`/`end_time`;
/// the search matches tweets containing the query, without case) and `GET /2/users/by`, checks
/// the bearer token, and pages by `pageSize` with opaque tokens. Answers are deterministic, byte
/// for byte. `faults[N]` replaces the answer to request N (0-based) to script a failure.
public final class FakeXAPI: @unchecked Sendable {
    public static let token = "test-bearer-TOKEN-s3cr3t"
    public static let listID = "1500000000000000001"

    public let server: FakeHTTPServer
    public var baseURL: String { server.root }
    public var requests: [FakeHTTPServer.Request] { server.requests }

    /// The sample day's tweets (with `older` extra ones a day before), newest first.
    public let tweets: [[String: Any]]
    /// The handles of the accounts that wrote them, in the order they first appear.
    public let handles: [String]
    /// Each account's id, by handle.
    public let userIDs: [String: String]

    public init(pageSize: Int = 40, older: Int = 0, faults: [Int: [FakeHTTPServer.Step]] = [:]) throws {
        let responses = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Fixtures.root.appendingPathComponent("seeds/sample-day/2026-01-24.x-api.json"))) as! [[String: Any]]
        var tweets = responses.flatMap { $0["data"] as! [[String: Any]] }
        let includes = responses.map { $0["includes"] as! [String: Any] }
        var users: [String: [String: Any]] = [:]
        var quoted: [String: [String: Any]] = [:]
        for include in includes {
            for user in include["users"] as? [[String: Any]] ?? [] { users[user["id"] as! String] = user }
            for tweet in include["tweets"] as? [[String: Any]] ?? [] { quoted[tweet["id"] as! String] = tweet }
        }
        // Older tweets, a day before the sample's: a list's paging must stop before them.
        for index in 0..<older {
            var tweet = tweets[tweets.count - 1 - index % tweets.count]
            tweet["id"] = "10000000000000\(String(format: "%05d", older - index))"
            tweet["created_at"] = Self.format(Self.date(tweet["created_at"] as! String).addingTimeInterval(-86400 - Double(index)))
            tweets.append(tweet)
        }
        self.tweets = tweets
        var seen = Set<String>()
        handles = tweets.compactMap { $0["author_id"] as? String }.filter { seen.insert($0).inserted }
            .compactMap { users[$0]?["username"] as? String }
        userIDs = Dictionary(users.values.map { ($0["username"] as! String, $0["id"] as! String) }, uniquingKeysWith: { a, _ in a })
        let state = Routes(tweets: tweets, users: users, quoted: quoted, pageSize: pageSize)
        server = try FakeHTTPServer { index, request in faults[index] ?? state.answer(request) }
    }

    public func stop() { server.stop() }

    /// `2026-01-24T16:30:53.000Z`.
    public static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    public static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)!
    }

    /// The routes, over immutable data (the server's thread calls them).
    private struct Routes: @unchecked Sendable {
        let tweets: [[String: Any]]
        let users: [String: [String: Any]]
        let quoted: [String: [String: Any]]
        let pageSize: Int

        func answer(_ request: FakeHTTPServer.Request) -> [FakeHTTPServer.Step] {
            guard request.headers["authorization"] == "Bearer \(FakeXAPI.token)" else {
                return [.response(status: 401, body: #"{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}"#)]
            }
            let parts = request.path.split(separator: "?", maxSplits: 1).map(String.init)
            let path = parts[0].split(separator: "/").map(String.init)
            var query: [String: String] = [:]
            for pair in (parts.count > 1 ? parts[1] : "").split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
                query[kv[0]] = kv.count > 1 ? kv[1] : ""
            }
            switch path {
            case ["2", "users", "by"]:
                let names = (query["usernames"] ?? "").split(separator: ",").map { $0.lowercased() }
                let found = users.values.filter { names.contains(($0["username"] as! String).lowercased()) }
                    .sorted { ($0["id"] as! String) < ($1["id"] as! String) }
                let missing = names.filter { name in !found.contains { ($0["username"] as! String).lowercased() == name } }
                var body: [String: Any] = ["data": found]
                if !missing.isEmpty {
                    body["errors"] = missing.map { ["value": $0, "detail": "Could not find user with usernames: [\($0)].", "title": "Not Found Error"] }
                }
                return [ok(body)]
            case let p where p.count == 4 && p[1] == "lists" && p[3] == "tweets":
                guard p[2] == FakeXAPI.listID else {
                    return [ok(["errors": [["detail": "Could not find list with id: [\(p[2])].", "title": "Not Found Error"]]])]
                }
                return [page(tweets, token: query["pagination_token"])]
            case let p where p.count == 4 && p[1] == "users" && p[3] == "tweets":
                return [page(inRange(tweets.filter { $0["author_id"] as? String == p[2] }, query), token: query["pagination_token"])]
            case ["2", "tweets", "search", "recent"]:
                let term = (query["query"] ?? "").lowercased()
                return [page(inRange(tweets.filter { ($0["text"] as! String).lowercased().contains(term) }, query), token: query["next_token"])]
            default:
                return [.response(status: 404, body: #"{"title":"Not Found"}"#)]
            }
        }

        private func inRange(_ tweets: [[String: Any]], _ query: [String: String]) -> [[String: Any]] {
            let start = query["start_time"].map(FakeXAPI.date) ?? .distantPast
            let end = query["end_time"].map(FakeXAPI.date) ?? .distantFuture
            return tweets.filter { let date = FakeXAPI.date($0["created_at"] as! String); return date >= start && date < end }
        }

        /// The page starting where `token` says, with the users and quoted tweets it cites.
        private func page(_ all: [[String: Any]], token: String?) -> FakeHTTPServer.Step {
            let start = token.flatMap { Int($0.dropFirst(4)) } ?? 0
            let slice = Array(all[min(start, all.count)..<min(start + pageSize, all.count)])
            guard !slice.isEmpty else { return ok(["meta": ["result_count": 0]]) }
            var meta: [String: Any] = [
                "result_count": slice.count, "newest_id": slice.first!["id"]!, "oldest_id": slice.last!["id"]!,
            ]
            if start + pageSize < all.count { meta["next_token"] = "tok-\(start + pageSize)" }
            var authorIDs: [String] = []
            var cited: [[String: Any]] = []
            for tweet in slice {
                authorIDs.append(tweet["author_id"] as! String)
                for reference in tweet["referenced_tweets"] as? [[String: Any]] ?? [] {
                    guard let id = reference["id"] as? String, let other = quoted[id] else { continue }
                    cited.append(other)
                    if let author = other["author_id"] as? String { authorIDs.append(author) }
                }
            }
            var seen = Set<String>()
            let includedUsers = authorIDs.filter { seen.insert($0).inserted }.compactMap { users[$0] }
            return ok(["data": slice, "includes": ["users": includedUsers, "tweets": cited], "meta": meta])
        }

        private func ok(_ body: [String: Any]) -> FakeHTTPServer.Step {
            let data = try! JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])
            return .response(status: 200, headers: ["x-rate-limit-remaining": "99"], body: String(decoding: data, as: UTF8.self))
        }
    }
}
