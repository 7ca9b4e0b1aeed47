import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `copydesk fetch` run as the editor runs it, against a fake X API on 127.0.0.1.
@Suite struct FetchEndToEndTests {
    static func environment(_ api: FakeXAPI, token: String = FakeXAPI.token) -> [String: String] {
        ["X_BEARER_TOKEN": token, "X_API_BASE_URL": api.baseURL]
    }

    static func arguments(_ out: URL, _ extra: [String] = []) -> [String] {
        ["fetch", "--list", FakeXAPI.listID, "--date", "2026-01-24", "--out", out.path] + extra
    }

    /// The page files of `folder`, by name.
    static func pages(_ folder: URL) -> [String: Data] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("page-") }
        return Dictionary(uniqueKeysWithValues: names.map { ($0, FileManager.default.contents(atPath: folder.appendingPathComponent($0).path)!) })
    }

    /// Waits (up to 20 s) until `condition` holds.
    static func waitUntil(_ condition: () -> Bool) async throws {
        let deadline = Date().addingTimeInterval(20)
        while !condition() {
            guard Date() < deadline else { throw CancellationError() }
            try await Task.sleep(nanoseconds: 10_000_000)
        }
    }

    @Test func killedMidFetchTheSameCommandContinuesToTheSamePages() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-fetch")
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try FakeXAPI(pageSize: 40)
        defer { whole.stop() }
        let reference = folder.appendingPathComponent("reference")
        let uninterrupted = try await ChildProcess.run(Self.arguments(reference), environment: Self.environment(whole), in: folder)
        #expect(uninterrupted.status == 0, "\(uninterrupted.stderr)")
        #expect(Self.pages(reference).count == 9)
        // Not a terminal: one plain line a page, and never the token.
        #expect(uninterrupted.stderr.contains("3 pages · 120 tweets · covered 2026-01-24 "))
        #expect(uninterrupted.stderr.hasSuffix("done: 9 pages, 356 tweets in \(reference.path)\n"))
        #expect(!(uninterrupted.stdout + uninterrupted.stderr).contains(FakeXAPI.token))

        // The fourth request never gets an answer: the fetch is killed waiting for it.
        let stuck = try FakeXAPI(pageSize: 40, faults: [3: [.hang]])
        defer { stuck.stop() }
        let out = folder.appendingPathComponent("out")
        let (pid, files) = try ChildProcess.start(Self.arguments(out), stdin: nil, environment: Self.environment(stuck), in: folder)
        try await Self.waitUntil { stuck.requests.count == 4 }
        kill(pid, SIGKILL)
        #expect(files.result(await ChildProcess.exit(pid)).status == -1)
        #expect(Self.pages(out).keys.sorted() == ["page-001.json", "page-002.json", "page-003.json"])

        let again = try FakeXAPI(pageSize: 40)
        defer { again.stop() }
        let resumed = try await ChildProcess.run(Self.arguments(out), environment: Self.environment(again), in: folder)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.hasPrefix("continuing the fetch in this folder: 3 pages · 120 tweets"))
        #expect(again.requests.first?.path.contains("pagination_token=tok-120") == true)
        #expect(again.requests.count == 6)
        #expect(Self.pages(out) == Self.pages(reference))
    }

    @Test func aFetchedFolderDraftsToTheSamePostAsTheSameTweetsInOneFile() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-fetch")
        defer { try? FileManager.default.removeItem(at: folder) }
        let api = try FakeXAPI(pageSize: 30)
        defer { api.stop() }
        let pages = folder.appendingPathComponent("pages")
        let fetched = try await ChildProcess.run(Self.arguments(pages, ["--quiet"]), environment: Self.environment(api), in: folder)
        #expect(fetched.status == 0 && fetched.stderr.isEmpty, "\(fetched.stderr)")
        #expect(Self.pages(pages).count == 12)

        let sample = Fixtures.seeds.appendingPathComponent("sample-day/2026-01-24.x-api.json").path
        var posts: [String] = []
        var candidates: [String] = []
        for (name, input) in [("file", sample), ("folder", pages.path)] {
            let out = folder.appendingPathComponent(name)
            let draft = try await ChildProcess.run(["draft", input, "--date", "2026-01-24", "--out", out.path, "--json"], in: folder)
            #expect(draft.status == 0, "\(draft.stderr)")
            candidates.append(draft.stdout)
            let post = try String(contentsOf: out.appendingPathComponent("_posts/2026-01-24-twitter_ai_20260124_20260124.md"), encoding: .utf8)
            // All but the times it was written at.
            posts.append(post.split(separator: "\n").filter { !$0.hasPrefix("date:") && !$0.hasPrefix("posttime:") }.joined(separator: "\n"))
        }
        #expect(candidates[0].count > 1000)
        #expect(candidates[0] == candidates[1])
        #expect(posts[0] == posts[1])
        let inspected = try await ChildProcess.run(["inspect", pages.path, "--date", "2026-01-24"], in: folder)
        #expect(inspected.status == 0, "\(inspected.stderr)")
        // The state file beside the pages is passed over, as every hidden file is.
        #expect(inspected.stdout.contains("read            356") && inspected.stdout.contains("kept            351"))
        #expect(!(inspected.stdout + inspected.stderr).contains(".copydesk-fetch"))
    }

    @Test func aRefusedTokenIsNamedButNeverPrinted() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-fetch")
        defer { try? FileManager.default.removeItem(at: folder) }
        let api = try FakeXAPI()
        defer { api.stop() }
        let secret = "wrong-SECRET-123"
        let result = try await ChildProcess.run(Self.arguments(folder.appendingPathComponent("out")), environment: Self.environment(api, token: secret), in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("copydesk: error: X refused the bearer token (HTTP 401: Unauthorized): check X_BEARER_TOKEN"))
        #expect(!(result.stdout + result.stderr).contains(secret))

        let missing = try await ChildProcess.run(Self.arguments(folder.appendingPathComponent("out")), environment: Self.environment(api, token: ""), in: folder)
        #expect(missing.status == 1 && missing.stderr.hasPrefix("copydesk: error: X_BEARER_TOKEN is not set"))
    }

    @Test func ctrlCDuringARateLimitWaitStopsKeepingThePages() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-fetch")
        defer { try? FileManager.default.removeItem(at: folder) }
        let reset = Int(Date().timeIntervalSince1970) + 600
        let api = try FakeXAPI(pageSize: 100, faults: [1: [.response(status: 429, headers: ["x-rate-limit-reset": "\(reset)"], body: "{}")]])
        defer { api.stop() }
        let out = folder.appendingPathComponent("out")
        let (pid, files) = try ChildProcess.start(Self.arguments(out), stdin: nil, environment: Self.environment(api), in: folder)
        try await Self.waitUntil {
            (try? String(contentsOfFile: files.stderr, encoding: .utf8))?.contains("rate-limited by X: waiting") == true
        }
        let started = Date()
        kill(pid, SIGINT)
        let result = files.result(await ChildProcess.exit(pid))
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(result.status == 130)
        #expect(result.stderr.hasSuffix("copydesk: stopped; 1 page kept in \(out.path): run the same command to continue\n"))
        #expect(Self.pages(out).keys.sorted() == ["page-001.json"])
    }

    @Test func onATerminalProgressIsOneUpdatingLine() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-fetch")
        defer { try? FileManager.default.removeItem(at: folder) }
        let api = try FakeXAPI(pageSize: 40)
        defer { api.stop() }
        let term = try Terminal(folder: folder)
        defer { term.close() }
        try term.start(
            "env X_BEARER_TOKEN='\(FakeXAPI.token)' X_API_BASE_URL='\(api.baseURL)' '\(ChildProcess.binary)' fetch --list \(FakeXAPI.listID) "
            + "--date 2026-01-24 --out '\(folder.path)/out'; sleep 20")  // the window stays to be read
        try term.waitFor("done: 9 pages")
        let rows = term.rows().filter { !$0.isEmpty }
        // Each page's line replaced the one before; the last stays, then the summary.
        #expect(rows == [
            "9 pages · 356 tweets · covered 2026-01-24 00:00 – 2026-01-25 00:00 (+08:00)",
            "done: 9 pages, 356 tweets in \(folder.path)/out",
        ])
    }
}
