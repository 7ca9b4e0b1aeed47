/// Extractive headlines: one clean sentence from a tweet, its names intact.
///
/// Removes what is not the news: `RT @x:` prefixes, links, leading reply mentions, boilerplate
/// (`BREAKING:`, `JUST IN:`, 🚨, 🧵, `1/`), a tail of hashtags, and `#` before in-sentence tags.
import Foundation

enum StoryHeadline {
    /// Headlines are cut at this many characters (at a word boundary where one is near).
    static let maxLength = 160

    static func extract(from text: String) -> String {
        // Text whose characters are single scalars (most tweets) is read as bytes, to the same headline.
        if singleScalarCharacters(text), let headline = text.utf8.withContiguousStorageIfAvailable(byteExtract) { return headline }
        return characterExtract(text)
    }

    /// `extract` over characters: the reference, for any text.
    static func characterExtract(_ text: String) -> String {
        let cleaned = clean(text)
        let sentences = split(cleaned)
        var headline = ""
        for sentence in sentences {
            let joiner = headline.isEmpty || "。！？".contains(headline.last!) ? "" : " "
            headline += joiner + sentence
            if width(headline) >= 24 { break }
        }
        if headline.isEmpty { headline = cleaned.split(separator: "\n").joined(separator: " ") }
        return truncate(headline)
    }

    /// The text without links, retweet prefixes, reply mentions, boilerplate and trailing tags.
    static func clean(_ text: String) -> String {
        // Line breaks end sentences: keep them as a word of their own until the end.
        var words = words(text)
        // Leading line breaks go first, so prefixes below see the first real word.
        while words.first == "\n" { words.removeFirst() }
        // Retweet prefix and leading reply mentions.
        if words.first == "RT" { words.removeFirst() }
        while let first = words.first, first.hasPrefix("@") { words.removeFirst() }
        words.removeAll { $0.hasPrefix("http://") || $0.hasPrefix("https://") || $0.hasPrefix("pic.twitter.com/") }
        // Boilerplate openers.
        while let first = words.first, isBoilerplate(first) || first == "\n" { words.removeFirst() }
        if words.count >= 2, ["just", "breaking"].contains(words[0].lowercased()), words[1].lowercased().hasPrefix("in") && words[1].hasSuffix(":") {
            words.removeFirst(2)
        }
        // A tail of hashtags, mentions and emoji.
        while let last = words.last, isTag(last) || last.hasPrefix("@") || isSymbolOnly(last) { words.removeLast() }
        words = words.filter { $0 == "\n" || !isSymbolOnly($0) || $0.count > 3 }
        // `#OpenAI` inside a sentence reads as `OpenAI`; `#1` is a rank, no tag.
        words = words.map { isTag($0) ? String($0.dropFirst()) : $0 }
        var result = ""
        for word in words {
            if word == "\n" {
                if !result.isEmpty && result.last != "\n" { result.append("\n") }
            } else {
                if !result.isEmpty && result.last != "\n" { result.append(" ") }
                result += word
            }
        }
        return result
    }

    /// The words of `text`, with `\n` as a word of its own between lines.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        if singleScalarCharacters(text) {
            // Same split on UTF-8 bytes (native strings are contiguous), cheaper still.
            if let split = text.utf8.withContiguousStorageIfAvailable(byteWords) { return split }
            return scalarWords(text)
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !words.isEmpty { words.append("\n") }
            for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{3000}" }) {
                words.append(String(word))
            }
        }
        return words
    }

    /// `words` split on bytes (`byteWordRanges`), for text whose characters are single scalars.
    static func byteWords(_ b: UnsafeBufferPointer<UInt8>) -> [String] {
        byteWordRanges(b).map { $0.map { String(decoding: UnsafeBufferPointer(rebasing: b[$0]), as: UTF8.self) } ?? "\n" }
    }

    /// `words` split on scalars, for text whose characters are single scalars.
    static func scalarWords(_ text: String) -> [String] {
        var words: [String] = []
        for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            if !words.isEmpty { words.append("\n") }
            for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{3000}" }) {
                words.append(String(Substring(word)))
            }
        }
        return words
    }

    /// Whether every character of `text` is one scalar, judged conservatively: ASCII but `\r`, and
    /// ranges holding no combining, joining, prepended or paired scalars (accented Latin letters,
    /// CJK, full-width forms, punctuation, arrows, common emoji and the symbols and dingbats of
    /// `☕`, `✨` and `✅`, which alone sent a tenth of a big day's headlines down the character
    /// path). Then splitting on scalars equals splitting on characters.
    static func singleScalarCharacters(_ text: String) -> Bool {
        // A native string's bytes are read in place, ASCII a byte at a time (walking the scalars
        // cost 20 instructions each).
        if let single = text.utf8.withContiguousStorageIfAvailable({ b -> Bool in
            var k = 0
            while k < b.count {
                let c = b[k]
                if c < 0x80 {
                    if c == 0x0D { return false }
                    k += 1
                    continue
                }
                let (value, length) = TweetScanner.decode(b, k)
                guard isSingleScalarCharacter(value) else { return false }
                k += length
            }
            return true
        }) {
            return single
        }
        return text.unicodeScalars.allSatisfy { isSingleScalarCharacter($0.value) }
    }

    /// Whether a scalar is a character of its own wherever it stands (see `singleScalarCharacters`).
    @inline(__always)
    private static func isSingleScalarCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x0C, 0x0E...0x7F, 0xA0...0xAC, 0xAE...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2600...0x27BF,
             0x3000...0x3029, 0x3030...0x3098,
             0x309B...0x9FFF, 0xFF00...0xFF9D, 0x1F300...0x1F3FA, 0x1F400...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF:
            return true
        default:
            return false
        }
    }

    /// Openers that are not the news (a set made once: a literal array was built on every call).
    private static let boilerplate: Set<String> = [
        "breaking:", "breaking", "new:", "update:", "thread:", "thread", "🧵", "🚨", "📢", "⚡️", "🔥", "👇", "1/", "(1/n)", "1/n",
    ]

    static func isBoilerplate(_ word: String) -> Bool {
        let w = word.lowercased()
        if boilerplate.contains(w) { return true }
        if w.hasSuffix("/") && w.dropLast().allSatisfy(\.isNumber) { return true }
        return isSymbolOnly(word)
    }

    /// A hashtag: `#` and a word that does not start with a digit (`#OpenAI`; `#1` and `#3` are ranks).
    static func isTag(_ word: String) -> Bool {
        guard word.hasPrefix("#"), let second = word.dropFirst().first else { return false }
        return !second.isASCII || !second.isNumber
    }

    /// Emoji, arrows, bullets: no letters or digits.
    private static func isSymbolOnly(_ word: String) -> Bool {
        // Fast path: an ASCII letter or digit settles it without Unicode properties.
        if word.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || ($0 >= 0x30 && $0 <= 0x39) }) { return false }
        return !word.unicodeScalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    /// Sentences: ends at `.!?` before a space, and at `。！？` or a line break.
    static func split(_ text: String) -> [String] {
        // Each sentence is a contiguous run of scalars (separators excluded): slice, don't append.
        var sentences: [String] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var previous: Unicode.Scalar = " "
        func flush(_ end: String.UnicodeScalarView.Index) {
            var sentence = String(scalars[start..<end])
            while sentence.first == " " { sentence.removeFirst() }
            while sentence.last == " " { sentence.removeLast() }
            if !sentence.isEmpty { sentences.append(sentence) }
        }
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let scalar = scalars[i]
            let next = scalars.index(after: i)
            switch scalar {
            case "\n":
                flush(i)
                start = next
            case "。", "！", "？":
                flush(next)
                start = next
            case " " where (previous == "." || previous == "!" || previous == "?") && !endsWithAbbreviation(scalars[start..<i]):
                flush(i)
                start = next
            default:
                break
            }
            previous = scalar
            i = next
        }
        flush(scalars.endIndex)
        return sentences
    }

    /// `vs.` and `e.g.` do not end a sentence.
    private static func endsWithAbbreviation(_ scalars: Substring.UnicodeScalarView) -> Bool {
        let tail = String(String.UnicodeScalarView(scalars.suffix(4)))
        return tail.hasSuffix("vs.") || tail.hasSuffix("e.g.")
    }

    /// Display width: Han characters count two.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (TweetScanner.isHan($1.value) ? 2 : 1) }
    }

    private static func truncate(_ text: String) -> String {
        guard text.count > maxLength else { return text }
        let prefix = String(text.prefix(maxLength))
        if let space = prefix.lastIndex(of: " "), prefix.distance(from: prefix.startIndex, to: space) > maxLength * 2 / 3 {
            return String(prefix[..<space]) + "…"
        }
        return prefix + "…"
    }
}
