@testable import CopydeskCore
import Foundation
import Testing
import TestSupport

/// Each line of a new log carries a checksum; a changed character is damage at its line, and logs
/// written before checksums still read (issue 16 item 8).
@Suite struct SessionLogChecksumTests {
    typealias F = SessionFixtures

    static func log() throws -> (data: Data, records: [SessionRecord]) {
        var (records, _) = try SessionLogTests.randomSession(seed: 11, count: 4)
        records.append(SessionRecord(seq: 5, time: "t", line: "rewrite overview", events: [.sectionRewritten(section: .overview, text: "今天的概述：GLM-4.7 发布。")]))
        return (SessionLog(header: F.header, records: records).data, records)
    }

    @Test func everyLineCarriesAChecksumThatMatches() throws {
        let (data, records) = try Self.log()
        let lines = data.split(separator: UInt8(ascii: "\n")).map { Data($0) }
        #expect(lines.count == records.count + 1)
        for line in lines { #expect(LineChecksum.check(line) == .valid) }
        #expect(try SessionLog(data: data).records == records)
    }

    @Test func aChangedCharacterIsDamageAtItsLine() throws {
        let (data, records) = try Self.log()
        let text = String(decoding: data, as: UTF8.self)
        // Still valid JSON, still a valid record: only the checksum tells.
        let edited = Data(text.replacingOccurrences(of: "GLM-4.7", with: "GLM-4.8").utf8)
        #expect(throws: SessionLogError.checksumMismatch(line: 6)) { try SessionLog(data: edited) }
        let earlier = Data(text.replacingOccurrences(of: #""seq":2,"#, with: #""seq":2 ,"#).utf8)
        #expect(throws: SessionLogError.checksumMismatch(line: 3)) { try SessionLog(data: earlier) }
        let header = Data(text.replacingOccurrences(of: #""fingerprint":"test""#, with: #""fingerprint":"tesT""#).utf8)
        #expect(throws: SessionLogError.badHeader(reason: "the header does not match its checksum: it was changed after it was written")) {
            try SessionLog(data: header)
        }
        _ = records
    }

    @Test func logsWrittenBeforeChecksumsStillRead() throws {
        let (data, records) = try Self.log()
        let old = unsealed(data)
        #expect(!String(decoding: old, as: UTF8.self).contains(#""sum""#))
        #expect(try SessionLog(data: old).records == records)
        // An old log resumed by this version: its new records carry sums, the old ones need none.
        let resumed = old + SessionLog.line(SessionRecord(seq: 6, time: "t", line: "undo", events: [.undone]))
        #expect(try SessionLog(data: resumed).records.count == 6)
    }

    @Test func aRecordWithoutItsChecksumInANewLogIsDamage() throws {
        let (data, _) = try Self.log()
        let stripped = unsealed(SessionLog.line(SessionRecord(seq: 6, time: "t", line: "undo", events: [.undone])))
        #expect(throws: SessionLogError.checksumMissing(line: 7)) { try SessionLog(data: data + stripped) }
    }
}
