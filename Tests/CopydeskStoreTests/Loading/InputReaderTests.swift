import CopydeskCore
@testable import CopydeskStore
import Foundation
import Testing

/// Files and folders: what is read, what is refused, and how fast.
@Suite struct InputReaderTests {
    static let line = #"{"id": 7, "date": "2026-01-24T03:12:00+00:00", "user": {"username": "amy"}, "rawContent": "t"}"#

    @Test func aFolderMeansItsVisibleFilesSortedByName() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        try files.write("in/b.jsonl", Self.line.replacingOccurrences(of: "7", with: "2"))
        try files.write("in/a.jsonl", Self.line.replacingOccurrences(of: "7", with: "1"))
        try files.write("in/.hidden.jsonl", Self.line.replacingOccurrences(of: "7", with: "3"))
        try files.write("in/README.txt", "These are the exports.\n")
        try files.write("in/sub/c.jsonl", Self.line)
        let result = try TweetLoader.load([files.path("in")], window: nil)
        #expect(result.inputs.map { ($0.path as NSString).lastPathComponent } == ["a.jsonl", "b.jsonl"])
        #expect(result.tweets.map(\.id) == ["1", "2"])
        // The README and the subfolder are named in warnings, not dropped silently.
        #expect(result.report.warnings.count == 2)
        #expect(result.report.warnings.contains { $0.location.file.hasSuffix("README.txt") && $0.message.contains("not recognised") })
        #expect(result.report.warnings.contains { $0.location.file.hasSuffix("sub") })
    }

    @Test func aBigFileIsReadWholeInParts() throws {
        // Over 8 MB, so it is read in two parts at once; its odd size leaves a part uneven.
        let files = try StoreTestFiles()
        defer { files.remove() }
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: (9 << 20) + 7)
        for i in stride(from: 0, to: bytes.count, by: 4093) { bytes[i] = UInt8(truncatingIfNeeded: i / 4093) }
        let path = try files.write("big.bin", bytes: bytes)
        let read = try InputReader.read(path, limit: 1 << 30)
        #expect(read == bytes)
        #expect(SHA256.hex(read) == SHA256.hex(bytes))
    }

    @Test func aFileNamedTwiceIsReadOnce() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        let path = try files.write("in/a.jsonl", Self.line)
        let result = try TweetLoader.load([path, files.path("in"), files.path("in/../in/a.jsonl")], window: nil)
        #expect(result.inputs.count == 1)
        #expect(result.report.read == 1)
        #expect(result.report.duplicates == 0)
    }

    @Test func aFileNamedDirectlyMustBeAnExport() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        let readme = try files.write("README.txt", "These are the exports.\n")
        #expect(throws: LoadError(file: readme, line: 1, .unrecognisedFormat(start: "\"These are the exports.\""))) {
            try TweetLoader.load([readme], window: nil)
        }
    }

    @Test func recordsEachInputsHashSizeAndFormat() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        let path = try files.write("a.jsonl", Self.line)
        let input = try #require(try TweetLoader.load([path], window: nil).inputs.first)
        #expect(input.sha256 == SHA256.hex(Array(Self.line.utf8)))
        #expect(input.size == Self.line.utf8.count)
        #expect(input.format == .twscrape)
        #expect(input.records == 1)
        // Asked for no digests (`draft`, `eval`: nothing records them), the same tweets and no hash.
        let plain = try TweetLoader.load([path], window: nil, options: LoadOptions(digests: false))
        #expect(plain.inputs.first?.sha256 == "" && plain.inputs.first?.size == input.size)
        #expect(plain.tweets == (try TweetLoader.load([path], window: nil)).tweets)
    }

    @Test func readsTheArchiveOwnerFromAccountJSBeside() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        try files.write("data/account.js", #"window.YTD.account.part0 = [{"account": {"username": "karpathy", "accountDisplayName": "Andrej Karpathy"}}]"#)
        try files.write("data/tweets.js", #"window.YTD.tweets.part0 = [{"tweet": {"id_str": "5", "created_at": "Wed Oct 10 20:19:24 +0000 2018", "full_text": "hi", "favorite_count": "1", "retweet_count": "0"}}]"#)
        let direct = try TweetLoader.load([files.path("data/tweets.js")], window: nil)
        #expect(direct.tweets.first?.author == Tweet.Author(handle: "karpathy", name: "Andrej Karpathy"))
        // As a folder: account.js is passed over with a warning, tweets.js read.
        let folder = try TweetLoader.load([files.path("data")], window: nil)
        #expect(folder.tweets.map(\.author.handle) == ["karpathy"])
        #expect(folder.inputs.map(\.format) == [.twitterArchive])
        // --archive-handle wins.
        let named = try TweetLoader.load([files.path("data/tweets.js")], window: nil, options: LoadOptions(archiveHandle: "someone"))
        #expect(named.tweets.first?.author.handle == "someone")
    }

    @Test func refusesAFileOverTheCapWithoutReadingIt() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        // A sparse file one byte over 1 GiB: created instantly, and refused from its size alone.
        let path = files.path("huge.json")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("{".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(LoadOptions.defaultMaxFileBytes) + 1)
        try handle.close()
        let start = ContinuousClock.now
        #expect(throws: LoadError(file: path, .tooLarge(bytes: (1 << 30) + 1, limit: 1 << 30))) {
            try TweetLoader.load([path], window: nil)
        }
        #expect(ContinuousClock.now - start < .seconds(1))
        let small = try files.write("small.jsonl", Self.line)
        #expect(throws: LoadError(file: small, .tooLarge(bytes: Int64(Self.line.utf8.count), limit: 10))) {
            try TweetLoader.load([small], window: nil, options: LoadOptions(maxFileBytes: 10))
        }
    }

    @Test func refusesMissingPathsFIFOsAndNoInputs() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        #expect(throws: LoadError(file: files.path("nope.json"), .notFound)) {
            try TweetLoader.load([files.path("nope.json")], window: nil)
        }
        let fifo = files.path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: LoadError(file: fifo, .notARegularFile)) { try TweetLoader.load([fifo], window: nil) }
        #expect(throws: LoadError(file: "copydesk", .noInputs)) { try TweetLoader.load([], window: nil) }
        try FileManager.default.createDirectory(atPath: files.path("empty"), withIntermediateDirectories: true)
        #expect(throws: LoadError(file: files.path("empty"), .noSupportedFiles)) {
            try TweetLoader.load([files.path("empty")], window: nil)
        }
    }

    @Test func errorsSayWhatToDo() {
        let error = LoadError(file: "day.json", line: 3, column: 16, .malformedJSON(message: "expected ',' or '}' in an object, found ','"))
        #expect(error.description == "day.json:3:16: error: malformed JSON: expected ',' or '}' in an object, found ','. Fix the JSON at that spot or export it again.")
    }
}
