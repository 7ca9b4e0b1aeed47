import CopydeskCore
@testable import CopydeskStore
import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Messages name what the editor asked for and the real reason (issue 16 item 9).
@Suite struct AtomicFileMessagesTests {
    @Test func aFileWhereAFolderBelongsIsNamedAsSuch() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("out").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: FileError(path: file, operation: "use it as a folder (it is a file)", code: ENOTDIR)) {
            try AtomicFile.write(Data("post".utf8), to: file + "/_posts/day.md")
        }
        #expect(throws: FileError(path: file, operation: "use it as a folder (it is a file)", code: ENOTDIR)) {
            try AtomicFile.write(Data("post".utf8), to: file + "/day.md")
        }
    }

    @Test func messagesNameTheTargetNotTheTemporaryFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A name the temporary file's suffix makes too long for the file system.
        let target = folder.appendingPathComponent(String(repeating: "n", count: 250)).path
        do {
            try AtomicFile.write(Data("x".utf8), to: target)
            Issue.record("a 260-character temporary name was accepted")
        } catch {
            #expect(error.path == target)
            #expect(!error.description.contains(".tmp-"))
        }
    }

    @Test func strayTemporariesOfDeadWritersGoOnTheNextWrite() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A pid that has ended: a child started and reaped.
        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { free(argv[0]) }
        #expect(posix_spawn(&pid, "/bin/true", nil, nil, &argv, nil) == 0)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let dead = folder.appendingPathComponent(".day.md.tmp-\(pid)-12345").path
        let live = folder.appendingPathComponent(".day.md.tmp-1-777").path  // init never ends
        let other = folder.appendingPathComponent(".other.md.tmp-\(pid)-1").path
        for path in [dead, live, other] { try Data("half".utf8).write(to: URL(fileURLWithPath: path)) }
        try AtomicFile.write(Data("post".utf8), to: folder.appendingPathComponent("day.md").path)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(FileManager.default.fileExists(atPath: other))
    }

    @Test func aSecondSessionOnTheSameDayIsToldAnotherCopydeskIsEditing() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try SessionControllerTests.open(folder)
        defer { first.close() }
        #expect(throws: SessionStoreError.busy(log: first.logPath)) { try SessionControllerTests.open(folder) }
        // Two starting at once: the second finds the log created under it.
        #expect(throws: SessionStoreError.busy(log: first.logPath)) {
            try SessionLogFile.create(at: first.logPath, header: SessionFixtures.header)
        }
        #expect(SessionStoreError.busy(log: first.logPath).description.contains("another copydesk is editing this day"))
    }

    @Test func aHeaderCutShortSaysSo() {
        let error = SessionLogError.badHeader(reason: "the header line ends without its newline: the file was cut short, or is not a session log")
        #expect(throws: error) { try SessionLog(data: Data(#"{"type":"copydesk-session","format":1"#.utf8)) }
    }
}
