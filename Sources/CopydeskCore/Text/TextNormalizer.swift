/// Maps the look-alike forms tweets use onto plain ones before scanning.
///
/// Full-width ASCII (`ＧＰＴ－５`), the ideographic space, and curly apostrophes are rewritten;
/// everything else is left alone. Text that needs nothing (almost all) is returned as is, without copying.
enum TextNormalizer {
    static func normalize(_ text: String) -> String {
        guard needsWork(text) else { return text }
        // Rewritten on UTF-8 bytes: full-width commas make most Chinese tweets need work, and a
        // scalar-by-scalar rebuild cost more than the rest of profiling. Swift strings are valid
        // UTF-8, so a lead byte is never mistaken for a continuation byte.
        var text = text
        return text.withUTF8 { b in
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                if c == 0xEF && i + 2 < n {
                    let c1 = b[i + 1], c2 = b[i + 2]
                    // U+FF01...FF3F is EF BC 81...BF; U+FF40...FF5E is EF BD 80...9E; minus 0xFEE0.
                    if c1 == 0xBC && c2 >= 0x81 && c2 <= 0xBF { out.append(c2 - 0x60); i += 3; continue }
                    if c1 == 0xBD && c2 >= 0x80 && c2 <= 0x9E { out.append(c2 - 0x20); i += 3; continue }
                } else if c == 0xE3 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80 {
                    out.append(0x20); i += 3; continue
                } else if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0x98 || b[i + 2] == 0x99) {
                    out.append(0x27); i += 3; continue
                } else if c == 0xC2 && i + 1 < n && b[i + 1] == 0xA0 {
                    out.append(0x20); i += 2; continue
                }
                out.append(c)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func needsWork(_ text: String) -> Bool {
        // Native strings are contiguous UTF-8: scan the buffer, not the (slower) view iterator.
        if let found = text.utf8.withContiguousStorageIfAvailable(needsWork) { return found }
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            // U+FF01...FF5E is EF BC 81...EF BD 9E; U+3000 is E3 80 80; U+2018/9 is E2 80 98/99; U+00A0 is C2 A0.
            if beforePrevious == 0xEF && (previous == 0xBC || previous == 0xBD) { return true }
            if beforePrevious == 0xE3 && previous == 0x80 && byte == 0x80 { return true }
            if beforePrevious == 0xE2 && previous == 0x80 && (byte == 0x98 || byte == 0x99) { return true }
            if previous == 0xC2 && byte == 0xA0 { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    private static func needsWork(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // Only lead bytes of the forms above matter; valid UTF-8 has all their continuation bytes.
        let n = b.count
        var i = 0
        while i + 1 < n {
            // Eight ASCII bytes at a time (most text): no lead byte among them.
            if i + 8 <= n, UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let c = b[i]
            if c >= 0xC2 {
                let c1 = b[i + 1]
                if c == 0xC2 && c1 == 0xA0 { return true }
                if i + 2 < n {
                    if c == 0xEF && (c1 == 0xBC || c1 == 0xBD) { return true }
                    if c == 0xE3 && c1 == 0x80 && b[i + 2] == 0x80 { return true }
                    if c == 0xE2 && c1 == 0x80 && (b[i + 2] == 0x98 || b[i + 2] == 0x99) { return true }
                }
            }
            i += 1
        }
        return false
    }
}
