import Foundation

/// What the learned classifier reads from a story: the lexicon's verdict and how the story is told.
///
/// The lexicon's score for each category (as a share of its evidence) carries what the words say;
/// the rest carries what words cannot: a viewpoint is one voice saying "I think" without a link, a
/// launch links a page and names a version, a market story has cashtags and percentages. Each
/// value is in 0...1, so the weights of a trained model read as they stand.
enum CategoryFeatures {
    /// The features' names, as the model file lists them.
    static let names: [String] = Category.allCases.map { "lexicon:" + $0.rawValue } + [
        "lexicon:none", "first-person", "links", "versioned-name", "cashtag", "percentage", "question",
        "authors", "quotes", "chinese", "bias",
    ]

    /// The story's features. `scores` are the lexicon's category scores; the tellings are its
    /// originals and quotes that are not noise (at most 16 read).
    static func of(_ members: [Int], tweets: [Tweet], profiles: [TweetProfile?], noise: [NoiseKind?], scores: [Double]) -> [Double] {
        let total = scores.reduce(0, +)
        var x = scores.map { $0 / (1 + total) }
        x.append(total == 0 ? 1 : 0)
        var tellings = 0.0, firstPerson = 0.0, links = 0.0, versioned = 0.0, cashtags = 0.0, percents = 0.0
        var questions = 0.0, quotes = 0.0, chinese = 0.0
        // At most 16: a scan, not a hashed set.
        var authors = SmallTally<String>()
        for i in members where noise[i] == nil && (tweets[i].kind == .original || tweets[i].kind == .quote) {
            // Field by field: binding the whole profile would retain each of its arrays.
            guard tellings < 16, profiles[i] != nil else { continue }
            tellings += 1
            authors.increment(tweets[i].author.handle.lowercasedUnlessLower)
            if profiles[i]!.speaks { firstPerson += 1 }
            if profiles[i]!.linksPage { links += 1 }
            if !profiles[i]!.entities.isEmpty { versioned += 1 }
            if !profiles[i]!.cashtags.isEmpty { cashtags += 1 }
            if !profiles[i]!.percentages.isEmpty { percents += 1 }
            if profiles[i]!.asks { questions += 1 }
            if tweets[i].kind == .quote { quotes += 1 }
            if profiles[i]!.anchors != nil { chinese += 1 }
        }
        let n = max(1, tellings)
        x += [firstPerson / n, links / n, versioned / n, cashtags / n, percents / n, questions / n,
              min(1, log2(1 + Double(authors.count)) / 5), quotes / n, chinese / n, 1]
        return x
    }

    /// Whether the text speaks in the first person singular, and whether it asks a question, in
    /// one pass over its bytes (no lower-cased copy: every story of a 100k-tweet day is read).
    static func voice(_ text: String) -> (speaks: Bool, asks: Bool) {
        var speaks = false, asks = false
        var text = text
        // Each ASCII byte's class from a table (a letter, an apostrophe, anything else), read once,
        // instead of five comparisons a byte: the profiler reads every news tweet's text here.
        let classes = Self.byteClasses
        text.withUTF8 { b in
            var k = 0
            while k < b.count {
                let c = b[k]
                if c >= 0x80 {
                    if c == 0xEF, k + 2 < b.count, b[k + 1] == 0xBC, b[k + 2] == 0x9F { asks = true; k += 3; continue }  // ？
                    if c == 0xE6, k + 2 < b.count, b[k + 1] == 0x88, b[k + 2] == 0x91 { speaks = true; k += 3; continue }  // 我
                    k += 1
                    continue
                }
                guard classes[Int(c)] == 1 else {
                    if c == 63 { asks = true }  // ?
                    k += 1
                    continue
                }
                // A Latin word: `i`, `i'm`, `i've`, `i'd`, `my`, `me` (any case) speak for oneself.
                let start = k
                k += 1
                while k < b.count && classes[Int(b[k])] != 0 { k += 1 }
                let length = k - start
                let first = b[start] | 0x20
                if first == 105 && (length == 1 || (length >= 3 && b[start + 1] == 39)) { speaks = true }  // i, i'…
                if first == 109 && length == 2 && (b[start + 1] | 0x20 == 121 || b[start + 1] | 0x20 == 101) { speaks = true }  // my, me
            }
        }
        return (speaks, asks)
    }

    /// For each byte: 1 for an ASCII letter, 2 for an apostrophe (a word goes on over it), 0 otherwise.
    nonisolated(unsafe) private static let byteClasses: UnsafePointer<UInt8> = {
        let classes = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        classes.initialize(repeating: 0, count: 256)
        for c in 0..<256 where TweetScanner.isLetter(UInt8(c)) { classes[c] = 1 }
        classes[39] = 2
        return UnsafePointer(classes)
    }()

}
