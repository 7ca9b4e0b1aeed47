import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Drives the interactive shell of the built binary through a real pseudo-terminal (tmux), the way
/// an editor types: TAB completion, Chinese text, Ctrl-C, Ctrl-D; then replays its log.
@Suite(.serialized) struct ShellPTYTests {
    @Test func aSessionTypedAtTheTerminalReplaysToTheSamePost() async throws {
        let folder = try Fixtures.temporaryFolder("shell-pty")
        defer { try? FileManager.default.removeItem(at: folder) }
        let listing = try await ChildProcess.run(
            ["edit", "seeds/sample-day/2026-01-24.x-api.json", "--date", "2026-01-24",
             "--sessions", folder.appendingPathComponent("probe").path, "--out", folder.appendingPathComponent("probe").path],
            stdin: "points\n", in: folder)
        let points = listing.stdout.split(separator: "\n").filter { $0.contains(" · [") }
        try #require(points.count == 10, "the sample day proposes ten points: \(listing.stdout)")
        // Reclassify into a category the point is not in yet, found by typing its Chinese name's start.
        let (stem, target, targetID) = points[4].contains("[open_source]")
            ? ("模", "模型与技术突破", "models") : ("开", "开源与社区动态", "open_source")

        let term = try Terminal(folder: folder)
        defer { term.close() }
        try term.start(
            "cd '\(Fixtures.root.path)' && env HOME='\(folder.path)' XDG_STATE_HOME='\(folder.path)/state' "
            + "LANG=C.UTF-8 EDITOR=false PAGER=cat '\(ChildProcess.binary)' edit seeds/sample-day/2026-01-24.x-api.json "
            + "--date 2026-01-24 --sessions '\(folder.path)/sessions' --out '\(folder.path)/out'")
        try term.waitFor("2026-01-24 +0 -0 ?10> ")

        term.type("acc", "Tab")
        try term.waitFor("> accept ")
        term.type("1-3", "Enter")
        try term.waitFor("[1] accepted 1, 2, 3")
        try term.waitFor("2026-01-24* +3 -0 ?7> ")
        term.type("reject 4", "Enter")
        try term.waitFor("[2] rejected 4")

        // TAB: an ambiguous start lists the candidates, a unique one completes the Chinese name.
        term.type("reclassify 5 ", "Tab")
        try term.waitFor("伦理与监管")
        term.type(stem, "Tab")
        try term.waitFor("reclassify 5 \(target) ")
        term.type("Enter")
        try term.waitFor("[3] point 5 is now \(targetID) \(target)")

        // Ctrl-C drops the line, not the session.
        term.type("reject 9")
        try term.waitFor("> reject 9")
        term.type("C-c")
        try term.waitFor("> reject 9^C")

        // `edit 2` puts the headline on the line; insert Chinese in the middle and at the end.
        term.type("edit 2", "Enter")
        let headline = String(points[1].split(separator: "]", maxSplits: 1)[1].dropFirst())
        try term.waitFor("> edit 2 \(headline)")
        let end = try term.cursor()
        term.type("Home")
        let start = try term.waitForCursor { $0.x < end.x }
        for _ in 0..<7 { term.type("Right") }
        term.type("【重磅】")
        for _ in 0..<3 { term.type("Left") }
        term.type("A")
        try term.waitFor("> edit 2 【A重磅】\(headline)")
        // The cursor sits right after the inserted A: 7 + 2 (【) + 1 columns in.
        _ = try term.waitForCursor { $0.x == start.x + 10 && $0.y == start.y }
        term.type("End", "，中文测试", "Enter")
        let edited = "【A重磅】\(headline)，中文测试"
        try term.waitFor("[4] point 2: \(edited)")
        term.type("edit 3 第三条不要", "Enter")
        try term.waitFor("[5] point 3: 第三条不要")
        term.type("undo", "Enter")
        try term.waitFor("[6] undone")

        // Ctrl-R searches the history back; Ctrl-A leaves the search on the found line, Ctrl-K clears it.
        term.type("C-r", "recla")
        try term.waitForCursorLine { $0.hasSuffix("> reclassify 5 \(target)") }
        term.type("C-a", "C-k")
        try term.waitForCursorLine { $0.hasSuffix("?6>") }

                // Ctrl-D with unsaved changes asks first; no stays.
        term.type("C-d")
        try term.waitFor("Leave anyway? [y/N] ")
        term.type("n", "Enter")
        try term.waitFor("Leave anyway? [y/N] n\n2026-01-24* +3 -1 ?6> ")
        term.type("save", "Enter")
        try term.waitFor("saved \(folder.path)/out/_posts/")
        term.type("quit", "Enter")
        let status = try term.waitForExit()
        #expect(status == 0, "the shell exited with \(status):\n\(term.screen())")

        // The log holds every change as typed, the Chinese headline whole; the undone edit is undone.
        let log = try String(contentsOfFile: folder.path + "/sessions/2026-01-24.jsonl", encoding: .utf8)
        let records = log.split(separator: "\n").dropFirst()
        #expect(records.count == 6)
        #expect(records.contains { $0.contains("headlineEdited") && $0.contains(edited) })
        #expect(records.last?.contains("\"undone\"") == true)
        let replay = try await ChildProcess.run(
            ["replay", folder.path + "/sessions/2026-01-24.jsonl", "--out", folder.path + "/out", "--check"], in: folder)
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout.contains("identical to the replay"))

        let history = try String(contentsOfFile: folder.path + "/state/copydesk/history", encoding: .utf8)
        #expect(history.hasPrefix("_HiStOrY_V2_\n"))
        #expect(history.contains("undo\nC-d") == false && history.contains("save\nquit\n"))
    }

    @Test func aKilledTerminalLosesNothingAcknowledged() async throws {
        let folder = try Fixtures.temporaryFolder("shell-pty")
        defer { try? FileManager.default.removeItem(at: folder) }
        let term = try Terminal(folder: folder)
        defer { term.close() }
        try term.start(
            "cd '\(Fixtures.root.path)' && env HOME='\(folder.path)' XDG_STATE_HOME='\(folder.path)/state' LANG=C "
            + "'\(ChildProcess.binary)' edit seeds/sample-day/2026-01-24.x-api.json --date 2026-01-24 "
            + "--sessions '\(folder.path)/sessions' --out '\(folder.path)/out'")
        try term.waitFor("?10> ")
        term.type("accept 1", "Enter")
        try term.waitFor("[1] accepted 1")
        // Typed Chinese survives a C locale (the shell switches LC_CTYPE to UTF-8).
        term.type("edit 1 断电之前", "Enter")
        try term.waitFor("[2] point 1: 断电之前")
        term.type("reject 2")
        try term.waitFor("> reject 2")
        term.close()  // the terminal goes away mid-line: SIGHUP

        let log = try String(contentsOfFile: folder.path + "/sessions/2026-01-24.jsonl", encoding: .utf8)
        let records = log.split(separator: "\n").dropFirst()
        #expect(records.count == 2)
        #expect(records.last?.contains("断电之前") == true)
        let history = try String(contentsOfFile: folder.path + "/state/copydesk/history", encoding: .utf8)
        #expect(history.contains("accept\\0401\n"))
        // Reopening resumes with both commands applied. The killed desk may still be exiting, and
        // holding the day's lock, for a moment after its terminal went away: reopen until it is gone.
        func reopen() async throws -> ChildProcess.Result {
            try await ChildProcess.run(
                ["edit", "seeds/sample-day/2026-01-24.x-api.json", "--date", "2026-01-24",
                 "--sessions", folder.path + "/sessions", "--out", folder.path + "/out"], stdin: "points\n", in: folder)
        }
        var resumed = try await reopen()
        let deadline = Date().addingTimeInterval(10)
        while resumed.stderr.contains("another copydesk is editing this day") && Date() < deadline {
            try await Task.sleep(nanoseconds: 50_000_000)
            resumed = try await reopen()
        }
        #expect(resumed.stderr.contains("resumed") && resumed.stderr.contains("at record 2"), "\(resumed.stderr)")
        #expect(resumed.stdout.contains(" 1 ✓ [") && resumed.stdout.contains("断电之前"))
    }
}

/// A tmux server of its own running one program in a pseudo-terminal, read back as the screen shows it.
final class Terminal {
    let socket = "copydesk-test-\(UUID().uuidString.prefix(8))"
    let folder: URL
    var exitFile: String { folder.appendingPathComponent(".exit").path }

    init(folder: URL) throws {
        self.folder = folder
    }

    /// Starts `command` (a shell command line) in a window of `columns`×50.
    func start(_ command: String, columns: Int = 160) throws {
        let script = "\(command); echo $? > '\(exitFile)'"
        let result = try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "\(columns)", "-y", "50", script])
        try #require(result.status == 0, "tmux did not start: \(result.stderr)")
    }

    /// Sends keys: tmux key names (`Enter`, `Tab`, `C-c`) or literal text.
    func type(_ keys: String...) {
        for key in keys {
            let named = ["Enter", "Tab", "Home", "End", "Left", "Right", "BSpace", "DC"].contains(key) || key.hasPrefix("C-")
            _ = try? tmux(["send-keys", "-t", "t"] + (named ? [key] : ["-l", key]))
        }
    }

    /// The screen and its scrollback, wrapped lines joined.
    func screen() -> String {
        (try? tmux(["capture-pane", "-p", "-J", "-S", "-500", "-t", "t"]).stdout) ?? ""
    }

    /// The visible rows, without trailing spaces or the blank rows below the last text.
    func rows() -> [String] {
        let text = (try? tmux(["capture-pane", "-p", "-t", "t"]).stdout) ?? ""
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
        while rows.last?.isEmpty == true { rows.removeLast() }
        return rows
    }

    /// Changes the window's width, as dragging a terminal window's edge does.
    func resize(columns: Int) {
        _ = try? tmux(["resize-window", "-t", "t", "-x", "\(columns)"])
    }

    func cursor() throws -> (x: Int, y: Int) {
        let parts = try tmux(["display", "-p", "-t", "t", "#{cursor_x} #{cursor_y}"]).stdout
            .split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        try #require(parts.count == 2)
        return (parts[0], parts[1])
    }

    /// Waits until the screen shows `text` (20 s at most: the machine may be busy).
    func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        // The screen keeps no trailing spaces: compare without them on both sides.
        func trimmed(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n")
        }
        let wanted = trimmed(text)
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if trimmed(screen()).contains(wanted) { return }
            usleep(50_000)
        }
        Issue.record("the screen never showed \(text.debugDescription):\n\(screen())", sourceLocation: sourceLocation)
        throw CancellationError()
    }

    /// Waits until the screen row holding the cursor (trailing spaces dropped) satisfies `wanted`.
    func waitForCursorLine(sourceLocation: SourceLocation = #_sourceLocation, _ wanted: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(20)
        var line = ""
        while Date() < deadline {
            let rows = ((try? tmux(["capture-pane", "-p", "-t", "t"]).stdout) ?? "").split(separator: "\n", omittingEmptySubsequences: false)
            let y = try cursor().y
            line = y < rows.count ? String(rows[y]).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) : ""
            if wanted(line) { return }
            usleep(50_000)
        }
        Issue.record("the cursor's line stayed \(line.debugDescription):\n\(screen())", sourceLocation: sourceLocation)
        throw CancellationError()
    }

    /// Waits until the cursor is where `wanted` says (5 s at most) and returns it.
    func waitForCursor(sourceLocation: SourceLocation = #_sourceLocation, _ wanted: ((x: Int, y: Int)) -> Bool) throws -> (x: Int, y: Int) {
        let deadline = Date().addingTimeInterval(5)
        var last = try cursor()
        while Date() < deadline {
            last = try cursor()
            if wanted(last) { return last }
            usleep(50_000)
        }
        Issue.record("the cursor stayed at \(last):\n\(screen())", sourceLocation: sourceLocation)
        throw CancellationError()
    }

    /// Waits for the program to end and returns its exit status.
    func waitForExit() throws -> Int {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: exitFile, encoding: .utf8), let status = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            usleep(50_000)
        }
        Issue.record("the program did not exit:\n\(screen())")
        throw CancellationError()
    }

    func close() {
        _ = try? tmux(["kill-server"])
        // tmux may leave its socket file behind.
        let base = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(base)/tmux-\(getuid())/\(socket)")
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> ChildProcess.Result {
        let id = UUID().uuidString
        let out = folder.appendingPathComponent(".tmux-out-\(id)").path
        let err = folder.appendingPathComponent(".tmux-err-\(id)").path
        defer { unlink(out); unlink(err) }
        let pid = try ChildProcess.spawn(["/usr/bin/env", "tmux", "-L", socket] + arguments, stdin: nil, stdout: out, stderr: err)
        let status = ChildProcess.wait(pid)
        return ChildProcess.Result(
            status: status.exitCode ?? -1,
            stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }
}
