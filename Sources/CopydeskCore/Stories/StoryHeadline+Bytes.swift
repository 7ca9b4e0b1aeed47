import Foundation

/// `StoryHeadline.extract` over UTF-8 bytes, for text whose characters are single scalars (see
/// `singleScalarCharacters`): then a character is a scalar, and each rule reads as the general
/// path's, word for word (`StoryHeadlineTests` holds the two together on every kind of text).
/// Words and sentences are byte ranges of one buffer: the general path made a string of each word
/// and each sentence, a quarter of building a 100k-tweet day's stories.
extension StoryHeadline {
    static func byteExtract(_ b: UnsafeBufferPointer<UInt8>) -> String {
        let cleaned = byteClean(b)
        return cleaned.withUnsafeBufferPointer { c -> String in
            var headline: [UInt8] = []
            var width = 0
            for sentence in byteSentences(c) {
                let joined = !headline.isEmpty && !endsSentence(headline)
                if joined { headline.append(0x20) }
                headline.append(contentsOf: UnsafeBufferPointer(rebasing: c[sentence]))
                width += (joined ? 1 : 0) + byteWidth(UnsafeBufferPointer(rebasing: c[sentence]))
                if width >= 24 { break }
            }
            if headline.isEmpty {
                // The lines, blank ones left out, joined by spaces.
                for line in c.split(separator: 0x0A) {
                    if !headline.isEmpty { headline.append(0x20) }
                    headline.append(contentsOf: line)
                }
            }
            return byteTruncate(headline)
        }
    }

    /// The words of `words` as byte ranges, nil for a line break between lines. The separators are
    /// ASCII or U+3000 (`E3 80 80`), and UTF-8 never hides one inside another character.
    static func byteWordRanges(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>?] {
        var words: [Range<Int>?] = []
        // Room for every word at once (a word and its separator take two bytes at least): grown
        // by doubling, a tweet's words were copied four or five times.
        words.reserveCapacity(b.count / 2 + 1)
        var start = 0
        var i = 0
        func flush(_ end: Int) { if end > start { words.append(start..<end) } }
        while i < b.count {
            let c = b[i]
            var width = 0
            if c == 0x0A || c == 0x20 || c == 0x09 || c == 0x0D {
                width = 1
            } else if c == 0xE3 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x80 {
                width = 3
            }
            guard width > 0 else {
                i += 1
                continue
            }
            flush(i)
            // A line break is a word of its own between lines (not before the first word).
            if c == 0x0A && !words.isEmpty { words.append(nil) }
            i += width
            start = i
        }
        flush(b.count)
        return words
    }

    /// `clean` over bytes: the same words removed, in the same order.
    static func byteClean(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let all = byteWordRanges(b)
        func text(_ word: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[word]), as: UTF8.self) }
        func starts(_ word: Range<Int>?, _ prefix: StaticString) -> Bool {
            guard let word, word.count >= prefix.utf8CodeUnitCount else { return false }
            return UnsafeBufferPointer(rebasing: b[word.lowerBound..<word.lowerBound + prefix.utf8CodeUnitCount])
                .elementsEqual(UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
        }
        var lo = 0
        while lo < all.count, all[lo] == nil { lo += 1 }
        if lo < all.count, let first = all[lo], first.count == 2, b[first.lowerBound] == 0x52, b[first.lowerBound + 1] == 0x54 { lo += 1 }  // RT
        while lo < all.count, starts(all[lo], "@") { lo += 1 }
        var words = all[lo...].filter { !starts($0, "http://") && !starts($0, "https://") && !starts($0, "pic.twitter.com/") }
        var first = 0
        while first < words.count, words[first].map({ isBoilerplate(text($0)) }) ?? true { first += 1 }
        if words.count - first >= 2, let opener = words[first], opener.count == 4 || opener.count == 8 {
            let second = words[first + 1].map(text) ?? "\n"
            if ["just", "breaking"].contains(text(opener).lowercased()), second.lowercased().hasPrefix("in") && second.hasSuffix(":") { first += 2 }
        }
        var end = words.count
        // `#1` is a rank, no tag (as `isTag`).
        func isTag(_ word: Range<Int>) -> Bool { starts(word, "#") && word.count > 1 && !TweetScanner.isDigit(b[word.lowerBound + 1]) }
        while end > first, words[end - 1].map({ isTag($0) || starts($0, "@") || byteSymbolOnly(b, $0) }) ?? true { end -= 1 }
        words = Array(words[first..<end])

        var result: [UInt8] = []
        result.reserveCapacity(b.count)
        for word in words {
            guard let word else {
                if !result.isEmpty && result.last != 0x0A { result.append(0x0A) }
                continue
            }
            // Symbols of up to three characters go; `#OpenAI` inside a sentence reads as `OpenAI`.
            if byteSymbolOnly(b, word) && scalarCount(b, word) <= 3 { continue }
            if !result.isEmpty && result.last != 0x0A { result.append(0x20) }
            let from = isTag(word) ? word.lowerBound + 1 : word.lowerBound
            result.append(contentsOf: UnsafeBufferPointer(rebasing: b[from..<word.upperBound]))
        }
        return result
    }

    /// `isSymbolOnly` over a word's bytes: no ASCII letter or digit, and no alphabetic scalar.
    private static func byteSymbolOnly(_ b: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        var k = word.lowerBound
        var ascii = true
        while k < word.upperBound {
            let c = b[k]
            if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39) { return false }
            if c >= 0x80 { ascii = false }
            k += 1
        }
        if ascii { return true }
        let bytes = UnsafeBufferPointer(rebasing: b[word])
        k = 0
        while k < bytes.count {
            let (value, length) = TweetScanner.decode(bytes, k)
            if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic { return false }
            k += length
        }
        return true
    }

    /// Characters (here: scalars) in a word: its bytes that start one.
    private static func scalarCount(_ b: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int {
        var count = 0
        for k in word where b[k] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// `split` over bytes: each sentence's range, without its surrounding spaces.
    static func byteSentences(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var previous: UInt8 = 0x20
        func flush(_ end: Int) {
            var s = start, e = end
            while s < e && b[s] == 0x20 { s += 1 }
            while e > s && b[e - 1] == 0x20 { e -= 1 }
            if e > s { sentences.append(s..<e) }
        }
        var i = 0
        while i < b.count {
            let c = b[i]
            let length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
            let next = min(b.count, i + length)
            if c == 0x0A {
                flush(i)
                start = next
            } else if length == 3 && next <= b.count && isSentenceMark(b[i], b[i + 1], b[i + 2]) {
                flush(next)
                start = next
            } else if c == 0x20 && (previous == 0x2E || previous == 0x21 || previous == 0x3F) && !endsWithAbbreviation(b, start..<i) {
                flush(i)
                start = next
            }
            previous = length == 1 ? c : 0
            i = next
        }
        flush(b.count)
        return sentences
    }

    /// 。！？ (E3 80 82, EF BC 81, EF BC 9F).
    private static func isSentenceMark(_ x: UInt8, _ y: UInt8, _ z: UInt8) -> Bool {
        (x == 0xE3 && y == 0x80 && z == 0x82) || (x == 0xEF && y == 0xBC && (z == 0x81 || z == 0x9F))
    }

    private static func endsSentence(_ text: [UInt8]) -> Bool {
        text.count >= 3 && isSentenceMark(text[text.count - 3], text[text.count - 2], text[text.count - 1])
    }

    /// `vs.` and `e.g.` end the run: no sentence ends there.
    private static func endsWithAbbreviation(_ b: UnsafeBufferPointer<UInt8>, _ run: Range<Int>) -> Bool {
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard run.count >= n else { return false }
            return UnsafeBufferPointer(rebasing: b[run.upperBound - n..<run.upperBound]).elementsEqual(UnsafeBufferPointer(start: suffix.utf8Start, count: n))
        }
        return ends("vs.") || ends("e.g.")
    }

    /// `width` over bytes: Han characters count two.
    private static func byteWidth(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var width = 0
        var k = 0
        while k < b.count {
            let (value, length) = TweetScanner.decode(b, k)
            width += TweetScanner.isHan(value) ? 2 : 1
            k += length
        }
        return width
    }

    /// `truncate` over bytes (a character is a scalar here).
    private static func byteTruncate(_ text: [UInt8]) -> String {
        // Fewer bytes than the limit is fewer characters too.
        guard text.count > maxLength else { return String(decoding: text, as: UTF8.self) }
        var starts: [Int] = []
        for k in text.indices where text[k] & 0xC0 != 0x80 {
            starts.append(k)
            if starts.count > maxLength { break }
        }
        guard starts.count > maxLength else { return String(decoding: text, as: UTF8.self) }
        let prefixEnd = starts[maxLength]
        // The last space within the prefix, if it leaves more than two thirds of it.
        if let space = text[..<prefixEnd].lastIndex(of: 0x20), let characters = starts.firstIndex(of: space), characters > maxLength * 2 / 3 {
            return String(decoding: text[..<space], as: UTF8.self) + "…"
        }
        return String(decoding: text[..<prefixEnd], as: UTF8.self) + "…"
    }
}
