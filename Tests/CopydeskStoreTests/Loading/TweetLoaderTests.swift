import CopydeskCore
import CopydeskStore
import Foundation
import Testing

@Suite struct TweetLoaderTests {
    static let xAPI = """
    {"data": [
      {"id": "1750000000000000001", "text": "GLM-4.7 is out", "author_id": "11", "created_at": "2026-01-23T15:59:59.000Z"},
      {"id": "1750000000000000002", "text": "so good", "author_id": "12", "created_at": "2026-01-23T16:00:00.000Z"}
     ],
     "includes": {"users": [{"id": "11", "username": "zai"}, {"id": "12", "username": "bob"}]},
     "meta": {"result_count": 2}}
    """

    static let jsonl = """
    {"id": 1750000000000000003, "date": "2026-01-24T03:12:00+00:00", "rawContent": "hello", "user": {"username": "amy"}}
    {"id": 1750000000000000002, "date": "2026-01-23T16:00:00+00:00", "rawContent": "so good", "user": {"username": "bob"}}
    """

    @Test func duplicateIdsAcrossFilesKeepOneCopy() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        let a = try files.write("a.json", Self.xAPI)
        let b = try files.write("b.jsonl", Self.jsonl)
        let result = try TweetLoader.load([a, b], window: nil)
        #expect(result.tweets.map(\.id) == ["1750000000000000001", "1750000000000000002", "1750000000000000003"])
        #expect(result.report.duplicates == 1)
        #expect(result.report.read == 4)
        #expect(result.report.kept == 3)
        #expect(result.inputs.map(\.format) == [.xAPI, .twscrape])
        // The first copy read is the one kept.
        #expect(result.tweets[1].source.file == a)
    }

    @Test func accountsForEveryRecordRead() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        let a = try files.write("a.json", Self.xAPI)
        let b = try files.write("b.jsonl", Self.jsonl + "\n{broken\n")
        let window = ReportWindow(day: try #require(LocalDate("2026-01-24")))
        let report = try TweetLoader.load([a, b], window: window).report
        #expect(report.read == 5)
        #expect(report.kept == 2)
        #expect(report.duplicates == 1)
        #expect(report.outsideWindow == 1)
        #expect(report.skipped == ["malformed": 1])
        #expect(report.read == report.kept + report.duplicates + report.outsideWindow + report.skippedTotal)
        #expect(report.authors == 2)
        #expect(report.formats == [.xAPI, .twscrape])
    }

    @Test func sortsByTimeThenIdWhateverTheInputOrder() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        let lines = ["10", "9", "11"].map { #"{"id": \#($0), "date": "2026-01-24T03:12:00Z", "user": {"username": "a"}, "rawContent": "t"}"# }
        let path = try files.write("same-time.jsonl", lines.joined(separator: "\n"))
        #expect(try TweetLoader.load([path], window: nil).tweets.map(\.id) == ["9", "10", "11"])
    }

    @Test func reportEncodesTheDocumentedKeys() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        let report = try TweetLoader.load([try files.write("a.json", Self.xAPI)], window: nil).report
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any]
        for key in ["read", "kept", "duplicates", "skipped", "authors"] {
            #expect(object?[key] != nil, "missing key \(key)")
        }
    }
}
