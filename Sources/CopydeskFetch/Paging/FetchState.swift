import Foundation

/// Where a fetch stands, kept beside its pages so an interrupted fetch continues where it stopped.
///
/// It is rewritten (atomically) after each page is, so it never names a page that is not on disk;
/// a fetch killed between the two fetches that page again and writes it under the same name.
public struct FetchState: Sendable, Hashable, Codable {
    /// The file's name in the pages' folder (hidden, so the loader passes over it).
    public static let fileName = ".copydesk-fetch.json"
    public static let currentVersion = 1

    public var version = FetchState.currentVersion
    public var job: FetchJob
    /// `--users`: the resolved accounts, in the file's order; `nil` until resolved.
    public var accounts: [Account]?
    /// The stream being read: the account's index for `--users`, else 0.
    public var stream = 0
    /// The token of the stream's next page; `nil` for its first.
    public var nextToken: String?
    /// Pages written: the next is `page-(pages + 1)`.
    public var pages = 0
    public var tweets = 0
    /// The oldest tweet read in the current stream (how far back it is covered).
    public var oldest: Date?
    public var finished = false

    /// An account `GET /2/users/by` resolved.
    public struct Account: Sendable, Hashable, Codable {
        public var id: String
        public var username: String

        public init(id: String, username: String) {
            self.id = id
            self.username = username
        }
    }

    public init(job: FetchJob) {
        self.job = job
    }

    /// How many streams the fetch reads (accounts, or one).
    public var streams: Int { job.isPerAccount ? accounts?.count ?? 0 : 1 }

    /// The account being read (`--users`).
    public var account: Account? {
        guard job.isPerAccount, let accounts, stream < accounts.count else { return nil }
        return accounts[stream]
    }

    /// The name of page `number`: `page-001.json`.
    public static func pageName(_ number: Int) -> String { String(format: "page-%03d.json", number) }

    /// Moves past a page read: counts it (if it had tweets, it was written) and decides what comes next.
    ///
    /// A stream ends when it has no next token or, for a list (newest first, no time range), when
    /// the page reaches back before the window; the fetch ends after the last stream.
    public mutating func advance(past page: PageSummary) {
        if page.tweets > 0 {
            pages += 1
            tweets += page.tweets
        }
        if let date = page.oldest { oldest = min(oldest ?? date, date) }
        let coveredBack = page.oldest.map { $0 < job.startTime } ?? false
        if let token = page.nextToken, !coveredBack {
            nextToken = token
            return
        }
        stream += 1
        nextToken = nil
        oldest = nil
        finished = stream >= streams
    }

    /// What the progress line shows.
    public var progress: FetchProgress {
        FetchProgress(
            pages: pages, tweets: tweets, accountsDone: job.isPerAccount ? min(stream, streams) : nil,
            accounts: job.isPerAccount ? streams : nil, account: account?.username, oldest: oldest,
            finished: finished, job: job)
    }

    // MARK: The file

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    public func encoded() -> Data {
        var data = (try? Self.encoder().encode(self)) ?? Data()
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Reads a state file's bytes.
    /// - Throws: `.badState` when they are not a state this version writes.
    public static func decode(_ data: Data, path: String) throws(FetchError) -> FetchState {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let state: FetchState
        do {
            state = try decoder.decode(FetchState.self, from: data)
        } catch {
            throw .badState(path: path, detail: "not a fetch state file")
        }
        guard state.version == currentVersion else {
            throw .badState(path: path, detail: "written by another version (\(state.version))")
        }
        return state
    }
}
