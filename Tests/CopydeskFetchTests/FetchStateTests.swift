import CopydeskCore
import Foundation
import Testing
@testable import CopydeskFetch

@Suite struct FetchStateTests {
    let window = ReportWindow(day: LocalDate("2026-01-24")!, utcOffsetSeconds: 8 * 3600)
    let now = Date(timeIntervalSince1970: 1_769_400_000)

    func at(_ hours: Double) -> Date { window.lowerBound.addingTimeInterval(hours * 3600) }

    @Test func aListEndsAtThePageThatReachesBeforeTheWindow() throws {
        var state = FetchState(job: try FetchJob(source: .list("1"), window: window, now: now))
        state.advance(past: PageSummary(tweets: 100, oldest: at(10), nextToken: "a"))
        #expect(state.nextToken == "a" && !state.finished && state.pages == 1)
        state.advance(past: PageSummary(tweets: 100, oldest: at(-0.5), nextToken: "b"))
        #expect(state.finished && state.pages == 2 && state.tweets == 200)
    }

    @Test func eachAccountIsReadToItsLastPageThenTheNext() throws {
        var state = FetchState(job: try FetchJob(source: .users(["a", "b"]), window: window, now: now))
        state.accounts = [.init(id: "1", username: "a"), .init(id: "2", username: "b")]
        state.advance(past: PageSummary(tweets: 3, oldest: at(3), nextToken: "t"))
        #expect(state.stream == 0 && state.nextToken == "t")
        state.advance(past: PageSummary(tweets: 2, oldest: at(1), nextToken: nil))
        #expect(state.stream == 1 && state.nextToken == nil && state.oldest == nil && !state.finished)
        // An account without tweets in the window: an empty answer, not written, not counted.
        state.advance(past: PageSummary(tweets: 0, oldest: nil, nextToken: nil))
        #expect(state.finished && state.pages == 2 && state.tweets == 5)
        #expect(state.progress.line == "2 pages · 5 tweets · accounts 2/2 · covered 2026-01-24 00:00 – 2026-01-25 00:00 (+08:00)")
    }

    @Test func theProgressLineShowsHowFarBackTheStreamIsCovered() throws {
        var state = FetchState(job: try FetchJob(source: .users(["karpathy"]), window: window, now: now))
        state.accounts = [.init(id: "1", username: "karpathy")]
        state.advance(past: PageSummary(tweets: 100, oldest: at(9.2), nextToken: "t"))
        #expect(state.progress.line == "1 page · 100 tweets · accounts 0/1 · @karpathy covered 2026-01-24 09:12 – 2026-01-25 00:00 (+08:00)")
    }

    @Test func theFileRoundTripsAndRefusesOtherVersions() throws {
        var state = FetchState(job: try FetchJob(source: .query("claude code"), window: window, now: now))
        state.advance(past: PageSummary(tweets: 7, oldest: at(2), nextToken: "n"))
        let data = state.encoded()
        #expect(try FetchState.decode(data, path: "s") == state)
        #expect(String(decoding: data, as: UTF8.self).contains(#""query" : "claude code""#))
        let other = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: #""version" : 1"#, with: #""version" : 9"#).utf8)
        #expect(throws: FetchError.badState(path: "s", detail: "written by another version (9)")) { try FetchState.decode(other, path: "s") }
        #expect(throws: FetchError.badState(path: "s", detail: "not a fetch state file")) { try FetchState.decode(Data("{".utf8), path: "s") }
        #expect(FetchState.pageName(7) == "page-007.json")
    }
}

@Suite struct PageSummaryTests {
    @Test func readsCountOldestAndToken() throws {
        let body = #"{"data":[{"id":"2","created_at":"2026-01-24T10:00:00.000Z"},{"id":"1","created_at":"2026-01-24T09:00:00Z"}],"meta":{"next_token":"x","result_count":2}}"#
        let page = try PageSummary(Data(body.utf8), page: 1)
        #expect(page == PageSummary(tweets: 2, oldest: Date(timeIntervalSince1970: 1_769_245_200), nextToken: "x"))
        #expect(try PageSummary(Data(#"{"meta":{"result_count":0}}"#.utf8), page: 1) == PageSummary(tweets: 0, oldest: nil, nextToken: nil))
    }

    @Test(arguments: [
        ("", "the body is empty"),
        ("[1]", "expected a JSON object, got a list"),
        ("3", "expected a JSON object, got a single value"),
        (#"{"data":{"id":"1"}}"#, "\"data\" is not a list of tweets"),
        (#"{"data":[{"created_at":"2026-01-24T10:00:00Z"}]}"#, "tweet 1 has no \"id\""),
        (#"{"data":[{"id":"1","created_at":"yesterday"}]}"#, "tweet 1 has no readable \"created_at\""),
        (#"{"data":[],"meta":{"next_token":5}}"#, "\"meta.next_token\" is not a string"),
        (#"{"includes":{}}"#, "neither \"data\" nor \"meta\" is there"),
    ])
    func refusesAPageOfAnotherShape(body: String, detail: String) {
        #expect(throws: FetchError.badPage(number: 4, detail: detail)) { try PageSummary(Data(body.utf8), page: 4) }
    }

    @Test func anAnswerOfOnlyErrorsIsTheAPIsError() {
        let body = #"{"errors":[{"title":"Not Found Error","detail":"Could not find list with id: [9]."}]}"#
        #expect(throws: FetchError.apiError("Could not find list with id: [9].")) { try PageSummary(Data(body.utf8), page: 1) }
    }
}

@Suite struct HandleListTests {
    @Test func readsHandlesOneALine() throws {
        let text = "# AI accounts\n@karpathy\n  sama  \n\nKarpathy # again\nAnthropicAI\n"
        #expect(try HandleList.parse(text, file: "f") == ["karpathy", "sama", "AnthropicAI"])
    }

    @Test func namesTheLineOfABadHandle() {
        #expect(throws: FetchError.badHandle(file: "accounts.txt", line: 2, text: "https://x.com/sama")) {
            try HandleList.parse("karpathy\nhttps://x.com/sama\n", file: "accounts.txt")
        }
        #expect(throws: FetchError.noHandles(file: "f")) { try HandleList.parse("# none\n\n", file: "f") }
    }
}
