import CopydeskCore
import Foundation

/// An account of a load: what was read, kept and left out, and why. `inspect --json` prints it.
///
/// `read == kept + duplicates + outsideWindow + skipped total`: nothing is dropped silently.
public struct LoadReport: Sendable, Equatable, Codable {
    /// Records seen in all inputs.
    public var read: Int
    /// Tweets kept (unique, inside the window).
    public var kept: Int
    /// Records whose id was already read (in any input); one copy is kept.
    public var duplicates: Int
    /// Tweets outside the report window.
    public var outsideWindow: Int
    /// Records skipped, by reason (`malformed`, `missing-field`, `bad-date`, `text-too-long`).
    public var skipped: [String: Int]
    public var warnings: [LoadWarning]
    /// Invalid UTF-8 sequences replaced with U+FFFD.
    public var repairedUTF8: Int
    /// Distinct authors among kept tweets.
    public var authors: Int
    /// The earliest and latest kept tweet.
    public var span: Span?
    /// The window applied, if any.
    public var window: ReportWindow?
    /// Each input file and its detected format.
    public var inputs: [InputFile]

    public init(read: Int = 0, kept: Int = 0, duplicates: Int = 0, outsideWindow: Int = 0, skipped: [String: Int] = [:],
                warnings: [LoadWarning] = [], repairedUTF8: Int = 0, authors: Int = 0, span: Span? = nil,
                window: ReportWindow? = nil, inputs: [InputFile] = []) {
        self.read = read
        self.kept = kept
        self.duplicates = duplicates
        self.outsideWindow = outsideWindow
        self.skipped = skipped
        self.warnings = warnings
        self.repairedUTF8 = repairedUTF8
        self.authors = authors
        self.span = span
        self.window = window
        self.inputs = inputs
    }

    /// All skipped records.
    public var skippedTotal: Int { skipped.values.reduce(0, +) }

    /// Formats detected, each once, in input order.
    public var formats: [InputFormat] {
        var seen = Set<InputFormat>()
        return inputs.map(\.format).filter { seen.insert($0).inserted }
    }

    /// The first and last creation time among kept tweets.
    public struct Span: Sendable, Equatable, Codable {
        public var first: Date
        public var last: Date

        public init(first: Date, last: Date) {
            self.first = first
            self.last = last
        }
    }
}

/// One input file read: its path, detected format, size and SHA-256 (for the session log).
public struct InputFile: Sendable, Equatable, Codable {
    public var path: String
    /// Lower-case hex SHA-256 of the file's bytes as read (empty when the load computed none:
    /// `LoadOptions.digests`).
    public var sha256: String
    public var size: Int
    public var format: InputFormat
    /// Records read from this file and tweets it yielded (before deduplication and windowing).
    public var records: Int
    public var tweets: Int

    public init(path: String, sha256: String, size: Int, format: InputFormat, records: Int = 0, tweets: Int = 0) {
        self.path = path
        self.sha256 = sha256
        self.size = size
        self.format = format
        self.records = records
        self.tweets = tweets
    }
}

/// What `TweetLoader.load` returns.
public struct LoadResult: Sendable, Equatable {
    /// Kept tweets, sorted by creation time then id.
    public var tweets: [Tweet]
    public var report: LoadReport
    public var inputs: [InputFile]

    public init(tweets: [Tweet], report: LoadReport, inputs: [InputFile]) {
        self.tweets = tweets
        self.report = report
        self.inputs = inputs
    }
}

/// Options for loading beyond the paths and window.
public struct LoadOptions: Sendable, Equatable {
    /// The largest input file read.
    public static let defaultMaxFileBytes: Int64 = 1 << 30

    /// Handle for Twitter archive tweets when no `account.js` sits beside `tweets.js`.
    public var archiveHandle: String?
    public var maxFileBytes: Int64
    /// Whether each input's SHA-256 is computed (on another core, while it is parsed). A session
    /// log records them, and `inspect` shows them; `draft` and `eval` record nothing and leave
    /// them out (`InputFile.sha256` is then empty): on a 100 MB day the hash is 0.07 s of CPU.
    public var digests: Bool

    public init(archiveHandle: String? = nil, maxFileBytes: Int64 = LoadOptions.defaultMaxFileBytes, digests: Bool = true) {
        self.archiveHandle = archiveHandle
        self.maxFileBytes = maxFileBytes
        self.digests = digests
    }
}
