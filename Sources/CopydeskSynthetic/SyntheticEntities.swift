import CopydeskCore

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

    /// The entities of `text`, in order.
    ///
    /// Works on UTF-8 bytes and counts code points as it goes: Unicode property look-ups and
    /// scalar arrays dominated the generator's time.
    static func scan(_ text: String) -> [Entity] {
        var found: [Entity] = []
        text.utf8.withContiguousStorageIfAvailable { bytes in
            scan(bytes, into: &found)
        } ?? {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { scan($0, into: &found) }
        }()
        return found
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into found: inout [Entity]) {
        var i = 0
        var scalar = 0
        var previousIsSpace = true
        while i < bytes.count {
            let byte = bytes[i]
            if previousIsSpace, let (entity, length) = token(at: i, scalar: scalar, in: bytes) {
                found.append(entity)
                i += length
                scalar = entity.end
                previousIsSpace = false
                continue
            }
            // Whitespace, "(", and the full-width space and parenthesis (E3 80 80, EF BC 88).
            previousIsSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x28
                || (byte == 0xE3 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80)
                || (byte == 0xEF && i + 2 < bytes.count && bytes[i + 1] == 0xBC && bytes[i + 2] == 0x88)
            if byte & 0xC0 != 0x80 { scalar += 1 }
            i += 1
            // A multi-byte scalar: skip its continuation bytes without counting them.
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 {
                i += 1
            }
        }
    }

    /// The entity starting at byte `start` (code point `scalar`), and its length in bytes.
    private static func token(at start: Int, scalar: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Entity, Int)? {
        let sigil = bytes[start]
        if sigil == UInt8(ascii: "h"), matches("https://", at: start, in: bytes) {
            var end = start
            var scalars = 0
            while end < bytes.count, !isSpace(bytes[end]) {
                if bytes[end] & 0xC0 != 0x80 { scalars += 1 }
                end += 1
            }
            let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            return (Entity(kind: .url, start: scalar, end: scalar + scalars, value: value), end - start)
        }
        let kind: Kind
        switch sigil {
        case UInt8(ascii: "#"): kind = .hashtag
        case UInt8(ascii: "$"): kind = .cashtag
        case UInt8(ascii: "@"): kind = .mention
        default: return nil
        }
        var end = start + 1
        while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
        let length = end - start - 1
        guard length > 0 else { return nil }
        if kind == .cashtag {
            guard length <= 6, isLetter(bytes[start + 1]) else { return nil }
        }
        if kind == .mention, length > 15 { return nil }
        let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self)
        // Tokens are ASCII, so bytes and code points agree.
        return (Entity(kind: kind, start: scalar, end: scalar + end - start, value: value), end - start)
    }

    private static func isWordByte(_ c: UInt8) -> Bool {
        isLetter(c) || (0x30...0x39).contains(c) || c == 0x5F
    }

    private static func isLetter(_ c: UInt8) -> Bool {
        (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c)
    }

    private static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D
    }

    private static func matches(_ prefix: StaticString, at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        prefix.withUTF8Buffer { pattern in
            start + pattern.count <= bytes.count && bytes[start..<(start + pattern.count)].elementsEqual(pattern)
        }
    }

    /// `zh` when the text has CJK characters, `en` when it has Latin letters, `qme` for emoji only.
    /// Handles, links and tags don't count.
    static func language(of text: String) -> String {
        var latin = false
        var skipping = false
        var atWordStart = true
        var utf8 = text.utf8[...]
        while let byte = utf8.first {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                atWordStart = true
                skipping = false
                utf8 = utf8.dropFirst()
                continue
            }
            if atWordStart {
                atWordStart = false
                skipping = byte == UInt8(ascii: "@") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "$")
                    || utf8.starts(with: "https://".utf8)
            }
            if !skipping {
                // UTF-8 lead bytes E4–E9 start U+4000–U+9FFF: CJK ideographs.
                if (0xE4...0xE9).contains(byte) { return "zh" }
                if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { latin = true }
            }
            utf8 = utf8.dropFirst()
        }
        return latin ? "en" : "qme"
    }

    /// Whether `text` contains `needle`, comparing UTF-8 bytes (no Foundation).
    static func contains(_ text: String, _ needle: String) -> Bool {
        let bytes = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, bytes.count >= pattern.count else { return false }
        var i = 0
        while i + pattern.count <= bytes.count {
            if bytes[i] == first, bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return true }
            i += 1
        }
        return false
    }
}
