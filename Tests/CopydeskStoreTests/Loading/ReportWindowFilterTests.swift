import CopydeskCore
import CopydeskStore
import Foundation
import Testing

/// The day window applied while loading: boundaries across offsets, and the --from/--to range.
@Suite struct ReportWindowFilterTests {
    /// One twscrape line per instant, ids 1, 2, ….
    static func day(_ instants: [String]) -> String {
        instants.enumerated().map { index, instant in
            #"{"id": \#(index + 1), "date": "\#(instant)", "user": {"username": "u\#(index)"}, "rawContent": "t"}"#
        }.joined(separator: "\n")
    }

    private func load(_ instants: [String], _ window: ReportWindow) throws -> LoadResult {
        let files = try StoreTestFiles()
        defer { files.remove() }
        return try TweetLoader.load([try files.write("day.jsonl", Self.day(instants))], window: window)
    }

    @Test func plusEightDayStartsAtSixteenUTCTheDayBefore() throws {
        let window = ReportWindow(day: try #require(LocalDate("2026-01-24")), utcOffsetSeconds: 8 * 3600)
        let result = try load([
            "2026-01-23T15:59:59+00:00",  // 23:59:59 on the 23rd at +08:00: out
            "2026-01-23T16:00:00+00:00",  // 00:00 on the 24th at +08:00: in
            "2026-01-24T15:59:59+00:00",  // 23:59:59 on the 24th: in
            "2026-01-24T16:00:00+00:00",  // 00:00 on the 25th: out
        ], window)
        #expect(result.tweets.map(\.id) == ["2", "3"])
        #expect(result.report.outsideWindow == 2)
        #expect(result.report.window == window)
    }

    @Test func minusFiveDayStartsAtFiveUTC() throws {
        let window = ReportWindow(day: try #require(LocalDate("2026-01-24")), utcOffsetSeconds: -5 * 3600)
        let result = try load([
            "2026-01-23T16:00:00+00:00", "2026-01-24T04:59:59+00:00", "2026-01-24T05:00:00+00:00",
            "2026-01-25T04:59:59+00:00", "2026-01-25T05:00:00+00:00",
        ], window)
        #expect(result.tweets.map(\.id) == ["3", "4"])
        #expect(result.report.outsideWindow == 3)
    }

    @Test func rangeCoversEveryDayFromFirstToLast() throws {
        let window = ReportWindow(start: try #require(LocalDate("2026-01-22")), end: try #require(LocalDate("2026-01-24")))
        let result = try load([
            "2026-01-21T15:59:59Z", "2026-01-21T16:00:00Z", "2026-01-22T12:00:00Z", "2026-01-23T12:00:00Z",
            "2026-01-24T15:59:59Z", "2026-01-24T16:00:00Z",
        ], window)
        #expect(result.tweets.map(\.id) == ["2", "3", "4", "5"])
        #expect(window.slug == "twitter_ai_20260122_20260124")
    }

    @Test func withoutAWindowEverythingIsKept() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        let path = try files.write("day.jsonl", Self.day(["2018-10-10T20:19:24Z", "2026-01-24T00:00:00Z"]))
        let result = try TweetLoader.load([path], window: nil)
        #expect(result.report.kept == 2)
        #expect(result.report.outsideWindow == 0)
        #expect(result.report.span == LoadReport.Span(first: Date(timeIntervalSince1970: 1_539_202_764), last: Date(timeIntervalSince1970: 1_769_212_800)))
    }
}
