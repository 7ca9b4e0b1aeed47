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
}
