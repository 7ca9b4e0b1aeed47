import CopydeskCore
@testable import CopydeskStore
import Foundation
import Testing

/// The merger keys ids as numbers and sorts keys, not tweets; it must merge exactly as the plain way does.
@Suite struct TweetMergerTests {
    @Test(arguments: 0..<20)
    func mergesAsThePlainWayDoes(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        let perFile = seed == 19 ? 30_000...30_000 : 0...60  // one big case: keys and moves in parts
        // Ids that collide or almost do: leading zeros, non-decimal, 19 and 20 digits, equal lengths.
        let ids = ["7", "07", "007", "70", "abc", "ABC", "1750000000000000001", "1750000000000000002", "9999999999999999999",
                   "18446744073709551616", "12345678901234567890", "x1", "0", "00", "2015122217897118549"]
            + (0..<(seed == 19 ? 40_000 : 40)).map { "\(1_000 + $0 * 37)" }
        let start = Date(timeIntervalSince1970: 1_769_184_000)
        let parsed = (0..<random.within(1...3)).map { file in
            ParsedInput(file: "f\(file)", format: .xAPI, tweets: (0..<random.within(perFile)).map { _ in
                Tweet(id: ids[random.below(ids.count)], author: Tweet.Author(handle: ["Ann", "ann", "BOB", "bob", "cy"][random.below(5)]),
                      createdAt: start.addingTimeInterval(Double(random.below(6)) * 7200), text: "t")
            }, read: 3, skipped: [.badDate: 1], warnings: [LoadWarning(SourceLocation(file: "f\(file)", line: 1), "w")])
        }
        let window = seed % 2 == 0 ? nil : ReportWindow(day: LocalDate(year: 2026, month: 1, day: 24)!, utcOffsetSeconds: 8 * 3600)
        let merged = TweetMerger.merge(parsed, window: window, inputs: [], warnings: [])
        #expect(merged == plainMerge(parsed, window: window))
    }

    /// The merge as first written: a set of id strings, and a sort of whole tweets.
    private func plainMerge(_ parsed: [ParsedInput], window: ReportWindow?) -> LoadResult {
        var report = LoadReport(window: window, inputs: [])
        var seen = Set<String>()
        var kept: [Tweet] = []
        for input in parsed {
            report.read += input.read
            report.repairedUTF8 += input.repairedUTF8
            report.warnings += input.warnings
            for (reason, count) in input.skipped { report.skipped[reason.rawValue, default: 0] += count }
            for tweet in input.tweets {
                guard seen.insert(tweet.id).inserted else {
                    report.duplicates += 1
                    continue
                }
                if let window, !window.contains(tweet.createdAt) {
                    report.outsideWindow += 1
                    continue
                }
                kept.append(tweet)
            }
        }
        kept.sort { a, b in
            if a.createdAt != b.createdAt { return a.createdAt < b.createdAt }
            if a.id.utf8.count != b.id.utf8.count { return a.id.utf8.count < b.id.utf8.count }
            return a.id < b.id
        }
        report.kept = kept.count
        report.authors = Set(kept.map { $0.author.handle.lowercased() }).count
        if let first = kept.first, let last = kept.last {
            report.span = LoadReport.Span(first: first.createdAt, last: last.createdAt)
        }
        return LoadResult(tweets: kept, report: report, inputs: [])
    }
}
