@testable import CopydeskCore
import Foundation
import Testing

/// Absurd or broken input is refused promptly with a message, or repaired and counted; never a crash.
@Suite struct BadInputTests {
    @Test func skipsAFiveMegabyteTweetText() throws {
        let huge = String(repeating: "a", count: 5_000_000)
        let jsonl = """
        {"id": 1, "date": "2026-01-24T03:12:00+00:00", "user": {"username": "amy"}, "rawContent": "\(huge)"}
        {"id": 2, "date": "2026-01-24T03:12:00+00:00", "user": {"username": "amy"}, "rawContent": "short"}
        """
        let start = ContinuousClock.now
        let parsed = try parseExport(jsonl, file: "big.jsonl")
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(parsed.tweets.map(\.id) == ["2"])
        #expect(parsed.skipped == [.textTooLong: 1])
        #expect(parsed.warnings.first?.location == SourceLocation(file: "big.jsonl", line: 1))

        let xAPI = #"{"data": [{"id": "1", "text": "\#(huge)", "created_at": "2026-01-24T03:12:00Z"}]}"#
        #expect(try parseExport(xAPI).skipped == [.textTooLong: 1])

        let csv = "id,date,user,text\n1,2026-01-24T03:12:00Z,amy,\"\(huge)\"\n2,2026-01-24T03:12:00Z,amy,short\n"
        let rows = try parseExport(csv)
        #expect(rows.skipped == [.textTooLong: 1])
        #expect(rows.tweets.map(\.id) == ["2"])
    }

    @Test func aReferencedTweetsHugeTextIsNotKeptButItsTweetIs() throws {
        let huge = String(repeating: "a", count: 200_000)
        let jsonl = #"{"id": 1, "date": "2026-01-24T03:12:00+00:00", "user": {"username": "amy"}, "rawContent": "look", "quotedTweet": {"id": 9, "rawContent": "\#(huge)"}}"#
        let parsed = try parseExport(jsonl, file: "day.jsonl")
        #expect(parsed.tweets.map(\.id) == ["1"])
        #expect(parsed.tweets.first?.referencedID == "9" && parsed.tweets.first?.referencedText == nil)
        #expect(parsed.warnings.map(\.message) == ["tweet 1 refers to a tweet with 200000 characters of text, over the 100000 limit; that text is not kept"])
        #expect(parsed.warnings.first?.location == SourceLocation(file: "day.jsonl", line: 1))

        let xAPI = #"{"data": [{"id": "1", "text": "look", "created_at": "2026-01-24T03:12:00Z", "author_id": "5", "referenced_tweets": [{"type": "quoted", "id": "9"}]}], "includes": {"users": [{"id": "5", "username": "amy"}], "tweets": [{"id": "9", "text": "\#(huge)"}]}}"#
        let page = try parseExport(xAPI)
        #expect(page.tweets.map(\.referencedText) == [nil])
        #expect(page.warnings.map(\.message) == ["included tweet 9 has 200000 characters of text, over the 100000 limit; its text is not kept"])
    }

    @Test func refusesJSONNestedTenThousandDeep() {
        let deep = [UInt8](repeating: UInt8(ascii: "["), count: 10_000) + [UInt8](repeating: UInt8(ascii: "]"), count: 10_000)
        let start = ContinuousClock.now
        let error = loadError(deep, file: "deep.json")
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(error == LoadError(file: "deep.json", line: 1, column: JSONParser.maxDepth + 1, .tooDeep(limit: JSONParser.maxDepth)))
    }

    @Test func skipsOnlyTheTooDeepLineOfJSONLines() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let good = #"{"id": 2, "date": "2026-01-24T03:12:00+00:00", "user": {"username": "amy"}, "rawContent": "ok"}"#
        let parsed = try parseExport(deep + "\n" + good + "\n", file: "deep.jsonl")
        #expect(parsed.tweets.map(\.id) == ["2"])
        #expect(parsed.skipped == [.malformed: 1])
        #expect(parsed.warnings.first?.location == SourceLocation(file: "deep.jsonl", line: 1, column: JSONParser.maxDepth + 1))
    }

    @Test func refusesAPNGRenamedJSON() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let error = loadError(png, file: "tweets.json")
        #expect(error == LoadError(file: "tweets.json", .binary(kind: "a PNG image")))
        #expect(error?.description.hasPrefix("tweets.json: error: this is binary data (a PNG image)") == true)
    }

    @Test func refusesOtherBinaryData() {
        #expect(loadError([0x1F, 0x8B, 8, 0])?.problem == .binary(kind: "gzip-compressed data; decompress it first"))
        #expect(loadError(Array("id,text\n".utf8) + [0, 1, 2])?.problem == .binary(kind: "it holds NUL bytes"))
    }

    @Test(arguments: [[], Array(" \n\t\r\n".utf8), [0xEF, 0xBB, 0xBF]])
    func refusesAnEmptyFile(bytes: [UInt8]) {
        #expect(loadError(bytes, file: "empty.json") == LoadError(file: "empty.json", .empty))
    }

    @Test func repairsAndCountsInvalidUTF8() throws {
        var bytes = Array(#"{"id": 1, "date": "2026-01-24T03:12:00+00:00", "user": {"username": "amy"}, "rawContent": "caf"#.utf8)
        bytes += [0xE9, 0x20, 0xFF, 0xFE, 0x20] + Array("ok \u{FFFD}\"}\n".utf8)
        let parsed = try TweetParser.parse(bytes, file: "latin1.jsonl")
        #expect(parsed.repairedUTF8 == 3)
        #expect(parsed.tweets.first?.text == "caf\u{FFFD} \u{FFFD}\u{FFFD} ok \u{FFFD}")
        #expect(parsed.warnings.contains { $0.message.contains("3 invalid UTF-8 sequences") })
    }

    @Test func namesLineAndColumnOfMalformedJSON() {
        let text = "{\n  \"data\": [\n    {\"id\": \"1\",, \"text\": \"x\"}\n  ]\n}\n"
        let error = loadError(Array(text.utf8), file: "page.json")
        #expect(error?.location == SourceLocation(file: "page.json", line: 3, column: 16))
        #expect(error?.description.contains("page.json:3:16: error: malformed JSON") == true)
        #expect(error?.description.contains("Fix the JSON") == true)
    }

    @Test func refusesAScalarAndWarnsOfNonObjects() throws {
        #expect(loadError(Array("42".utf8))?.problem == .unrecognisedFormat(start: "\"42\""))
        #expect(loadError(Array("\"just a string\"".utf8))?.problem == .unrecognisedFormat(start: "\"\"just a string\"\""))
        let parsed = try parseExport("[\"a\", \"b\"]")
        #expect(parsed.tweets.isEmpty)
        #expect(parsed.warnings.map(\.message) == ["2 array elements are not objects; ignored"])
    }
}
