extension String {
    /// `lowercased()`, or the string itself when it is ASCII without a capital (most handles): then
    /// the two are equal, and no string is made (a big day's stories lowered every member's handle).
    var lowercasedUnlessLower: String {
        let plain = utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 } }
        return plain == true ? self : lowercased()
    }
}
