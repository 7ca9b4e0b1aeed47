/// Names a day writes in two scripts: `摇光智能（Yaoguang AI）`, `Yunjing (云镜)`.
///
/// A Chinese-first story names its maker in Chinese (摇光-4) and its English retellings in Latin
/// letters (Yaoguang-4); the name pass reads Latin names only. When a tweet of the day glosses one
/// with the other in brackets, the Chinese name's first two characters (its first character
/// bigram, as profiles hold them) stand for the Latin name's first word in every Chinese tweet.
enum DayAliases {
    /// Each alias: the hash of a Chinese name's first bigram, and the hash of the Latin word it
    /// glosses (as a profile's names hold it). The first gloss of a bigram wins. Only a tweet with
    /// Chinese text (its profile has anchors) can gloss a Chinese name: the others are not read.
    static func find(_ tweets: [Tweet], profiles: [TweetProfile?]) -> [UInt64: UInt64] {
        // Each tweet's glosses, read on every core (a big day's text is megabytes).
        let glosses = Parallel.map(tweets.count, grain: 4096) { i -> [(han: UInt64, latin: UInt64)] in
            guard tweets[i].kind != .retweet, profiles[i]?.anchors != nil else { return [] }
            var found: [(han: UInt64, latin: UInt64)] = []
            var text = tweets[i].text
            text.withUTF8 { b in
                var k = 0
                while k < b.count {
                    defer { k += 1 }
                    // An opening bracket: `(` or `（` (EF BC 88).
                    let open: Int
                    if b[k] == 40 { open = 1 } else if b[k] == 0xEF, k + 2 < b.count, b[k + 1] == 0xBC, b[k + 2] == 0x88 { open = 3 } else { continue }
                    if let gloss = gloss(b, bracket: k, length: open) { found.append(gloss) }
                }
            }
            return found
        }
        var aliases: [UInt64: UInt64] = [:]
        for found in glosses {
            for (han, latin) in found where aliases[han] == nil { aliases[han] = latin }
        }
        return aliases
    }

    /// The alias at the bracket at `k`: Han before it and a Latin word inside, or a Latin word
    /// before it and Han inside.
    private static func gloss(_ b: UnsafeBufferPointer<UInt8>, bracket k: Int, length: Int) -> (UInt64, UInt64)? {
        var before = k
        while before > 0 && b[before - 1] == 32 { before -= 1 }
        var inside = k + length
        while inside < b.count && b[inside] == 32 { inside += 1 }
        if let han = hanBigram(endingAt: before, b), let latin = latinWord(at: inside, b) { return (han, latin) }
        if let han = hanBigram(startingAt: inside, b), let latin = latinWord(endingAt: before, b) { return (han, latin) }
        return nil
    }

    /// The first bigram of the Han run that ends at `end` (at least two characters).
    private static func hanBigram(endingAt end: Int, _ b: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var start = end
        var characters = 0
        while start >= 3 {
            let (scalar, length) = TweetScanner.decode(b, start - 3)
            guard length == 3, TweetScanner.isHan(scalar) else { break }
            start -= 3
            characters += 1
        }
        // A longer run is a phrase that ends in the name (`在持续学习`), not the name.
        return (2...4).contains(characters) ? TextHash.folded(b, start, start + 6) : nil
    }

    /// The first bigram of the Han run that starts at `start` (at least two characters).
    private static func hanBigram(startingAt start: Int, _ b: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard start + 6 <= b.count else { return nil }
        for k in [start, start + 3] {
            let (scalar, length) = TweetScanner.decode(b, k)
            guard length == 3, TweetScanner.isHan(scalar) else { return nil }
        }
        return TextHash.folded(b, start, start + 6)
    }

    /// The capitalised Latin word at `start` (three letters or more, not an acronym), hashed.
    private static func latinWord(at start: Int, _ b: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard capitalised(b, start) else { return nil }
        var end = start
        while end < b.count && TweetScanner.isLetter(b[end]) { end += 1 }
        return end - start >= 3 ? TextHash.folded(b, start, end) : nil
    }

    /// The capitalised Latin word that ends at `end` (the first word of a name of several).
    private static func latinWord(endingAt end: Int, _ b: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var start = end
        while start > 0 && TweetScanner.isLetter(b[start - 1]) { start -= 1 }
        guard end - start >= 3, capitalised(b, start) else { return nil }
        return TextHash.folded(b, start, end)
    }

    /// Whether a capital and a small letter start at `start` (a word, not an acronym).
    private static func capitalised(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        start + 1 < b.count && b[start] >= 65 && b[start] <= 90 && b[start + 1] >= 97 && b[start + 1] <= 122
    }
}
