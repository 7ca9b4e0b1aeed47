import Foundation

/// Hashtags, cashtags, mentions and links found in tweet text, for exports that give no entities (CSV).
struct TextEntities: Equatable {
    var hashtags: [String] = []
    var cashtags: [String] = []
    var mentions: [String] = []
    var urls: [String] = []

    init(hashtags: [String] = [], cashtags: [String] = [], mentions: [String] = [], urls: [String] = []) {
        self.hashtags = hashtags
        self.cashtags = cashtags
        self.mentions = mentions
        self.urls = urls
    }

    /// Scans `text` the way X marks entities, closely enough for grouping and counting.
    init(scanning text: String) {
        let chars = Array(text.unicodeScalars)
        var i = 0
        func isWord(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c.properties.numericType != nil || c == "_" }
        func isASCIIWord(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_") }
        while i < chars.count {
            let c = chars[i]
            let boundary = i == 0 || !isWord(chars[i - 1])
            if c == "h" || c == "H", Self.startsURL(chars, at: i) {
                var j = i
                while j < chars.count, !chars[j].properties.isWhitespace { j += 1 }
                var url = String(String.UnicodeScalarView(chars[i..<j]))
                // Trailing punctuation belongs to the sentence, not the link.
                while let last = url.last, ".,;:!?)]}\"'。，！？）".contains(last) { url.removeLast() }
                urls.append(url)
                i = j
                continue
            }
            if boundary, c == "#" || c == "＃" {
                var j = i + 1
                while j < chars.count, isWord(chars[j]) { j += 1 }
                if j > i + 1, chars[i + 1..<j].contains(where: { !("0"..."9").contains($0) }) {
                    hashtags.append(String(String.UnicodeScalarView(chars[i + 1..<j])))
                }
                i = max(j, i + 1)
                continue
            }
            if boundary, c == "$" {
                var j = i + 1
                while j < chars.count, chars[j].isASCII, chars[j].properties.isAlphabetic { j += 1 }
                if (2...7).contains(j - i), j == chars.count || !isASCIIWord(chars[j]) {
                    cashtags.append(String(String.UnicodeScalarView(chars[i + 1..<j])).uppercased())
                }
                i = max(j, i + 1)
                continue
            }
            if boundary, c == "@" {
                var j = i + 1
                while j < chars.count, j - i <= 15, isASCIIWord(chars[j]) { j += 1 }
                if j > i + 1 { mentions.append(String(String.UnicodeScalarView(chars[i + 1..<j]))) }
                i = max(j, i + 1)
                continue
            }
            i += 1
        }
    }
}

extension TextEntities {
    private static let schemes: [[Unicode.Scalar]] = ["http://", "https://"].map { Array($0.unicodeScalars) }

    private static func startsURL(_ chars: [Unicode.Scalar], at i: Int) -> Bool {
        schemes.contains { scheme in
            chars.count - i > scheme.count
                && zip(chars[i..<i + scheme.count], scheme).allSatisfy { a, b in a.properties.lowercaseMapping == String(b) }
        }
    }
}

/// Keeps the first of each value, in order.
func uniqued(_ values: [String]) -> [String] {
    // Most tweets have no entities of a kind, or one: no set needed (the load calls this 4 times a tweet).
    if values.count <= 1 { return values.first?.isEmpty == true ? [] : values }
    var seen = Set<String>()
    return values.filter { !$0.isEmpty && seen.insert($0).inserted }
}

/// Undoes the HTML escaping X applies to tweet text in the API and archives (`&amp;`, `&lt;`, `&gt;`).
///
/// One pass over the UTF-8 bytes: each `&` starts at most one entity and a replacement never forms
/// a new one, so `&amp;lt;` becomes `&lt;` and not `<`.
/// - Complexity: O(n); text without `&` is returned without copying.
func unescapingTweetHTML(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes -> String? in
        guard var next = ByteSearch.first(UInt8(ascii: "&"), in: bytes, 0..<bytes.count) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var copied = 0
        while true {
            let rest = bytes.count - next
            var replacement: UInt8?
            var length = 0
            if rest >= 4, bytes[next + 2] == UInt8(ascii: "t"), bytes[next + 3] == UInt8(ascii: ";") {
                if bytes[next + 1] == UInt8(ascii: "l") { replacement = UInt8(ascii: "<") }
                if bytes[next + 1] == UInt8(ascii: "g") { replacement = UInt8(ascii: ">") }
                length = 4
            } else if rest >= 5, bytes[next + 1] == UInt8(ascii: "a"), bytes[next + 2] == UInt8(ascii: "m"),
                      bytes[next + 3] == UInt8(ascii: "p"), bytes[next + 4] == UInt8(ascii: ";") {
                replacement = UInt8(ascii: "&")
                length = 5
            }
            if let replacement {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<next]))
                out.append(replacement)
                copied = next + length
            }
            guard let found = ByteSearch.first(UInt8(ascii: "&"), in: bytes, (next + 1)..<bytes.count) else { break }
            next = max(found, copied)
        }
        if copied == 0 { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
        return String(decoding: out, as: UTF8.self)
    } ?? text
}
