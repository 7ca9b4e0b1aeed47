import Foundation
import Testing
import TestSupport

/// Inputs and conditions that used to crash the binary (issue 16): each must end in a message and
/// an exit status, never a trap.
@Suite struct CrashEndToEndTests {
    /// Runs `command` with /bin/sh in `folder`, with `$COPYDESK` the built binary (for redirections
    /// such as `> /dev/full` and `>&-`, and relative paths).
    static func shell(_ command: String, in folder: URL) async throws -> ChildProcess.Result {
        let id = UUID().uuidString
        let out = folder.appendingPathComponent(".sh-out-\(id)").path, err = folder.appendingPathComponent(".sh-err-\(id)").path
        let pid = try ChildProcess.spawn(
            ["/bin/sh", "-c", "cd \"$FOLDER\" && \(command)"], stdin: nil, stdout: out, stderr: err,
            environment: ["COPYDESK": ChildProcess.binary, "FOLDER": folder.path])
        return ChildProcess.StreamFiles(stdin: nil, stdout: out, stderr: err).result(await ChildProcess.exit(pid))
    }

    /// The sample session and its input, laid out as `s/2026-01-24.jsonl` beside `seeds/`.
    static func sampleSession() throws -> URL {
        let folder = try Fixtures.temporaryFolder("copydesk-crash")
        let seeds = folder.appendingPathComponent("seeds/sample-day")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("s"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Fixtures.seeds.appendingPathComponent("sample-day/2026-01-24.x-api.json"),
            to: seeds.appendingPathComponent("2026-01-24.x-api.json"))
        try FileManager.default.copyItem(
            at: Fixtures.root.appendingPathComponent("sessions/2026-01-24.jsonl"),
            to: folder.appendingPathComponent("s/2026-01-24.jsonl"))
        return folder
    }

    @Test(arguments: ["s/2026-01-24.jsonl", "s//2026-01-24.jsonl", "./s/2026-01-24.jsonl"])
    func replayFromAOneCharacterRelativeFolder(log: String) async throws {
        let folder = try Self.sampleSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await Self.shell("\"$COPYDESK\" replay \(log) --out r", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r/_posts").path))
    }

    @Test func inspectAOneCharacterFileName() async throws {
        let folder = try Self.sampleSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("seeds/sample-day/2026-01-24.x-api.json"), to: folder.appendingPathComponent("a"))
        let run = try await Self.shell("\"$COPYDESK\" inspect a", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("356"))
    }

    /// A big rejected input used to crash in its background hash half the time after the error.
    @Test func aBigRejectedInputExitsCleanly() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-crash")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(count: 4 << 20).write(to: folder.appendingPathComponent("z.json"))
        for _ in 0..<12 {
            let run = try await Self.shell("\"$COPYDESK\" inspect z.json", in: folder)
            #expect(run.status == 65, "\(run.stderr)")
            #expect(run.stderr.contains("binary data"))
            #expect(!run.stderr.contains("crashed"))
        }
    }

    @Test(arguments: [
        "inspect seeds/sample-day/2026-01-24.x-api.json",
        "inspect seeds/sample-day/2026-01-24.x-api.json --json",
        "draft seeds/sample-day/2026-01-24.x-api.json --date 2026-01-24 --json --out o",
        "replay s/2026-01-24.jsonl --out r",
    ])
    func aFullStandardOutputIsAnIOError(command: String) async throws {
        let folder = try Self.sampleSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        for redirection in ["> /dev/full", ">&-"] {
            let run = try await Self.shell("\"$COPYDESK\" \(command) \(redirection)", in: folder)
            #expect(run.status == 74, "\(redirection): \(run.stderr)")
            #expect(run.stderr.contains("copydesk: error: cannot write to standard output:"), "\(redirection): \(run.stderr)")
            #expect(!run.stderr.contains("crashed"))
        }
    }

    /// A script whose acknowledgements cannot be written stops, and its log holds what was done.
    @Test func aScriptWithClosedOutputKeepsItsLogWhole() async throws {
        let folder = try Self.sampleSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "accept 1\nreject 2\naccept 3\n".write(to: folder.appendingPathComponent("my.script"), atomically: true, encoding: .utf8)
        let edit = "\"$COPYDESK\" edit seeds/sample-day/2026-01-24.x-api.json --date 2026-01-24 --sessions t --out o --script my.script"
        let run = try await Self.shell("\(edit) >&-", in: folder)
        #expect(run.status == 74, "\(run.stderr)")
        #expect(run.stderr.contains("cannot write to standard output"))
        #expect(run.stderr.contains("holds all 1 records logged"))
        // The log replays, and the same script resumes it.
        let replay = try await Self.shell("\"$COPYDESK\" replay t/2026-01-24.jsonl --out r", in: folder)
        #expect(replay.status == 0, "\(replay.stderr)")
        let resumed = try await Self.shell("\(edit.replacingOccurrences(of: "my.script", with: "/dev/null"))", in: folder)
        #expect(resumed.stderr.contains("at record 1"), "\(resumed.stderr)")
    }

    /// Counts near Int.max or negative trapped `draft` and `edit` in the ranker and the market section.
    @Test func extremeCountsDraftAndEdit() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-crash")
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines: [String] = []
        for (i, count) in ["9223372036854775807", "-9223372036854775808", "9223372036854775806", "-1"].enumerated() {
            let user = #""user": {"username": "u\#(i)", "followersCount": \#(count)}"#
            let reference = i == 0 ? "" : #", "quotedTweet": {"id": "100"}"#
            lines.append(#"{"id": "\#(100 + i)", "date": "2026-01-24T0\#(i + 1):00:00+08:00", \#(user), "#
                + #""rawContent": "$INTC Intel shares sink after earnings miss, guidance cut", "cashtags": ["INTC"], "#
                + #""likeCount": \#(count), "retweetCount": \#(count), "quoteCount": \#(count), "replyCount": \#(count), "viewCount": \#(count)\#(reference)}"#)
        }
        try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("day.jsonl"), atomically: true, encoding: .utf8)
        let draft = try await Self.shell("\"$COPYDESK\" draft day.jsonl --date 2026-01-24 --out o --json", in: folder)
        #expect(draft.status == 0, "\(draft.stderr)")
        let inspect = try await Self.shell("\"$COPYDESK\" inspect day.jsonl", in: folder)
        #expect(inspect.stdout.contains("day.jsonl:1: tweet 100: followers 9223372036854775807 is over"), "\(inspect.stdout)")
        try "accept 1\nsave\n".write(to: folder.appendingPathComponent("s.script"), atomically: true, encoding: .utf8)
        let edit = try await Self.shell("\"$COPYDESK\" edit day.jsonl --date 2026-01-24 --sessions t --out o --script s.script", in: folder)
        #expect(edit.status == 0, "\(edit.stderr)")
    }
}
