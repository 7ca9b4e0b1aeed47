import CopydeskCore
import Foundation
import Testing
@testable import CopydeskFetch

@Suite struct XAPIRequestsTests {
    let requests = XAPIRequests(base: URL(string: "http://127.0.0.1:9")!)
    let window = ReportWindow(day: LocalDate("2026-01-24")!, utcOffsetSeconds: 8 * 3600)
    let later = Date(timeIntervalSince1970: 1_769_500_000)  // 2026-01-27, after the window

    @Test func aListPageAsksForEveryFieldAndNoTimeRange() throws {
        let job = try FetchJob(source: .list("1234"), window: window, now: later)
        let first = requests.page(job, accountID: nil, token: nil).absoluteString
        #expect(first == "http://127.0.0.1:9/2/lists/1234/tweets?max_results=100"
            + "&tweet.fields=created_at%2Cauthor_id%2Cpublic_metrics%2Centities%2Creferenced_tweets%2Cconversation_id%2Clang%2Cnote_tweet"
            + "&expansions=author_id%2Creferenced_tweets.id%2Creferenced_tweets.id.author_id"
            + "&user.fields=public_metrics%2Cname%2Cusername")
        #expect(requests.page(job, accountID: nil, token: "7abc").absoluteString == first + "&pagination_token=7abc")
    }

    @Test func aTimelineAndASearchAskForTheWindowInUTC() throws {
        let users = try FetchJob(source: .users(["a"]), window: window, now: later)
        let timeline = requests.page(users, accountID: "42", token: "t1").absoluteString
        #expect(timeline.hasPrefix("http://127.0.0.1:9/2/users/42/tweets?start_time=2026-01-23T16%3A00%3A00Z&end_time=2026-01-24T16%3A00%3A00Z&max_results=100"))
        #expect(timeline.hasSuffix("&pagination_token=t1"))
        let search = try FetchJob(source: .query("from:a OR #b & c+d"), window: window, now: later)
        let url = requests.page(search, accountID: nil, token: "n2").absoluteString
        #expect(url.hasPrefix("http://127.0.0.1:9/2/tweets/search/recent?query=from%3Aa%20OR%20%23b%20%26%20c%2Bd&start_time="))
        #expect(url.hasSuffix("&next_token=n2"))
    }

    @Test func usersAreResolvedByName() {
        #expect(requests.users(["karpathy", "sama"]).absoluteString
            == "http://127.0.0.1:9/2/users/by?usernames=karpathy%2Csama&user.fields=public_metrics%2Cname%2Cusername")
    }

    @Test func anOpenWindowEndsJustBeforeTheStartAndAFutureOneIsRefused() throws {
        let noon = window.lowerBound.addingTimeInterval(12 * 3600)
        let job = try FetchJob(source: .list("1"), window: window, now: noon)
        #expect(job.endTime == noon.addingTimeInterval(-15))
        #expect(throws: FetchError.windowNotStarted("2026-01-24")) {
            try FetchJob(source: .list("1"), window: window, now: window.lowerBound.addingTimeInterval(-60))
        }
    }

    @Test func recentSearchReachesBackSevenDaysOnly() {
        #expect(throws: FetchError.searchTooOld("2026-01-24")) {
            try FetchJob(source: .query("ai"), window: window, now: later.addingTimeInterval(7 * 86400))
        }
    }

    @Test func baseURLsAreHTTPOnly() {
        #expect(XAPIRequests.base("http://127.0.0.1:8080/")?.absoluteString == "http://127.0.0.1:8080")
        #expect(XAPIRequests.base("ftp://x") == nil)
        #expect(XAPIRequests.base("api.x.com") == nil)
    }
}
