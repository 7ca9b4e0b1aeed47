@testable import CopydeskCore
import Foundation
import Testing

@Suite struct TweetDateTests {
    // 2026-01-24T03:12:00Z
    static let instant = Date(timeIntervalSince1970: 1_769_224_320)

    @Test(arguments: [
        "2026-01-24T03:12:00.000Z", "2026-01-24T03:12:00Z", "2026-01-24T03:12:00+00:00", "2026-01-24 03:12:00+00:00",
        "2026-01-24T11:12:00+08:00", "2026-01-24T11:12:00+0800", "2026-01-23T22:12:00-05:00", "Sat Jan 24 03:12:00 +0000 2026",
        "Sat Jan 24 11:12:00 +0800 2026", "2026-01-24 03:12:00 UTC",
    ])
    func readsExportForms(text: String) throws {
        let parsed = try #require(TweetDate.parse(text))
        #expect(parsed.date == Self.instant)
        #expect(!parsed.assumedUTC)
    }

    @Test func keepsMilliseconds() throws {
        let parsed = try #require(TweetDate.parse("2026-01-24T03:12:00.250Z"))
        #expect(parsed.date.timeIntervalSince(Self.instant) == 0.25)
    }

    @Test func flagsTimesWithoutOffset() throws {
        let parsed = try #require(TweetDate.parse("2026-01-24 03:12:00"))
        #expect(parsed.date == Self.instant)
        #expect(parsed.assumedUTC)
    }

    @Test(arguments: ["", "yesterday", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-01-24T25:00:00Z",
                      "2026-01-24T03:12:00+99:00", "Sat Foo 24 03:12:00 +0000 2026", "2026-01-24T03:12:00Zjunk"])
    func refusesNonsense(text: String) {
        #expect(TweetDate.parse(text) == nil)
    }

    @Test(arguments: ["2026-01-24T03:12:00.000Z", "2026-01-24 03:12:00 GMT", "2026-01-24T03:12:00 UTCX", " 1769224320",
                      "1769224320.5", "Sat Jan 24 03:12:00 +0000 2026", "2026-01-24T03:12", "junk", ""])
    func readsBytesAsItReadsText(text: String) {
        var copy = text
        #expect(copy.withUTF8 { TweetDate.parse(utf8: $0) } == TweetDate.parse(text))
    }
}
