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
        // The window's bounds worked out once, not for every tweet.
        let bounds = window.map { (lower: $0.lowerBound, upper: $0.upperBound) }
        let kept = all.withUnsafeBufferPointer { tweets in
            // Sort keys on all cores: reading each id's digits is a cache miss per tweet. A key holds
            // no reference (an id that is not plain decimal is read from its tweet), so moving and
            // sorting keys retains nothing.
            let parts = [Tweet].parts(tweets.count)
            let keys = Parallel.map(parts) { part in
                (tweets.count * part / parts ..< tweets.count * (part + 1) / parts).map { i -> SortKey in
                    let time = tweets[i].createdAt
                    return SortKey(tweets.baseAddress! + i, index: i, inWindow: bounds.map { time >= $0.lower && time < $0.upper } ?? true)
                }
            }
            var seen = TweetIDSet(capacity: tweets.count)
            var kept: [SortKey] = []
            kept.reserveCapacity(tweets.count)
            for part in keys {
                for key in part {
                    guard seen.insert(number: key.idNumber, text: key.idNumber == nil ? tweets[key.index].id : nil) else {
                        report.duplicates += 1
                        continue
                    }
                    guard key.inWindow else {
                        report.outsideWindow += 1
                        continue
                    }
                    kept.append(key)
                }
            }
            kept.sort { SortKey.less($0, $1, tweets) }
            return kept
        }
        let tweets = all.take(kept.map(\.index))
        report.kept = tweets.count
        report.authors = distinctAuthors(tweets)
        if let first = tweets.first, let last = tweets.last {
            report.span = LoadReport.Span(first: first.createdAt, last: last.createdAt)
        }
        return LoadResult(tweets: tweets, report: report, inputs: inputs)
    }

    /// Authors by handle, ignoring case. Each distinct spelling is lower-cased once; the tweets'
    /// handles are gathered on every core (a set per part, joined).
    private static func distinctAuthors(_ tweets: [Tweet]) -> Int {
        let parts = [Tweet].parts(tweets.count)
        let spellings = tweets.withUnsafeBufferPointer { tweets in
            Parallel.map(parts) { part -> Set<String> in
                let range = tweets.count * part / parts ..< tweets.count * (part + 1) / parts
                var spellings = Set<String>(minimumCapacity: range.count / 4)
                for i in range { spellings.insert(tweets[i].author.handle) }
                return spellings
            }
        }
        var all = spellings.first ?? []
        for more in spellings.dropFirst() { all.formUnion(more) }
        return Set(all.map { $0.lowercased() }).count
    }

    /// A kept tweet's place in `all`, and what it sorts by: creation time, then id (ids are
    /// decimal strings; shorter is smaller).
    private struct SortKey {
        var time: Date
        var idLength: Int
        /// The id's value when it is plain decimal: equal-length decimal ids compare as their values.
        var idNumber: UInt64?
        var index: Int
        /// Inside the report's window (or there is none).
        var inWindow: Bool

        /// Through a pointer: `tweets[i]` would copy the tweet, retaining and releasing its ten fields.
        init(_ tweet: UnsafePointer<Tweet>, index: Int, inWindow: Bool) {
            time = tweet.pointee.createdAt
            idLength = tweet.pointee.id.utf8.count  // O(1); `count` is not
            idNumber = DecimalID.number(tweet.pointee.id)
            self.index = index
            self.inWindow = inWindow
        }

        /// Whether `a` sorts before `b`; an id that is not plain decimal is read from `tweets`.
        static func less(_ a: SortKey, _ b: SortKey, _ tweets: UnsafeBufferPointer<Tweet>) -> Bool {
            if a.time != b.time { return a.time < b.time }
            if a.idLength != b.idLength { return a.idLength < b.idLength }
            if let x = a.idNumber, let y = b.idNumber { return x < y }
            return tweets[a.index].id < tweets[b.index].id
        }
    }
}
