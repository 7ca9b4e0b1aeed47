/// Finds links, hashtags, cashtags and mentions in generated text, with X API offsets.
///
/// Offsets count Unicode scalars (code points), as X API v2 entities do. The generator controls its
/// text, so the rules are simple: a token starts after whitespace (or at the start) and runs over
/// ASCII letters, digits and `_`; a cashtag needs a letter first and at most six characters, so
/// `$5B` is an amount, not a cashtag.
enum SyntheticEntities {
    enum Kind: Sendable { case url, hashtag, cashtag, mention }

    struct Entity: Sendable, Equatable {
        var kind: Kind
        var start: Int
        var end: Int
        /// The tag or handle without its sigil, or the whole URL.
        var value: String
    }

    static func scan(_ text: String) -> [Entity] {
        let scalars = Array(text.unicodeScalars)
        var found: [Entity] = []
        var i = 0
        var previousIsSpace = true
        while i < scalars.count {
            let c = scalars[i]
            if previousIsSpace, let entity = token(at: i, in: scalars) {
                found.append(entity)
                i = entity.end
                previousIsSpace = false
                continue
            }
            previousIsSpace = c.properties.isWhitespace || c == "(" || c == "\u{FF08}"
            i += 1
        }
        return found
    }

    private static func token(at start: Int, in scalars: [Unicode.Scalar]) -> Entity? {
        let sigil = scalars[start]
        if sigil == "h", matches("https://", at: start, in: scalars) {
            var end = start
            while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
            return Entity(kind: .url, start: start, end: end, value: string(scalars[start..<end]))
        }
        let kind: Kind
        switch sigil {
        case "#": kind = .hashtag
        case "$": kind = .cashtag
        case "@": kind = .mention
        default: return nil
        }
        var end = start + 1
        while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
        let length = end - start - 1
        guard length > 0 else { return nil }
        if kind == .cashtag {
            guard length <= 6, scalars[start + 1].properties.isAlphabetic else { return nil }
        }
        if kind == .mention, length > 15 { return nil }
        return Entity(kind: kind, start: start, end: end, value: string(scalars[(start + 1)..<end]))
    }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_")
    }

    private static func matches(_ prefix: String, at start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var i = start
        for p in prefix.unicodeScalars {
            guard i < scalars.count, scalars[i] == p else { return false }
            i += 1
        }
        return true
    }

    private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var out = ""
        out.unicodeScalars.append(contentsOf: slice)
        return out
    }

    /// `zh` when the text has CJK characters, `en` when it has Latin letters, `qme` for emoji only.
    /// Handles, links and tags don't count.
    static func language(of text: String) -> String {
        var latin = false
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            if word.hasPrefix("@") || word.hasPrefix("https://") || word.hasPrefix("#") || word.hasPrefix("$") { continue }
            for c in word.unicodeScalars {
                if (0x4E00...0x9FFF).contains(c.value) || (0x3400...0x4DBF).contains(c.value) { return "zh" }
                if c.isASCII, c.properties.isAlphabetic { latin = true }
            }
        }
        return latin ? "en" : "qme"
    }
}
