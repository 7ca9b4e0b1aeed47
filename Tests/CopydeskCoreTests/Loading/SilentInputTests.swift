@testable import CopydeskCore
import Foundation
import Testing

/// Input that used to be read wrong without a word gets a warning naming file and line, or is
/// refused (issue 16 item 7).
@Suite struct SilentInputTests {
    static func line(_ fields: String) -> String {
        #"{"id": "1", "date": "2026-01-24T03:12:00+00:00", "user": {"username": "amy"}, "rawContent": "hi""# + fields + "}"
    }

    @Test func countsThatAreNotNumbersAreNamed() throws {
        let parsed = try parseExport(Self.line(#", "likeCount": "12k", "retweetCount": "lots", "replyCount": true, "viewCount": {"count": "7"}"#) + "\n", file: "d.jsonl")
        let tweet = try #require(parsed.tweets.first)
        #expect(tweet.metrics.likes == 12_000)
        #expect(tweet.metrics.retweets == 0)
        #expect(tweet.metrics.views == 7)
        #expect(parsed.warnings == [LoadWarning(SourceLocation(file: "d.jsonl", line: 1),
            #"tweet 1: retweets "lots" is not a count (counted as 0); replies not a number is not a count (counted as 0)"#)])
    }

    @Test func xAPICountsThatAreNotNumbersAreNamed() throws {
        let xAPI = #"{"data": [{"id": "5", "text": "hi", "created_at": "2026-01-24T03:12:00Z", "public_metrics": {"like_count": "many"}}]}"#
        let parsed = try parseExport(xAPI, file: "x.json")
        #expect(parsed.warnings.contains { $0.location.line == 1 && $0.message == #"tweet 5: likes "many" is not a count (counted as 0)"# })
    }

    @Test func jsonTimesWithoutAnOffsetAreCountedAndPlaced() throws {
        let lines = [
            #"{"id": "1", "date": "2026-01-24T03:12:00+00:00", "user": {"username": "amy"}, "rawContent": "a"}"#,
            #"{"id": "2", "date": "2026-01-24T03:12:00", "user": {"username": "amy"}, "rawContent": "b"}"#,
            #"{"id": "3", "date": "2026-01-24 04:00:00", "user": {"username": "amy"}, "rawContent": "c"}"#,
        ]
        let parsed = try parseExport(lines.joined(separator: "\n") + "\n", file: "d.jsonl")
        #expect(parsed.tweets.count == 3)
        #expect(parsed.warnings == [LoadWarning(SourceLocation(file: "d.jsonl", line: 2),
            "2 times without a UTC offset (this line's first) were read as UTC; export times with Z or an offset such as +08:00")])
    }

    @Test(arguments: ["0x69745e70", "1e9", "nan", "2026-01-24T03:12:00Z" + String(repeating: " ", count: 50) + "junk",
                      "2026-01-24T03:12:00Z" + String(repeating: "0", count: 60)])
    func datesThatAreNotDatesAreRefused(text: String) {
        #expect(TweetDate.parse(text) == nil)
    }

    @Test func realDatesStillRead() {
        #expect(TweetDate.parse("1769224320")?.date == Date(timeIntervalSince1970: 1_769_224_320))
        #expect(TweetDate.parse("1769224320.5")?.date == Date(timeIntervalSince1970: 1_769_224_320.5))
        #expect(TweetDate.parse("2026-01-24T03:12:00Z   ") != nil)
    }
}
