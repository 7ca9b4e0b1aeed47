import CopydeskCore
import Foundation

/// Merges parsed inputs: one copy per id (the first read), the window applied, sorted, and counted.
enum TweetMerger {
    static func merge(_ parsed: [ParsedInput], window: ReportWindow?, inputs: [InputFile], warnings: [LoadWarning]) -> LoadResult {
        var report = LoadReport(window: window, inputs: inputs)
        report.warnings = warnings
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
            // Ids are decimal strings; shorter is smaller. (`utf8.count` is O(1); `count` is not.)
            if a.id.utf8.count != b.id.utf8.count { return a.id.utf8.count < b.id.utf8.count }
            return a.id < b.id
        }
        report.kept = kept.count
        report.authors = Set(kept.map { $0.author.handle.lowercased() }).count
        if let first = kept.first, let last = kept.last {
            report.span = LoadReport.Span(first: first.createdAt, last: last.createdAt)
        }
        return LoadResult(tweets: kept, report: report, inputs: inputs)
    }
}
