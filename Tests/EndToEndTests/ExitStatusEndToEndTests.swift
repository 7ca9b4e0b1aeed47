import Foundation
import Testing
import TestSupport

/// One exit status for one failure, whichever command meets it, and messages that say what is wrong
/// (issue 16 item 9).
@Suite struct ExitStatusEndToEndTests {
    @Test func helpListsTheExitStatuses() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-exit")
        defer { try? FileManager.default.removeItem(at: folder) }
        let help = try await ChildProcess.run(["--help"], in: folder)
        let text = help.stdout.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ")
        for phrase in ["65 bad input", "73 an output cannot be created", "74 an I/O error"] {
            #expect(text.contains(phrase), "\(help.stdout)")
        }
    }

    /// `--out` naming a file: 73 from every command that writes a post, saying it is a file.
    @Test func anOutputFolderThatIsAFileIs73Everywhere() async throws {
        let folder = try CrashEndToEndTests.sampleSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not a folder".utf8).write(to: folder.appendingPathComponent("f"))
        for command in [
            "draft seeds/sample-day/2026-01-24.x-api.json --date 2026-01-24 --out f",
            "replay s/2026-01-24.jsonl --out f",
            "export s/2026-01-24.jsonl --out f --no-cloud",
            "synth --date 2026-01-24 --tweets 10 --out f/day.json",
        ] {
            let run = try await CrashEndToEndTests.shell("\"$COPYDESK\" \(command)", in: folder)
            #expect(run.status == 73, "\(command): \(run.stderr)")
            #expect(run.stderr.contains("f: cannot use it as a folder (it is a file)"), "\(command): \(run.stderr)")
            #expect(!run.stderr.contains("Permission denied"))
            #expect(!run.stderr.contains(".tmp-"))
        }
    }

    @Test func aMissingLogIsNamedWithItsReason() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-exit")
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try await ChildProcess.run(["replay", folder.appendingPathComponent("none.jsonl").path], in: folder)
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("none.jsonl: cannot read: No such file or directory"))
        let isFolder = try await ChildProcess.run(["replay", folder.path], in: folder)
        #expect(isFolder.status == 66)
        #expect(isFolder.stderr.contains("cannot read: Is a directory"), "\(isFolder.stderr)")
    }
}
