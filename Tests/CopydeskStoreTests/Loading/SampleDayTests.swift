import CopydeskCore
import CopydeskStore
import Foundation
import Testing
import TestSupport

/// The bundled sample day, in X API v2 shape and as twscrape JSONL, reads to the same tweets.
@Suite struct SampleDayTests {
    static let folder = Fixtures.seeds.appendingPathComponent("sample-day")
    static let window = ReportWindow(day: LocalDate("2026-01-24")!)

    private func load(_ name: String) throws -> LoadResult {
        try TweetLoader.load([Self.folder.appendingPathComponent(name).path], window: Self.window)
    }

    @Test func bothShapesLoadToTheSameTweets() throws {
        let xAPI = try load("2026-01-24.x-api.json")
        let twscrape = try load("2026-01-24.twscrape.jsonl")
        #expect(xAPI.tweets.count >= 300)
        #expect(xAPI.tweets.map(\.id) == twscrape.tweets.map(\.id))
        #expect(xAPI.report.skippedTotal == 0 && twscrape.report.skippedTotal == 0)
        // Everything but where each was read from agrees, and the text of the tweet a reply answers:
        // the X API includes it, twscrape nests only retweeted and quoted tweets.
        #expect(xAPI.tweets.contains { $0.kind == .reply && $0.referencedText != nil })
        #expect(twscrape.tweets.contains { $0.kind == .quote && $0.referencedText != nil })
        for (a, b) in zip(xAPI.tweets, twscrape.tweets) {
            var b = b
            b.source = a.source
            if b.kind == .reply { b.referencedText = a.referencedText }
            #expect(a == b)
        }
    }

    @Test func theFolderOfPagesMatchesTheSingleResponse() throws {
        let pages = try load("x-api-pages")
        let single = try load("2026-01-24.x-api.json")
        #expect(pages.inputs.count > 1)
        #expect(pages.tweets.map(\.id) == single.tweets.map(\.id))
        #expect(pages.report.authors == single.report.authors)
    }
}
