/// Decoding a JSON string's escapes, once for the tree and the tape.
enum JSONEscapes {
    /// The text of a string whose bytes between the quotes are `range` of `bytes`, already checked
    /// by `JSONScanner`. A surrogate pair of `\u` escapes is joined; a lone surrogate becomes U+FFFD.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(range.count)
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: "\\") else {
                text.append(byte)
                continue
            }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"):
                let high = hex4(bytes, at: index)
                index += 4
                var scalar = Unicode.Scalar(high) ?? "\u{FFFD}"
                if (0xD800...0xDBFF).contains(high) {
                    scalar = "\u{FFFD}"
                    if end - index >= 6, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        let low = hex4(bytes, at: index + 2)
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
                            index += 6
                        }
                    }
                }
                text.append(contentsOf: String(Character(scalar)).utf8)
            default: text.append(escape)  // \" \\ \/
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The value of a hex digit, or `nil`.
    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// Four hex digits the scanner has checked.
    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        (index..<index + 4).reduce(0) { $0 << 4 | (hexValue(bytes[$1]) ?? 0) }
    }
}
