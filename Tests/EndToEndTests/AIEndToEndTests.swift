import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `ai …` in script mode through the built binary, against an in-process chat server.
@Suite struct AIEndToEndTests {
    static let secret = "sk-e2e-SECRET-do-not-log"

    /// Points at `server`, with a key, and away from the user's own config file.
    static func environment(_ server: FakeChatServer, _ folder: URL) -> [String: String] {
        ["OPENAI_BASE_URL": server.baseURL, "OPENAI_API_KEY": secret, "COPYDESK_MODEL": "fake-model",
         "COPYDESK_LLM_TIMEOUT": "10", "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path]
    }

    static func edit(_ folder: URL, _ script: String, _ environment: [String: String], extra: [String] = []) async throws -> ChildProcess.Result {
        let path = folder.appendingPathComponent("script-\(UUID().uuidString).txt").path
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        return try await ChildProcess.run(
            ["edit", SessionEndToEndTests.sampleDay, "--date", "2026-01-24", "--script", path,
             "--sessions", folder.appendingPathComponent("sessions").path, "--out", folder.path] + extra,
            environment: environment, in: folder)
    }

    static func log(_ folder: URL) throws -> String {
        try String(contentsOfFile: SessionEndToEndTests.logPath(folder), encoding: .utf8)
    }

    @Test func draftTheOverviewAcceptItAndReplayWithoutTheNetwork() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-ai")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pieces = ["当前，人工智能领域的核心话题", "围绕**AI智能体**展开。"]
        let server = try FakeChatServer([.streamHead] + FakeChatServer.Step.chunked(ChatFixtures.stream(pieces), sizes: [9, 40]))
        let run = try await Self.edit(folder, "accept 1 2 3\nai overview\nsave\n", Self.environment(server, folder), extra: ["--yes"])
        server.stop()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(pieces.joined() + "\n"), "the draft streams to stdout")
        #expect(run.stdout.contains("[2] accepted the drafted overview (\(pieces.joined().count) characters)"))

        // One request, carrying the accepted points' tweets as delimited data, and the key only in its header.
        let request = try #require(server.requests.first)
        #expect(server.requests.count == 1)
        #expect(request.headers["authorization"] == "Bearer \(Self.secret)")
        let messages = try #require(request.json?["messages"] as? [[String: String]])
        #expect(messages.last?["content"]?.contains("<tweet id=\"") == true)

        let log = try Self.log(folder)
        #expect(log.contains("sectionRewritten"))
        #expect(log.contains(pieces.joined()))
        #expect(!log.contains(Self.secret))
        #expect(!run.stdout.contains(Self.secret) && !run.stderr.contains(Self.secret))
        let post = try String(contentsOf: folder.appendingPathComponent(SessionEndToEndTests.postName), encoding: .utf8)
        #expect(post.contains(pieces.joined()))

        // The server is gone: a replay rebuilds the same post from the log alone.
        let check = try await ChildProcess.run(
            ["replay", SessionEndToEndTests.logPath(folder), "--out", folder.path, "--check"],
            environment: ["OPENAI_BASE_URL": server.baseURL], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func withoutYesTheDraftWaitsForAccept() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-ai")
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try FakeChatServer([.streamHead, .send(Data(ChatFixtures.stream(["**英特尔**，股价下跌。"]).utf8))])
        defer { server.stop() }
        let run = try await Self.edit(
            folder, "ai edit 2\nai discard\nai edit 2\nai revise\nai accept\n", Self.environment(server, folder), extra: ["--keep-going"])
        #expect(run.status == 1, "only ai revise fails")
        #expect(run.stderr.contains("ai revise needs the shell's $EDITOR; in a script use ai accept"))
        #expect(run.stdout.contains("`ai accept` puts it in the draft"))
        #expect(run.stdout.contains("discarded the drafted text"))
        #expect(run.stdout.contains("[1] accepted the drafted headline of point 2"))
        #expect(try Self.log(folder).contains("headlineEdited"))
    }

    @Test func aFaultIsOneLineAndTheSessionGoesOn() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-ai")
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = "{\"error\":{\"message\":\"Incorrect API key provided: \(Self.secret)\"}}"
        let server = try FakeChatServer([.response(status: 401, body: body)])
        defer { server.stop() }
        let run = try await Self.edit(folder, "accept 1\nai overview\nai accept\nreject 2\n", Self.environment(server, folder),
                                extra: ["--yes", "--keep-going"])
        #expect(run.status == 1)
        #expect(run.stderr.contains(
            "error: ai overview: the LLM server refused the API key (HTTP 401): Incorrect API key provided: <redacted>: check OPENAI_API_KEY\n"))
        #expect(run.stderr.contains("error: ai accept: nothing to accept"))
        #expect(run.stdout.contains("[2] rejected 2"))
        #expect(!run.stderr.contains(Self.secret))
        #expect(!(try Self.log(folder)).contains("sectionRewritten"))
    }

    @Test func offlineTheAICommandsSayHowToConfigure() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-ai")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await Self.edit(folder, "ai points\n", [
            "OPENAI_BASE_URL": "", "OPENAI_API_KEY": "", "XDG_CONFIG_HOME": folder.path, "HOME": folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: ai points: no LLM endpoint configured: set OPENAI_BASE_URL"))
    }

    @Test func ctrlCCancelsTheRequestAndTheScriptGoesOn() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-ai")
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try FakeChatServer([.streamHead, .send(Data("data: \(ChatFixtures.chunk("开始写"))\n\n".utf8)), .hang])
        defer { server.stop() }
        let script = folder.appendingPathComponent("script.txt").path
        // Three requests in one process: every Ctrl-C cancels its request at once, not only the first.
        try "accept 1\nai overview\nai overview\nai overview\nreject 2\n".write(toFile: script, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out.txt").path
        let err = folder.appendingPathComponent("err.txt").path
        let pid = try ChildProcess.spawn(
            [ChildProcess.binary, "edit", SessionEndToEndTests.sampleDay, "--date", "2026-01-24", "--script", script,
             "--sessions", folder.appendingPathComponent("sessions").path, "--out", folder.path, "--yes", "--keep-going"],
            stdin: nil, stdout: out, stderr: err, environment: Self.environment(server, folder))
        func count(_ text: String, in path: String) -> Int {
            ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").components(separatedBy: text).count - 1
        }
        for n in 1...3 {
            // Interrupt once the request's first piece has been shown; its cancellation must not wait
            // for the 10 s timeout.
            let deadline = Date().addingTimeInterval(20)
            while count("开始写", in: out) < n && Date() < deadline { try await Task.sleep(nanoseconds: 20_000_000) }
            let sent = Date()
            kill(pid, SIGINT)
            while count("error: ai overview:", in: err) < n && Date().timeIntervalSince(sent) < 20 {
                try await Task.sleep(nanoseconds: 20_000_000)
            }
            #expect(Date().timeIntervalSince(sent) < 5, "Ctrl-C number \(n) took \(Date().timeIntervalSince(sent)) s")
            #expect(count("error: ai overview: cancelled; nothing was changed", in: err) == n)
        }
        let status = await ChildProcess.exit(pid)
        #expect(status.signal == nil, "copydesk was killed by the signal")
        #expect(status.exitCode == 1)
        let stderr = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        let stdout = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        #expect(stderr.contains("error: ai overview: cancelled; nothing was changed"))
        #expect(stdout.contains("[2] rejected 2"))
        #expect(!(try Self.log(folder)).contains("sectionRewritten"))
    }
}
