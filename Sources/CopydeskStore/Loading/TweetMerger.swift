import CopydeskCore
import Foundation

/// Merges parsed inputs: one copy per id (the first read), the window applied, sorted, and counted.
enum TweetMerger {
    static func merge(_ parsed: consuming [ParsedInput], window: ReportWindow?, inputs: [InputFile], warnings: [LoadWarning]) -> LoadResult {
        var parsed = parsed
        var report = LoadReport(window: window, inputs: inputs)
        report.warnings = warnings
        // All tweets in read order, moved (not copied) into one array.
        var arrays: [[Tweet]] = []
        for i in parsed.indices {
            report.read += parsed[i].read
            report.repairedUTF8 += parsed[i].repairedUTF8
            report.warnings += parsed[i].warnings
            for (reason, count) in parsed[i].skipped { report.skipped[reason.rawValue, default: 0] += count }
            arrays.append([])
            swap(&arrays[arrays.count - 1], &parsed[i].tweets)
        }
        var all = [Tweet].joining(moving: &arrays)
        // Sort keys on all cores: reading each id's digits is a cache miss per tweet.
        let parts = [Tweet].parts(all.count)
        let keys = all.withUnsafeBufferPointer { tweets in
            Parallel.map(parts) { part in
                (tweets.count * part / parts ..< tweets.count * (part + 1) / parts).map { SortKey(tweets.baseAddress! + $0, index: $0) }
            }
        }
        var seen = TweetIDSet(capacity: all.count)
        var kept: [SortKey] = []
        kept.reserveCapacity(all.count)
        for key in keys.joined() {
            guard seen.insert(number: key.idNumber, text: key.id) else {
                report.duplicates += 1
                continue
            }
            if let window, !window.contains(key.time) {
                report.outsideWindow += 1
                continue
            }
            kept.append(key)
        }
        kept.sort()
        let tweets = all.take(kept.map(\.index))
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

    /// A kept tweet's place in `all`, and what it sorts by: creation time, then id (ids are
    /// decimal strings; shorter is smaller).
    private struct SortKey: Comparable {
        var time: Date
        var idLength: Int
        /// The id's value when it is plain decimal: equal-length decimal ids compare as their values.
        var idNumber: UInt64?
        /// The id itself, only when it is not plain decimal.
        var id: String?
        var index: Int

        /// Through a pointer: `tweets[i]` would copy the tweet, retaining and releasing its ten fields.
        init(_ tweet: UnsafePointer<Tweet>, index: Int) {
            time = tweet.pointee.createdAt
            idLength = tweet.pointee.id.utf8.count  // O(1); `count` is not
            idNumber = DecimalID.number(tweet.pointee.id)
            id = idNumber == nil ? tweet.pointee.id : nil
            self.index = index
        }

        static func < (a: SortKey, b: SortKey) -> Bool {
            if a.time != b.time { return a.time < b.time }
            if a.idLength != b.idLength { return a.idLength < b.idLength }
            if let x = a.idNumber, let y = b.idNumber { return x < y }
            return a.text < b.text
        }

        static func == (a: SortKey, b: SortKey) -> Bool { !(a < b) && !(b < a) }

        /// The id as text (only compared when one of two equal-length ids is not plain decimal).
        private var text: String { id ?? idNumber.map { String($0) } ?? "" }
    }
}
