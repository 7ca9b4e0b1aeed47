/// Tweet and user ids as numbers, for hashing: a 64-bit number hashes several times faster than a
/// 19-character string, and a day holds 100k of each.
public enum DecimalID {
    /// The value of a decimal id of 1 to 19 digits without a leading zero (one number, one spelling),
    /// or `nil` for any other id (which callers keep as text).
    public static func number(_ id: String) -> UInt64? {
        let utf8 = id.utf8
        guard (1...19).contains(utf8.count), utf8.first != UInt8(ascii: "0") || utf8.count == 1 else { return nil }
        var value: UInt64 = 0
        for byte in utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
        }
        return value
    }
}
