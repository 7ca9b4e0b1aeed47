import Foundation
import Testing
import TestSupport

/// Drives `copydesk edit`, `replay` and `export` on the sample day through the built binary.
@Suite struct SessionEndToEndTests {
    static var sampleDay: String { Fixtures.seeds.appendingPathComponent("sample-day/2026-01-24.x-api.json").path }
    static let postName = "_posts/2026-01-24-twitter_ai_20260124_20260124.md"

    static func edit(_ folder: URL, script: String, inputs: [String]? = nil, extra: [String] = []) async throws -> ChildProcess.Result {
        let scriptPath = folder.appendingPathComponent("script-\(UUID().uuidString).txt").path
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        return try await ChildProcess.run(
            ["edit"] + (inputs ?? [sampleDay]) + ["--date", "2026-01-24", "--script", scriptPath,
             "--sessions", folder.appendingPathComponent("sessions").path, "--out", folder.path] + extra,
            in: folder)
    }

    static func logPath(_ folder: URL) -> String { folder.appendingPathComponent("sessions/2026-01-24.jsonl").path }

    @Test func aScriptedSessionSavesAndReplaysByteForByte() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await Self.edit(folder, script: """
            accept 1-3,5
            reject 4
            edit 1 **新的标题**：含中文
            rewrite overview
            今天的概述。
            .
            date 2026-01-24 14:32:23
            save
            """)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("[1] accepted 1, 2, 3, 5"))
        #expect(run.stdout.contains("[5] date: 2026-01-24 14:32:23 +0800"))
        let post = try String(contentsOf: folder.appendingPathComponent(Self.postName), encoding: .utf8)
        #expect(post.contains("date: \"2026-01-24 14:32:23 +0800\""))
        #expect(post.contains("新的标题"))
        #expect(post.contains("今天的概述。"))

        let check = try await ChildProcess.run(["replay", Self.logPath(folder), "--out", folder.path, "--check"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        // The post before the headline edit is not the saved one.
        let early = try await ChildProcess.run(["replay", Self.logPath(folder), "--out", folder.path, "--check", "--until", "2"], in: folder)
        #expect(early.status == 1)
        #expect(early.stderr.contains("differs from the replay at line"))
        let beyond = try await ChildProcess.run(["replay", Self.logPath(folder), "--out", folder.path, "--until", "9"], in: folder)
        #expect(beyond.status == 65)
        #expect(beyond.stderr.contains("--until 9, but the log holds records 1–5"))
        // export writes the same post into another folder.
        let other = folder.appendingPathComponent("export")
        let export = try await ChildProcess.run(["export", Self.logPath(folder), "--out", other.path], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(try Data(contentsOf: other.appendingPathComponent(Self.postName)) == Data(post.utf8))
        // …and the word cloud beside the page Jekyll builds from it, where the post's link points.
        #expect(post.contains("![词云图](wordcloud_twitter_ai_20260124_20260124.jpg)"))
        let image = try Data(contentsOf: other.appendingPathComponent("2026/01/24/wordcloud_twitter_ai_20260124_20260124.jpg"))
        #expect(image.starts(with: [0xFF, 0xD8, 0xFF]))
    }

    @Test func reopeningTheDayResumesAndATornLineIsDropped() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try await Self.edit(folder, script: "accept 1\nreject 2\n").status == 0)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: Self.logPath(folder)))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"events":[{"pointAcc"#.utf8))
        try handle.close()

        let second = try await Self.edit(folder, script: "undo\naccept 3\n")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("2026-01-24.jsonl:4: the last line was cut off"))
        #expect(second.stderr.contains("resumed"))
        #expect(second.stdout.contains("[3] undone"))
        #expect(second.stdout.contains("[4] accepted 3"))
        let lines = try String(contentsOfFile: Self.logPath(folder), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
    }

    @Test func damageBeforeTheLastLineStopsWithTheLineNumber() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try await Self.edit(folder, script: "accept 1\naccept 2\naccept 3\n").status == 0)
        var lines = try String(contentsOfFile: Self.logPath(folder), encoding: .utf8).components(separatedBy: "\n")
        lines[2] = "{\"seq\": oops"
        try lines.joined(separator: "\n").write(toFile: Self.logPath(folder), atomically: true, encoding: .utf8)
        let run = try await Self.edit(folder, script: "points\n")
        #expect(run.status == 65)
        #expect(run.stderr.contains("2026-01-24.jsonl:3: damaged record"))
        let replay = try await ChildProcess.run(["replay", Self.logPath(folder), "--out", folder.path], in: folder)
        #expect(replay.status == 65)
        #expect(replay.stderr.contains("2026-01-24.jsonl:3: damaged record"))
    }

    @Test func aChangedInputIsRefusedUnlessForced() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("day.json").path
        try FileManager.default.copyItem(atPath: Self.sampleDay, toPath: copy)
        #expect(try await Self.edit(folder, script: "accept 1\nsave\n", inputs: [copy]).status == 0)
        // Trailing whitespace keeps the JSON valid but changes the bytes.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: copy))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n\n".utf8))
        try handle.close()

        let refused = try await Self.edit(folder, script: "accept 2\n", inputs: [copy])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("day.json: was"))
        #expect(refused.stderr.contains("--force"))
        let replay = try await ChildProcess.run(["replay", Self.logPath(folder), "--out", folder.path, "--check"], in: folder)
        #expect(replay.status == 65)
        #expect(replay.stderr.contains("differ from the ones the session started with"))

        let forced = try await ChildProcess.run(["replay", Self.logPath(folder), "--out", folder.path, "--check", "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stderr.contains("warning: inputs differ"))
        #expect(try await Self.edit(folder, script: "accept 2\n", inputs: [copy], extra: ["--force"]).status == 0)
    }

    @Test func aFailingCommandStopsTheScriptUnlessKeepGoing() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        let stopped = try await Self.edit(folder, script: "accept 1\nswap 1 99\naccept 2\n")
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains(":2: error: there is no point 99"))
        #expect(!stopped.stdout.contains("accepted 2"))
        let other = try Fixtures.temporaryFolder("copydesk-e2e")
        defer { try? FileManager.default.removeItem(at: other) }
        let kept = try await Self.edit(other, script: "accept 1\nswap 1 99\naccept 2\n", extra: ["--keep-going"])
        #expect(kept.status == 1)
        #expect(kept.stdout.contains("[2] accepted 2"))
    }

    @Test func commandsComeFromStandardInputWhenItIsNotATerminal() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await ChildProcess.run(
            ["edit", Self.sampleDay, "--date", "2026-01-24", "--sessions", folder.appendingPathComponent("sessions").path,
             "--out", folder.path],
            stdin: "accept 2\nrewrite stocks\n第一行\n.\nhelp swap\n", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("[1] accepted 2"))
        #expect(run.stdout.contains("[2] rewrote section stocks"))
        #expect(run.stdout.contains("swap N M"))
    }

    /// The maintainer's lexicon proposes a new session's draft; a resumed session keeps the
    /// proposal in its log, and a bad lexicon is refused by file and line before any log is made.
    @Test func aNewSessionIsProposedWithTheGivenLexicon() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.txt")
        try "[models]\nmodel = 1\n[nonsense]\nx\n".write(to: bad, atomically: true, encoding: .utf8)
        let refused = try await Self.edit(folder, script: "points\n", extra: ["--lexicon", bad.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("bad.txt:3: unknown section [nonsense]"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: Self.logPath(folder)))

        // A lexicon without noise terms, whose category terms are common words: a giveaway says
        // something to it, and one becomes a point.
        let bare = folder.appendingPathComponent("bare.txt")
        try "[models]\nai = 1\nthe = 1\n".write(to: bare, atomically: true, encoding: .utf8)
        func points(_ result: ChildProcess.Result) -> [String] {
            result.stdout.split(separator: "\n").filter { $0.contains(" · [") }.map(String.init)
        }
        let started = try await Self.edit(folder, script: "points\n", extra: ["--lexicon", bare.path])
        #expect(started.status == 0, "\(started.stderr)")
        #expect(points(started).count == 10 && points(started).contains { $0.contains("giveaway") }, Comment(rawValue: started.stdout))
        let resumed = try await Self.edit(folder, script: "points\n")
        #expect(resumed.stderr.contains("resumed"))
        #expect(points(resumed) == points(started))
        let other = folder.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let builtIn = try await Self.edit(other, script: "points\n")
        #expect(points(builtIn).count == 10 && !points(builtIn).contains { $0.contains("giveaway") }, Comment(rawValue: builtIn.stdout))
    }
}

/// A failed append (here the file-size limit, as a full disk would) is cut back to the last whole
/// line: the command is refused, and the log stays readable with nothing torn.
@Suite struct SessionFullDiskTests {
    @Test func aFailedAppendLeavesNoHalfLine() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try await SessionEndToEndTests.edit(folder, script: "points\n").status == 0)
        let log = SessionEndToEndTests.logPath(folder)
        let headerSize = try FileManager.default.attributesOfItem(atPath: log)[.size] as! Int
        // Room for a few records of ~200 bytes; SIGXFSZ ignored so the write fails with EFBIG.
        let blocks = (headerSize + 1_000) / 1024 + 1
        let script = folder.appendingPathComponent("many.txt").path
        try (1...40).map { "edit \($0 % 10 + 1) 标题 \($0) " + String(repeating: "长", count: 40) }.joined(separator: "\n")
            .write(toFile: script, atomically: true, encoding: .utf8)
        let command = "trap '' XFSZ; ulimit -f \(blocks); exec '\(ChildProcess.binary)' edit '\(SessionEndToEndTests.sampleDay)' "
            + "--date 2026-01-24 --script '\(script)' --sessions '\(folder.appendingPathComponent("sessions").path)' --out '\(folder.path)'"
        let out = folder.appendingPathComponent("out.txt").path, err = folder.appendingPathComponent("err.txt").path
        let pid = try ChildProcess.spawn(["/bin/bash", "-c", command], stdin: nil, stdout: out, stderr: err)
        let status = await ChildProcess.exit(pid)
        let stderr = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        #expect(status.exitCode == 1, "\(stderr)")
        #expect(stderr.contains("not logged, so not done"))
        let acknowledged = ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").split(separator: "\n").filter { $0.hasPrefix("[") }

        let reopened = try await SessionEndToEndTests.edit(folder, script: "points\n")
        #expect(reopened.status == 0, "\(reopened.stderr)")
        #expect(!reopened.stderr.contains("cut off"))
        #expect(reopened.stderr.contains("resumed \(log) at record \(acknowledged.count)"))
        #expect(acknowledged.count > 0 && acknowledged.count < 40)
    }
}
