import CopydeskCore
import Foundation
import Testing

@Suite struct ReportWindowTests {
    @Test func dayAtPlusEightStartsAtSixteenUTC() throws {
        let window = ReportWindow(day: try #require(LocalDate("2026-01-24")))
        #expect(window.lowerBound == Date(timeIntervalSince1970: 1_769_184_000))  // 2026-01-23T16:00Z
        #expect(window.upperBound.timeIntervalSince(window.lowerBound) == 86400)
        #expect(window.slug == "twitter_ai_20260124_20260124")
        #expect(window.offsetText == "+0800")
    }

    @Test(arguments: [("+08:00", 28800), ("+0800", 28800), ("-05:30", -19800), ("Z", 0), ("UTC", 0), ("+8", nil), ("08:00", nil)])
    func parsesOffsets(text: String, seconds: Int?) {
        #expect(ReportWindow.parseOffset(text) == seconds)
    }

    @Test func rejectsImpossibleDates() {
        #expect(LocalDate("2026-02-29") == nil)
        #expect(LocalDate("2024-02-29") != nil)
        #expect(LocalDate("2026-1-24") == nil)
    }

    @Test func roundTripsDaysSinceEpoch() throws {
        for days in stride(from: -1000, through: 30000, by: 37) {
            #expect(LocalDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }
}
