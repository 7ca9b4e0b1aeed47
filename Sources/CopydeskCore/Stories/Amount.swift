/// An amount as every language writes it: `126M`, `126 million` and `1.26亿` are one number, and so
/// are `$2B` and `20亿`, `560B` and `5600亿`, `90M` and `9000万`.
///
/// A Chinese retelling of an English story shares few words with it but the same figures, written
/// in other units. Each amount is reduced to its digits without trailing zeros and a power of ten,
/// in integers (no rounding, the same on every machine), and hashed: the hash is a feature both
/// tellings have.
enum Amount {
    /// The amount's hash when the number at `span` carries a unit (`K`, `M`, `B`, `bn`, `thousand`,
    /// `million`, `billion`, `trillion`, `万`, `亿`, `万亿`); nil for a bare number, a size (`4GB`) or
    /// one of more than 15 digits.
    static func hash(_ b: UnsafeBufferPointer<UInt8>, _ span: TokenSpan) -> UInt64? {
        var digits: UInt64 = 0, count = 0, decimals = 0, seenPoint = false
        var k = span.start
        while k < span.end, TweetScanner.isDigit(b[k]) || (b[k] == 46 && !seenPoint) {
            if b[k] == 46 {
                seenPoint = true
            } else {
                count += 1
                guard count <= 15 else { return nil }
                digits = digits * 10 + UInt64(b[k] - 48)
                if seenPoint { decimals += 1 }
            }
            k += 1
        }
        guard count > 0, let unit = k < span.end ? suffix(b, k, span.end) : following(b, span.end) else { return nil }
        var exponent = unit - decimals
        guard digits > 0 else { return nil }
        while digits % 10 == 0 {
            digits /= 10
            exponent += 1
        }
        return TextHash.combine(tag, TextHash.combine(digits, UInt64(bitPattern: Int64(exponent))))
    }

    private static let tag = TextHash.folded("amount")

    /// The power of ten of a unit written on the number (`126M`, `2bn`, `5k`).
    private static func suffix(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        switch end - start {
        case 1:
            switch b[start] {
            case 75, 107: return 3  // K, k
            case 77: return 6       // M (a lower-case m is minutes or metres)
            case 66: return 9       // B
            default: return nil
            }
        case 2:
            return b[start] | 0x20 == 98 && b[start + 1] == 110 ? 9 : nil  // bn
        default:
            return nil
        }
    }

    /// The power of ten of a unit that follows the number: a word after one space (`126 million`)
    /// or a Chinese unit, with or without a space (`1.26亿`, `20 亿`, `9000万`, `3万亿`).
    private static func following(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int? {
        var k = end
        if k < b.count && b[k] == 32 { k += 1 }
        guard k < b.count else { return nil }
        if b[k] >= 0x80 {
            let (scalar, length) = TweetScanner.decode(b, k)
            switch scalar {
            case 0x4E07:  // 万
                if k + length < b.count, TweetScanner.decode(b, k + length).0 == 0x4EBF { return 12 }  // 万亿
                return 4
            case 0x4EBF: return 8  // 亿
            default: return nil
            }
        }
        guard k > end else { return nil }
        var wordEnd = k
        while wordEnd < b.count && TweetScanner.isLetter(b[wordEnd]) { wordEnd += 1 }
        switch TextHash.folded(b, k, wordEnd) {
        case thousand: return 3
        case million: return 6
        case billion: return 9
        case trillion: return 12
        default: return nil
        }
    }

    private static let thousand = TextHash.folded("thousand")
    private static let million = TextHash.folded("million")
    private static let billion = TextHash.folded("billion")
    private static let trillion = TextHash.folded("trillion")
}
