import CopydeskCore
import CopydeskStore
import Foundation
import Testing
import TestSupport

/// A log is changed only when the session goes on, only to drop a torn line, and only after a
/// copy of it is written beside it (issue 16 item 1).
@Suite struct SessionLogRepairTests {
    typealias F = SessionFixtures

    static func started(_ folder: URL, lines: [String] = ["accept 1", "reject 2"]) throws -> String {
        let session = try SessionControllerTests.open(folder)
        for line in lines { _ = session.run(line) }
        session.close()
        return session.logPath
    }

    static func append(_ text: String, to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    @Test func aDamagedLastRecordIsRefusedAndTheFileKeptByteForByte() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.started(folder)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let lastStart = bytes.dropLast().lastIndex(of: UInt8(ascii: "\n"))! + 1
        let colon = bytes[lastStart...].firstIndex(of: UInt8(ascii: ":"))!
        bytes[colon] = UInt8(ascii: ";")
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: SessionStoreError.log(path: path, .checksumMismatch(line: 3))) {
            try SessionControllerTests.open(folder)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        let message = SessionStoreError.log(path: path, .checksumMismatch(line: 3)).description
        #expect(message.hasPrefix("\(path):3: damaged record"))
    }

    @Test func anUnknownEventLastIsRefusedAndKept() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.started(folder)
        try Self.append(#"{"events":[{"storyPinned":{"story":"s1"}}],"line":"pin 1","seq":3,"time":"t"}"# + "\n", to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: SessionStoreError.log(path: path, .unknownEvent(line: 4, name: "storyPinned", writtenBy: Copydesk.version))) {
            try SessionControllerTests.open(folder)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// A torn line stays when the session is refused (another window, changed inputs): nothing is cut.
    @Test func aRefusedSessionLeavesItsTornLine() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.started(folder)
        try Self.append(#"{"events":[{"pointAcce"#, to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let otherDay = ReportWindow(day: LocalDate("2026-01-25")!)
        #expect(throws: SessionStoreError.self) { try SessionControllerTests.open(folder, window: otherDay) }
        let changed = [SessionHeader.Input(path: "x.json", sha256: "00", size: 1)]
        #expect(throws: SessionStoreError.self) { try SessionControllerTests.open(folder, inputs: changed) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: SessionLogFile.backupPath(path, tornLine: 4)))
    }

    @Test func aTornLineIsDroppedOnlyAfterABackup() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.started(folder)
        try Self.append(#"{"events":[{"pointAcce"#, to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let session = try SessionControllerTests.open(folder)
        defer { session.close() }
        let backup = SessionLogFile.backupPath(path, tornLine: 4)
        #expect(session.warnings == ["\(path):4: the last line was cut off (the session was killed while writing it); "
            + "dropped it, keeping the log as it was in \(backup)"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: backup)) == before)
        #expect(session.run("accept 5").seq == 3)
        #expect(try SessionLog(data: Data(contentsOf: URL(fileURLWithPath: path))).records.count == 3)
    }

    @Test func trailingBlankLinesResume() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.started(folder)
        try Self.append("\n\n", to: path)
        let session = try SessionControllerTests.open(folder)
        defer { session.close() }
        #expect(session.seq == 2)
        #expect(session.warnings.isEmpty)
        #expect(session.run("accept 5").seq == 3)
        #expect(try SessionLog(data: Data(contentsOf: URL(fileURLWithPath: path))).records.map(\.line) == ["accept 1", "reject 2", "accept 5"])
    }
}
