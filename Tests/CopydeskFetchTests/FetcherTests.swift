import CopydeskCore
import CopydeskHTTP
import Foundation
import TestSupport
import Testing
@testable import CopydeskFetch

/// The fetch against a fake X API on 127.0.0.1: paging, the three endpoints and the faults.
@Suite struct FetcherTests {
    static let window = ReportWindow(day: LocalDate("2026-01-24")!, utcOffsetSeconds: 8 * 3600)
    /// Two days after the sample day: the window is closed and inside recent search's reach.
    static let now = Date(timeIntervalSince1970: 1_769_400_000)

    /// Events the fetch told, in order.
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [Fetcher.Event] = []
        var events: [Fetcher.Event] { lock.withLock { all } }
        func record(_ event: Fetcher.Event) { lock.withLock { all.append(event) } }
    }

    /// A fetcher against the fake API. The timeout is generous unless a test is about timeouts: on a
    /// loaded machine a half-second timeout turned slow answers into retries (and extra requests).
    static func fetcher(_ api: FakeXAPI, folder: URL, token: String = FakeXAPI.token, timeout: TimeInterval = 5) -> Fetcher {
        var client = XAPIClient(token: APIKey(token)!)
        client.retry = RetryPolicy(maxRetries: 2, baseDelay: 0.05, maxDelay: 0.2)
        client.timeout = timeout
        return Fetcher(folder: folder.path, client: client, requests: XAPIRequests(base: XAPIRequests.base(api.baseURL)!))
    }

    static func job(_ source: FetchSource) throws(FetchError) -> FetchJob {
        try FetchJob(source: source, window: window, now: now)
    }

    /// The page files in `folder`, by name.
    static func pages(_ folder: URL) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("page-") }
        return Dictionary(uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) })
    }

    static func tweetIDs(_ pages: [String: Data]) -> [String] {
        pages.keys.sorted().flatMap { name -> [String] in
            let object = try! JSONSerialization.jsonObject(with: pages[name]!) as! [String: Any]
            return (object["data"] as! [[String: Any]]).map { $0["id"] as! String }
        }
    }

    @Test func aListIsPagedUntilThePageReachesBeforeTheWindow() async throws {
        let api = try FakeXAPI(pageSize: 40, older: 60)
        defer { api.stop() }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let recorder = Recorder()
        let state = try await Self.fetcher(api, folder: folder).run(try Self.job(.list(FakeXAPI.listID)), events: recorder.record)
        // 356 sample tweets and 60 older ones, 40 a page: the 9th page reaches before the window, so it is the last.
        let pages = try Self.pages(folder)
        #expect(pages.keys.sorted() == (1...9).map { String(format: "page-%03d.json", $0) })
        #expect(api.requests.count == 9)
        #expect(state.finished && state.pages == 9 && state.tweets == 360)
        #expect(Self.tweetIDs(pages) == api.tweets.prefix(360).map { $0["id"] as! String })
        #expect(api.requests[1].path.contains("pagination_token=tok-40"))
        #expect(api.requests.allSatisfy { $0.headers["authorization"] == "Bearer \(FakeXAPI.token)" })
        // Each page is the response unchanged.
        let again = try await Self.fetcher(api, folder: folder).client.get(URL(string: api.baseURL + api.requests[1].path)!)
        #expect(pages["page-002.json"] == again)
        let progress = recorder.events.compactMap { if case .page(let p) = $0 { p } else { nil } }
        #expect(progress.map(\.pages) == Array(1...9))
        #expect(progress.last?.line == "9 pages · 360 tweets · covered 2026-01-24 00:00 – 2026-01-25 00:00 (+08:00)")
    }

    @Test func usersAreResolvedAndEachTimelineIsReadOverTheWindow() async throws {
        let api = try FakeXAPI(pageSize: 5)
        defer { api.stop() }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let handles = Array(api.handles.prefix(3))
        let recorder = Recorder()
        let state = try await Self.fetcher(api, folder: folder).run(try Self.job(.users(handles + ["nosuchuser1"])), events: recorder.record)
        #expect(state.accounts?.map(\.username) == handles)
        #expect(api.requests.first?.path.hasPrefix("/2/users/by?usernames=\(handles.joined(separator: "%2C"))%2Cnosuchuser1&") == true)
        let unknown = recorder.events.compactMap { if case .unknownAccounts(let h) = $0 { h } else { nil } }
        #expect(unknown == [["nosuchuser1"]])
        // Account by account, in the file's order.
        let expected = handles.flatMap { handle in
            api.tweets.filter {
                $0["author_id"] as? String == api.userIDs[handle] && Self.window.contains(FakeXAPI.date($0["created_at"] as! String))
            }.map { $0["id"] as! String }
        }
        #expect(Self.tweetIDs(try Self.pages(folder)) == expected)
        #expect(api.requests.dropFirst().allSatisfy { $0.path.contains("start_time=2026-01-23T16%3A00%3A00Z&end_time=2026-01-24T16%3A00%3A00Z") })
        #expect(state.progress.line.contains("accounts 3/3"))
    }

    @Test func aSearchFollowsNextTokens() async throws {
        let api = try FakeXAPI(pageSize: 3)
        defer { api.stop() }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let state = try await Self.fetcher(api, folder: folder).run(try Self.job(.query("Claude")))
        let expected = api.tweets.filter {
            ($0["text"] as! String).lowercased().contains("claude") && Self.window.contains(FakeXAPI.date($0["created_at"] as! String))
        }.map { $0["id"] as! String }
        #expect(expected.count > 6)
        #expect(Self.tweetIDs(try Self.pages(folder)) == expected)
        #expect(state.pages == (expected.count + 2) / 3)
        #expect(api.requests[0].path.hasPrefix("/2/tweets/search/recent?query=Claude&start_time="))
        #expect(api.requests[1].path.hasSuffix("&next_token=tok-3"))
    }

    @Test func aRateLimitWaitsUntilTheReset() async throws {
        let reset = Int(Date().timeIntervalSince1970.rounded(.up)) + 1
        let api = try FakeXAPI(pageSize: 100, faults: [
            1: [.response(status: 429, headers: ["x-rate-limit-reset": "\(reset)", "x-rate-limit-remaining": "0"], body: #"{"title":"Too Many Requests"}"#)],
        ])
        defer { api.stop() }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let recorder = Recorder()
        let state = try await Self.fetcher(api, folder: folder).run(try Self.job(.list(FakeXAPI.listID)), events: recorder.record)
        #expect(Date().timeIntervalSince1970 >= Double(reset))
        #expect(state.finished && state.pages == 4)
        let waits = recorder.events.compactMap { if case .waiting(.rateLimit(let s)) = $0 { s } else { nil } }
        #expect(!waits.isEmpty && waits.allSatisfy { $0 >= 1 && $0 <= 3 })
        #expect(waits == waits.sorted(by: >))
    }

    @Test func aServerErrorIsRetriedThenSucceeds() async throws {
        let api = try FakeXAPI(pageSize: 100, faults: [0: [.response(status: 503, body: "Service Unavailable")]])
        defer { api.stop() }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let recorder = Recorder()
        let state = try await Self.fetcher(api, folder: folder).run(try Self.job(.list(FakeXAPI.listID)), events: recorder.record)
        #expect(state.pages == 4 && api.requests.count == 5)
        let retries = recorder.events.compactMap { if case .waiting(.retry(let reason, let attempt, _)) = $0 { "\(reason) \(attempt)" } else { nil } }
        #expect(retries == ["HTTP 503 1"])

        let failing = try FakeXAPI(faults: Dictionary(uniqueKeysWithValues: (0..<3).map { ($0, [FakeHTTPServer.Step.response(status: 502, body: "")]) }))
        defer { failing.stop() }
        let other = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: other) }
        await #expect(throws: FetchError.serverError(status: 502, attempts: 3)) {
            try await Self.fetcher(failing, folder: other).run(try Self.job(.list(FakeXAPI.listID)))
        }
    }

    @Test func aTimeoutIsRetriedAndAPersistentOneIsAClearError() async throws {
        let api = try FakeXAPI(pageSize: 100, faults: [0: [.hang]])
        defer { api.stop() }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let state = try await Self.fetcher(api, folder: folder, timeout: 0.5).run(try Self.job(.list(FakeXAPI.listID)))
        #expect(state.pages == 4)

        let hanging = try FakeXAPI(faults: [0: [.hang], 1: [.hang], 2: [.hang]])
        defer { hanging.stop() }
        let other = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: other) }
        await #expect(throws: FetchError.timedOut(seconds: 0.5, attempts: 3)) {
            try await Self.fetcher(hanging, folder: other, timeout: 0.5).run(try Self.job(.list(FakeXAPI.listID)))
        }
    }

    @Test func aRefusedTokenSaysSoWithoutPrintingIt() async throws {
        let api = try FakeXAPI()
        defer { api.stop() }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let wrong = "wrong-token-XYZ"
        do throws(FetchError) {
            _ = try await Self.fetcher(api, folder: folder, token: wrong).run(try Self.job(.list(FakeXAPI.listID)))
            Issue.record("the fetch succeeded with a wrong token")
        } catch {
            #expect(error == .unauthorized(message: "Unauthorized"))
            #expect(error.message.contains("X_BEARER_TOKEN"))
            #expect(!error.message.contains(wrong))
        }
        #expect(try Self.pages(folder).isEmpty)
    }

    @Test func aForbiddenEndpointNamesThePlanAndEchoedTokensAreScrubbed() async throws {
        let api = try FakeXAPI(faults: [0: [.response(status: 403, body: #"{"title":"Forbidden","detail":"token test-bearer-TOKEN-s3cr3t lacks access"}"#)]])
        defer { api.stop() }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        await #expect(throws: FetchError.forbidden(message: "token <redacted> lacks access")) {
            try await Self.fetcher(api, folder: folder).run(try Self.job(.list(FakeXAPI.listID)))
        }
    }

    @Test func aBadRequestQuotesTheParameterAtFault() async throws {
        let body = #"{"errors":[{"parameters":{"query":["(("]},"message":"There were errors processing your request: Unmatched parenthesis"}],"title":"Invalid Request","detail":"One or more parameters to your request was invalid."}"#
        let api = try FakeXAPI(faults: [0: [.response(status: 400, body: body)]])
        defer { api.stop() }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        await #expect(throws: FetchError.rejected(status: 400, message: "There were errors processing your request: Unmatched parenthesis")) {
            try await Self.fetcher(api, folder: folder).run(try Self.job(.query("((")))
        }
    }

    @Test func aMissingListIsTheAPIsOwnError() async throws {
        let api = try FakeXAPI()
        defer { api.stop() }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        await #expect(throws: FetchError.apiError("Could not find list with id: [42].")) {
            try await Self.fetcher(api, folder: folder).run(try Self.job(.list("42")))
        }
    }

    @Test func aTruncatedPageStopsKeepingTheEarlierOnesAndTheSameFetchContinues() async throws {
        let whole = try FakeXAPI(pageSize: 50)
        defer { whole.stop() }
        let reference = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: reference) }
        _ = try await Self.fetcher(whole, folder: reference).run(try Self.job(.list(FakeXAPI.listID)))

        let cut = #"{"data":[{"id":"1","created_at":"2026-01-24T10:00:00.000Z","text":"cut sh"#
        let broken = try FakeXAPI(pageSize: 50, faults: [2: [.response(status: 200, body: cut)]])
        defer { broken.stop() }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let job = try Self.job(.list(FakeXAPI.listID))
        await #expect(throws: FetchError.badPage(number: 3, detail: "it is not valid JSON (\(cut.utf8.count) bytes; cut short?)")) {
            try await Self.fetcher(broken, folder: folder).run(job)
        }
        #expect(try Self.pages(folder).keys.sorted() == ["page-001.json", "page-002.json"])
        // A write a kill cut short leaves a hidden temporary file: the next run removes it.
        let leftover = folder.appendingPathComponent(".page-003.json.tmp-123-456")
        try Data("{\"da".utf8).write(to: leftover)
        // The same fetch again (the server is well now) goes on from page 3.
        let before = broken.requests.count
        let recorder = Recorder()
        let state = try await Self.fetcher(broken, folder: folder).run(job, events: recorder.record)
        #expect(broken.requests[before].path.contains("pagination_token=tok-100"))
        #expect(state.pages == 8)
        #expect(try Self.pages(folder) == (try Self.pages(reference)))
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        guard case .resumed(let progress)? = recorder.events.first else {
            Issue.record("no resumed event")
            return
        }
        #expect(progress.pages == 2)
    }

    @Test func aFolderHoldingAnotherFetchOrOtherPagesIsLeftAlone() async throws {
        let api = try FakeXAPI(pageSize: 100)
        defer { api.stop() }
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await Self.fetcher(api, folder: folder).run(try Self.job(.list(FakeXAPI.listID)))
        await #expect(throws: FetchError.otherFetch(folder: folder.path, holds: "list \(FakeXAPI.listID), 2026-01-24")) {
            try await Self.fetcher(api, folder: folder).run(try Self.job(.query("ai")))
        }
        // A finished fetch asks nothing more; --fresh starts over.
        let count = api.requests.count
        _ = try await Self.fetcher(api, folder: folder).run(try Self.job(.list(FakeXAPI.listID)))
        #expect(api.requests.count == count)
        let state = try await Self.fetcher(api, folder: folder).run(try Self.job(.query("claude")), fresh: true)
        #expect(try Self.pages(folder).count == state.pages)

        let other = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: other) }
        try Data("{}".utf8).write(to: other.appendingPathComponent("page-001.json"))
        await #expect(throws: FetchError.foreignPages(folder: other.path)) {
            try await Self.fetcher(api, folder: other).run(try Self.job(.list(FakeXAPI.listID)))
        }
    }
}
