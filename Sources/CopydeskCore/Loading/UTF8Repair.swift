/// Replaces invalid UTF-8 with U+FFFD, counting the replacements.
enum UTF8Repair {
    /// The bytes, valid UTF-8, and how many invalid sequences were replaced.
    /// - Complexity: O(n); valid input (the usual case) is checked without copying it into a new buffer.
    static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], repairs: Int) {
        if isValid(bytes) { return (bytes, 0) }
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        // Each maximal invalid subsequence became one U+FFFD (EF BF BD); ones already there don't count.
        let repairs = countReplacementCharacters(repaired) - countReplacementCharacters(bytes)
        return (repaired, repairs)
    }

    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(isValid)
    }

    static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        do {
            // Big inputs are checked in parts on all cores, each cut just before a byte that starts a
            // character: the whole is valid exactly when every part is.
            let parts = b.count >= 4 << 20 ? Chunking.automatic.maxParts : 1
            var cuts = [0]
            for part in 1..<max(1, parts) {
                var cut = max(b.count * part / parts, cuts.last!)
                while cut < b.count, b[cut] & 0xC0 == 0x80 { cut += 1 }
                cuts.append(cut)
            }
            cuts.append(b.count)
            return Parallel.map(parts) { isValidPart(UnsafeBufferPointer(rebasing: b[cuts[$0]..<cuts[$0 + 1]])) }.allSatisfy { $0 }
        }
    }

    private static func isValidPart(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        let raw = UnsafeRawBufferPointer(b)
        while i < n {
            // ASCII runs 32 bytes at a time (JSON between texts is long ASCII runs), then eight at a time.
            if n - i >= 32 {
                let words = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
                if words & 0x8080_8080_8080_8080 == 0 {
                    i += 32
                    continue
                }
            }
            if n - i >= 8, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let byte = b[i]
            if byte < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard i + length <= n, (low...high).contains(b[i + 1]) else { return false }
            for k in 2..<max(2, length) where b[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }

    private static func countReplacementCharacters(_ bytes: [UInt8]) -> Int {
        var count = 0
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0xEF, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBD { count += 1; i += 3 } else { i += 1 }
        }
        return count
    }
}

extension UTF8Repair {
    /// The 1-based numbers of the first `limit` lines holding invalid UTF-8 (for the repair's warning).
    static func invalidLines(_ bytes: [UInt8], limit: Int) -> [Int] {
        var lines: [Int] = []
        var line = 1, start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            if !isValid(Array(bytes[start..<i])) {
                lines.append(line)
                if lines.count == limit { break }
            }
            line += 1
            start = i + 1
        }
        return lines
    }
}
