import Foundation
import Testing
import TestSupport

/// A damaged or newer last record is refused with its file and line, and the log is kept as it is
/// (it used to be cut off as a torn line, even when the session was then refused).
@Suite struct SessionDamageEndToEndTests {
    @Test(arguments: [
        (#"{"events":[{"storyPinned":{"story":"s1"}}],"line":"pin 1","seq":2,"time":"t"}"#, "2026-01-24.jsonl:3: an event this copydesk"),
        (#"{"events":[{"pointAccepted":{"story":"s1"}}],"line":"accept 2","seq":2,"time":"t""#, "2026-01-24.jsonl:3: damaged record"),
    ])
    func aCompleteBadLastRecordIsRefusedAndKept(line: String, message: String) async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try await SessionEndToEndTests.edit(folder, script: "accept 1\n").status == 0)
        let log = SessionEndToEndTests.logPath(folder)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((line + "\n").utf8))
        try handle.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: log))

        let edit = try await SessionEndToEndTests.edit(folder, script: "accept 2\n")
        #expect(edit.status == 65)
        #expect(edit.stderr.contains(message), "\(edit.stderr)")
        #expect(edit.stderr.contains("left as it is"))
        let replay = try await ChildProcess.run(["replay", log, "--out", folder.path], in: folder)
        #expect(replay.status == 65)
        #expect(replay.stderr.contains(message), "\(replay.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("sessions").path)
        #expect(names == ["2026-01-24.jsonl"])
    }

    /// A character changed inside a record's text used to replay silently to a different post.
    @Test func aChangedTextIsRefusedByItsChecksum() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try await SessionEndToEndTests.edit(folder, script: "rewrite overview\n今天的概述，共十条。\n.\n").status == 0)
        let log = SessionEndToEndTests.logPath(folder)
        let text = try String(contentsOfFile: log, encoding: .utf8)
        try text.replacingOccurrences(of: "共十条", with: "共九条").write(toFile: log, atomically: true, encoding: .utf8)
        let replay = try await ChildProcess.run(["replay", log, "--out", folder.path], in: folder)
        #expect(replay.status == 65)
        #expect(replay.stderr.contains("2026-01-24.jsonl:2: damaged record (its text does not match its checksum"), "\(replay.stderr)")
    }
}
