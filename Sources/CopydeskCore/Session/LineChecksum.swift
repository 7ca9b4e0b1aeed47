import Foundation

/// A session log line's checksum: `{…,"sum":"<16 hex>"}`, the first 8 bytes of the SHA-256 of the
/// line written without it (`{…}`).
///
/// A character changed inside a record (a hand edit, a bad disk) no longer replays silently to a
/// different post: the line no longer matches its sum. The sum is the last member, after the sorted
/// keys, and covers the bytes as written (never a re-encoding), so any copydesk checks it the same way;
/// readers that do not know it ignore an unknown key. Logs written before it have no sums and still read.
enum LineChecksum {
    /// What a line's checksum says.
    enum Seal: Equatable {
        /// The line has no checksum (written before checksums).
        case absent
        case valid
        case mismatch
    }

    private static let opening = Array(#","sum":""#.utf8)
    private static let hexCount = 16
    /// `,"sum":"` + 16 hex digits + `"}`.
    private static let suffixCount = opening.count + hexCount + 2

    /// `body` (one JSON object, without its newline) with its checksum added as the last member.
    static func seal(_ body: Data) -> Data {
        var line = body.dropLast()  // the closing brace
        line.append(contentsOf: opening)
        line.append(contentsOf: Array(sum(of: body).utf8))
        line.append(contentsOf: Array(#""}"#.utf8))
        return Data(line)
    }

    /// Whether `line` (without its newline) carries a checksum, and whether it matches.
    static func check(_ line: Data) -> Seal {
        let bytes = [UInt8](line)
        guard bytes.count > suffixCount, bytes.suffix(2) == [UInt8(ascii: "\""), UInt8(ascii: "}")] else { return .absent }
        let start = bytes.count - suffixCount
        guard Array(bytes[start..<start + opening.count]) == opening else { return .absent }
        let written = String(decoding: bytes[(start + opening.count)..<(bytes.count - 2)], as: UTF8.self)
        let body = Data(bytes[..<start] + [UInt8(ascii: "}")])
        return written == sum(of: body) ? .valid : .mismatch
    }

    private static func sum(of body: Data) -> String {
        SHA256.hexString(Array(SHA256.hash(body).prefix(hexCount / 2)))
    }
}
