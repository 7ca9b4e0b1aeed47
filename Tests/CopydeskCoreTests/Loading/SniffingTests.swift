@testable import CopydeskCore
import Foundation
import Testing

/// Deciding what a file is reads a bounded prefix (issue 16 items 6 and 7).
@Suite struct SniffingTests {
    /// A 32 MB line of something that is not an export took seconds and a gigabyte before its refusal.
    @Test func aHugeUnrecognisedLineIsRefusedAtOnce() {
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: 32 << 20)
        let start = ContinuousClock.now
        let error = loadError(line, file: "big.txt")
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(error?.location == SourceLocation(file: "big.txt", line: 1))
        #expect(error?.problem == .unrecognisedFormat(start: "\"" + String(repeating: "a", count: 40) + "\""))
    }

    @Test func aLongHeaderLineIsStillRead() throws {
        let header = "id,date,user,text," + (0..<8000).map { "extra\($0)" }.joined(separator: ",")
        let row = "1,2026-01-24T03:12:00Z,amy,hello," + String(repeating: ",", count: 7999)
        let parsed = try parseExport(header + "\n" + row + "\n", file: "wide.csv")
        #expect(header.utf8.count > TweetParser.maxHeaderBytes)
        #expect(parsed.tweets.map(\.id) == ["1"])
    }

    @Test(arguments: [("LE", true), ("BE", false)])
    func utf16WithoutAByteOrderMarkIsNamed(order: String, littleEndian: Bool) {
        let text = "id,date,user,text\n1,2026-01-24T03:12:00Z,amy,你好\n"
        let bytes = text.utf16.flatMap { unit -> [UInt8] in
            littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        #expect(loadError(bytes, file: "u.csv")?.problem
            == .binary(kind: "UTF-16\(order) text without a byte-order mark; convert it to UTF-8 (iconv -f UTF-16\(order) -t UTF-8)"))
    }
}
