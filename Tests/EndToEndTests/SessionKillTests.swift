import Foundation
import Testing
import CopydeskCore
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A scripted session of 200 commands killed with SIGKILL at random moments loses no command it
/// acknowledged, and resuming it finishes the same post as a session never killed.
@Suite struct SessionKillTests {
    /// 200 commands that each change the draft whatever the proposal is (so each is logged).
    static let script: [String] = (0..<200).map { i in
        let n = 1 + i % 10
        switch i % 8 {
        case 0: return i == 0 ? "date 2026-01-24 12:00:00" : "edit \(n) 标题 \(i)"
        case 1: return "swap \(n) \(1 + (i + 3) % 10)"
        case 2: return "title 报告 \(i)"
        case 3: return "undo"
        case 4: return "redo"
        case 5: return "cloud include w\(i)"
        case 6: return "move \(n) \(1 + (i + 5) % 10)"
        default: return "rewrite overview 概述 \(i)"
        }
    }

    static func arguments(_ folder: URL, script: String) -> [String] {
        [ChildProcess.binary, "edit", SessionEndToEndTests.sampleDay, "--date", "2026-01-24", "--script", script,
         "--sessions", folder.appendingPathComponent("sessions").path, "--out", folder.path]
    }

    /// The records of a log that parse, and whether its last line was torn.
    static func records(_ log: String) throws -> (lines: [String], torn: Bool) {
        guard let data = FileManager.default.contents(atPath: log) else { return ([], false) }
        let text = String(decoding: data, as: UTF8.self)
        var rows = text.components(separatedBy: "\n")
        let torn = rows.last != ""
        if !torn { rows.removeLast() }
        var lines: [String] = []
        for (index, row) in rows.enumerated().dropFirst() {
            let object = try? JSONSerialization.jsonObject(with: Data(row.utf8)) as? [String: Any]
            guard let object, let seq = object["seq"] as? Int, let line = object["line"] as? String else {
                // Only the last line may be damaged, and only when it was cut off.
                #expect(index == rows.count - 1 && torn, "line \(index + 1) is damaged: \(row.prefix(80))")
                break
            }
            #expect(seq == lines.count + 1)
            lines.append(line)
        }
        return (lines, torn)
    }

    static func lineCount(_ path: String) -> Int {
        FileManager.default.contents(atPath: path).map { $0.filter { $0 == UInt8(ascii: "\n") }.count } ?? 0
    }

    @Test(arguments: [11, 22, 33, 44] as [UInt64])
    func aKilledSessionLosesNoAcknowledgedCommand(seed: UInt64) async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-kill")
        defer { try? FileManager.default.removeItem(at: folder) }
        let scriptPath = folder.appendingPathComponent("script.txt").path
        try (Self.script.joined(separator: "\n") + "\n").write(toFile: scriptPath, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("acks.txt").path
        let err = folder.appendingPathComponent("errors.txt").path

        // Kill at a random moment: once a random number of commands is acknowledged, after a random
        // pause of up to 5 ms (an fsync takes a few), so the kill lands anywhere in the write cycle.
        var random = SeededRandom(seed: seed)
        var target = Int.random(in: 1...180, using: &random)
        let pause = UInt32.random(in: 0...5_000, using: &random)
        var status = ChildProcess.Status()
        // On a loaded machine the session may finish before this process looks again: then start
        // over and kill it earlier.
        for _ in 0..<4 {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent("sessions"))
            let pid = try ChildProcess.spawn(Self.arguments(folder, script: scriptPath), stdin: nil, stdout: out, stderr: err)
            let deadline = Date().addingTimeInterval(20)
            while Self.lineCount(out) < target, Date() < deadline, !ChildProcess.hasExited(pid) {
                try await Task.sleep(nanoseconds: 500_000)
            }
            usleep(pause)
            kill(pid, SIGKILL)
            status = await ChildProcess.exit(pid)
            if status.signal == SIGKILL { break }
            target /= 2
        }
        #expect(status.signal == SIGKILL, "the session ended before the kill: \((try? String(contentsOfFile: err, encoding: .utf8)) ?? "")")

        let acknowledged = ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { line in
            line.hasPrefix("[") ? Int(line.dropFirst().prefix { $0 != "]" }) : nil
        }
        let log = folder.appendingPathComponent("sessions/2026-01-24.jsonl").path
        let (logged, _) = try Self.records(log)
        // Every acknowledgement is of a logged record, and the log holds the script's commands in order.
        #expect(acknowledged == (0..<acknowledged.count).map { $0 + 1 })
        #expect(acknowledged.count <= logged.count, "acknowledged \(acknowledged.count), logged \(logged.count)")
        #expect(logged == Array(Self.script.prefix(logged.count)))
        if ProcessInfo.processInfo.environment["COPYDESK_TEST_VERBOSE"] != nil {
            print("seed \(seed): killed at \(target) + \(pause) µs: \(acknowledged.count) acknowledged, \(logged.count) logged")
        }

        // Resuming with the rest of the script ends where an uninterrupted session does.
        let rest = folder.appendingPathComponent("rest.txt").path
        try Self.script.dropFirst(logged.count).map { $0 + "\n" }.joined().write(toFile: rest, atomically: true, encoding: .utf8)
        let resumed = try await ChildProcess.run(Array(Self.arguments(folder, script: rest).dropFirst()), in: folder)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try Self.records(log).lines == Self.script)

        let export = try await ChildProcess.run(["export", log, "--no-cloud", "--out", folder.appendingPathComponent("post").path], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        let post = try String(contentsOf: folder.appendingPathComponent("post/" + SessionEndToEndTests.postName), encoding: .utf8)
        #expect(post.contains("date: \"2026-01-24 12:00:00 +0800\""))
        #expect(post.contains("title: \"报告 194\""))
        #expect(post.contains("概述 199"))
    }
}
