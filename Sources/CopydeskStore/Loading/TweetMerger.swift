import CopydeskCore
import Foundation

/// Merges parsed inputs: one copy per id (the first read), the window applied, sorted, and counted.
enum TweetMerger {
    static func merge(_ parsed: [ParsedInput], window: ReportWindow?, inputs: [InputFile], warnings: [LoadWarning]) -> LoadResult {
        var report = LoadReport(window: window, inputs: inputs)
        report.warnings = warnings
        let total = parsed.reduce(0) { $0 + $1.tweets.count }
        var seen = TweetIDSet(capacity: total)
        // Kept tweets are named by place (input, index) and sort keys; each is copied once, in order, at the end.
        var kept: [SortKey] = []
        kept.reserveCapacity(total)
        for (inputIndex, input) in parsed.enumerated() {
            report.read += input.read
            report.repairedUTF8 += input.repairedUTF8
            report.warnings += input.warnings
            for (reason, count) in input.skipped { report.skipped[reason.rawValue, default: 0] += count }
            for (index, tweet) in input.tweets.enumerated() {
                guard seen.insert(tweet.id) else {
                    report.duplicates += 1
                    continue
                }
                if let window, !window.contains(tweet.createdAt) {
                    report.outsideWindow += 1
                    continue
                }
                kept.append(SortKey(tweet, input: inputIndex, index: index))
            }
        }
        kept.sort()
        let tweets = kept.map { parsed[$0.input].tweets[$0.index] }
        report.kept = tweets.count
        report.authors = distinctAuthors(tweets)
        if let first = tweets.first, let last = tweets.last {
            report.span = LoadReport.Span(first: first.createdAt, last: last.createdAt)
        }
        return LoadResult(tweets: tweets, report: report, inputs: inputs)
    }

    /// Authors by handle, ignoring case. Each distinct spelling is lower-cased once.
    private static func distinctAuthors(_ tweets: [Tweet]) -> Int {
        var spellings = Set<String>(minimumCapacity: tweets.count / 4)
        for tweet in tweets { spellings.insert(tweet.author.handle) }
        return Set(spellings.map { $0.lowercased() }).count
    }

    /// Where a kept tweet is, and what it sorts by: creation time, then id (ids are decimal strings; shorter is smaller).
    private struct SortKey: Comparable {
        var time: Date
        var id: String
        var idLength: Int
        /// The id's value when it is plain decimal: equal-length decimal ids compare as their values.
        var idNumber: UInt64?
        var input: Int
        var index: Int

        init(_ tweet: Tweet, input: Int, index: Int) {
            time = tweet.createdAt
            id = tweet.id
            idLength = tweet.id.utf8.count  // O(1); `count` is not
            idNumber = TweetIDSet.number(tweet.id)
            self.input = input
            self.index = index
        }

        static func < (a: SortKey, b: SortKey) -> Bool {
            if a.time != b.time { return a.time < b.time }
            if a.idLength != b.idLength { return a.idLength < b.idLength }
            if let x = a.idNumber, let y = b.idNumber { return x < y }
            return a.id < b.id
        }

        static func == (a: SortKey, b: SortKey) -> Bool {
            a.time == b.time && a.id == b.id
        }
    }
}
