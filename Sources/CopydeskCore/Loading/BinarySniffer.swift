/// Recognises binary files (images, archives, executables, UTF-16) from their first bytes.
enum BinarySniffer {
    private static let signatures: [(bytes: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        (Array("%PDF".utf8), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive; unzip it first"),
        ([0x1F, 0x8B], "gzip-compressed data; decompress it first"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed data; decompress it first"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data; decompress it first"),
        (Array("BZh".utf8), "bzip2-compressed data; decompress it first"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7z archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        (Array("SQLite format 3".utf8), "an SQLite database"),
        ([0xFF, 0xFE], "UTF-16 text; convert it to UTF-8"),
        ([0xFE, 0xFF], "UTF-16 text; convert it to UTF-8"),
    ]

    /// How many bytes at the start of a file decide: `binaryKind` reads no further.
    static let sniffedBytes = 8192

    /// What kind of binary data `bytes` hold, or `nil` for text.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        for (signature, kind) in signatures where bytes.count >= signature.count && bytes.prefix(signature.count).elementsEqual(signature) {
            return kind
        }
        if bytes.count >= 12, bytes.prefix(4).elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WEBP".utf8) {
            return "a WebP image"
        }
        // Text exports never hold NUL bytes; looking at the start keeps this cheap.
        let start = bytes.prefix(sniffedBytes)
        guard start.contains(0) else { return nil }
        if let order = utf16Order(start) {
            return "UTF-16\(order) text without a byte-order mark; convert it to UTF-8 (iconv -f UTF-16\(order) -t UTF-8)"
        }
        return "it holds NUL bytes"
    }

    /// `LE` or `BE` when `bytes` read as UTF-16 text of mostly ASCII characters: a NUL in every
    /// other byte (the high bytes) and almost none in the others.
    private static func utf16Order(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.count >= 4 else { return nil }
        var zeros = [0, 0]
        for (i, byte) in bytes.enumerated() where byte == 0 { zeros[i % 2] += 1 }
        let pairs = bytes.count / 2
        if zeros[1] * 10 >= pairs * 7, zeros[0] * 20 <= pairs { return "LE" }
        if zeros[0] * 10 >= pairs * 7, zeros[1] * 20 <= pairs { return "BE" }
        return nil
    }
}
