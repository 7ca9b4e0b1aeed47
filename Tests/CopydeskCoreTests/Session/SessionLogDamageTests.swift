@testable import CopydeskCore
import Foundation
import Testing
import TestSupport

/// Only a last line without its newline is torn; a complete line that cannot be read is damage,
/// wherever it is, and must never be cut off as torn (issue 16 item 1).
@Suite struct SessionLogDamageTests {
    typealias F = SessionFixtures

    static func log(records count: Int, seed: UInt64 = 7) throws -> (whole: Data, last: Data) {
        let (records, _) = try SessionLogTests.randomSession(seed: seed, count: count)
        return (SessionLog(header: F.header, records: records).data, SessionLog.line(records[count - 1]))
    }

    @Test func aCompleteLastLineWithOneDamagedByteIsDamage() throws {
        let (whole, last) = try Self.log(records: 5)
        var damaged = whole
        // A quote in the middle of the last record becomes an `x`: still one newline-ended line.
        let start = whole.count - last.count
        let quote = try #require(damaged[start...].firstIndex(of: UInt8(ascii: ":")))
        damaged[quote] = UInt8(ascii: "x")
        #expect(throws: SessionLogError.checksumMismatch(line: 6)) { try SessionLog(data: damaged) }
        // In a log written before checksums, the same byte is a record that cannot be read.
        var old = unsealed(whole)
        let oldStart = old.count - unsealed(last).count
        old[try #require(old[oldStart...].firstIndex(of: UInt8(ascii: ":")))] = UInt8(ascii: "x")
        #expect(throws: SessionLogError.badRecord(line: 6, reason: "not a JSON object")) { try SessionLog(data: old) }
        // Zeros ending in a newline are damage too; zeros without one are torn.
        let zeros = whole.prefix(start) + Data(repeating: 0, count: 20)
        #expect(throws: SessionLogError.badRecord(line: 6, reason: "not a JSON object")) { try SessionLog(data: zeros + Data("\n".utf8)) }
        #expect(try SessionLog(data: zeros).tornLine == 6)
    }

    @Test func anUnknownEventIsNamedNotTorn() throws {
        let (whole, _) = try Self.log(records: 3)
        let future = LineChecksum.seal(Data(#"{"events":[{"pointAccepted":{"story":"s1"}},{"storyPinned":{"story":"s1"}}],"line":"pin 1","seq":4,"time":"t"}"#.utf8))
        let error = SessionLogError.unknownEvent(line: 5, name: "storyPinned", writtenBy: Copydesk.version)
        #expect(throws: error) { try SessionLog(data: whole + future + Data("\n".utf8)) }
        #expect(error.description.contains("does not know, \"storyPinned\""))
        // Anywhere in the log.
        #expect(throws: SessionLogError.unknownEvent(line: 2, name: "storyPinned", writtenBy: Copydesk.version)) {
            let lines = whole.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let edited = [Data(lines[0]), future.replacingSeq(1)] + lines.dropFirst(2).map { Data($0) }
            return try SessionLog(data: Data(edited.joined(separator: Data("\n".utf8))))
        }
    }

    @Test func blankLinesArePassedOver() throws {
        let (whole, _) = try Self.log(records: 4)
        let expected = try SessionLog(data: whole).records
        for tail in ["\n", "\n\n", "  \n\t\n", "\r\n", "\n  "] {
            let log = try SessionLog(data: whole + Data(tail.utf8))
            #expect(log.records == expected, "tail \(tail.debugDescription)")
            #expect(log.tornLine == nil)
        }
        // A blank line between records, too.
        var lines = whole.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Data($0) }
        lines.insert(Data(), at: 2)
        #expect(try SessionLog(data: Data(lines.joined(separator: Data("\n".utf8)))).records == expected)
    }

    @Test func messagesSayHowToGoOn() {
        let damaged = SessionLogError.badRecord(line: 6, reason: "not a JSON object")
        #expect(damaged.line == 6)
        #expect(damaged.problem.contains("left as it is"))
        #expect(damaged.problem.contains("another --sessions folder"))
    }
}

/// A log as copydesk wrote it before checksums: the same lines without their `"sum"`.
func unsealed(_ data: Data) -> Data {
    let text = String(decoding: data, as: UTF8.self)
    return Data(text.replacingOccurrences(of: #","sum":"[0-9a-f]{16}"\}"#, with: "}", options: .regularExpression).utf8)
}

private extension Data {
    /// This record line with `"seq":4` made `"seq":N`.
    func replacingSeq(_ seq: Int) -> Data {
        LineChecksum.seal(Data(String(decoding: unsealed(self), as: UTF8.self).replacingOccurrences(of: #""seq":4"#, with: "\"seq\":\(seq)").utf8))
    }
}
