import Foundation
import Testing
import TestSupport

/// The desk remembers: a day's `edit` session log marks the next day's retellings `covered` in
/// `draft --json` and in the shell's listing, and `--memory-days 0` forgets.
@Suite(.serialized) struct MemoryEndToEndTests {
    /// One twscrape line.
    static func line(_ id: Int, _ day: String, _ hour: Int, _ text: String, by handle: String, likes: Int, followers: Int = 20_000,
                     link: String? = nil, quoting: Int? = nil) -> String {
        let tweet: [String: Any?] = [
            "id_str": String(id), "date": "\(day)T0\(hour):00:00+08:00", "rawContent": text,
            "user": ["username": handle, "displayname": handle, "followersCount": followers],
            "likeCount": likes, "retweetCount": 0, "replyCount": 0, "quoteCount": 0,
            "links": link.map { [["url": $0]] } ?? [],
            "quotedTweet": quoting.map { ["id_str": String($0), "rawContent": "", "user": ["username": "x"]] },
        ]
        let data = try! JSONSerialization.data(withJSONObject: tweet.compactMapValues { $0 }, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    static func writeDays(in folder: URL) throws {
        let one = [
            line(1_900_000_000_000_000_101, "2026-01-23", 2, "Orbitra releases Kestrel 3, a 40B open weights model with 128K context", by: "orbitra", likes: 900, followers: 90_000),
            line(1_900_000_000_000_000_102, "2026-01-23", 3, "Halberd raises $300M Series C to build robot hands", by: "halberd", likes: 500,
                 link: "https://halberd.ai/news/series-c"),
            line(1_900_000_000_000_000_103, "2026-01-23", 4, "Vantor ships the Talon 2 agent platform for banks at $12 a seat", by: "vantor", likes: 400),
        ]
        let two = [
            line(1_900_000_000_000_000_201, "2026-01-24", 2, "Still thinking about Kestrel 3 from Orbitra, what a model", by: "ben", likes: 300,
                 quoting: 1_900_000_000_000_000_101),
            line(1_900_000_000_000_000_202, "2026-01-24", 3, "Halberd Series C: $300M for robot hands, details here", by: "carl", likes: 250,
                 link: "https://halberd.ai/news/series-c"),
            line(1_900_000_000_000_000_203, "2026-01-24", 4, "Vantor says Talon 2 passed 1M bank users in its first week, and Quorra Bank signed on", by: "vantor", likes: 350),
            line(1_900_000_000_000_000_204, "2026-01-24", 5, "Corvane opens the Lumen 5 API to all developers with 2M context", by: "corvane", likes: 200),
        ]
        try (one.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("day1.jsonl"), atomically: true, encoding: .utf8)
        try (two.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("day2.jsonl"), atomically: true, encoding: .utf8)
    }

    @Test func yesterdaysPostMarksTodaysRetellings() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-memory")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeDays(in: folder)
        let day1 = folder.appendingPathComponent("day1.jsonl").path, day2 = folder.appendingPathComponent("day2.jsonl").path
        let logs = folder.appendingPathComponent("logs").path, site = folder.appendingPathComponent("site").path
        let edit = try await ChildProcess.run(["edit", day1, "--date", "2026-01-23", "--sessions", logs, "--out", site], stdin: "accept 1-3\nquit\n", in: folder)
        #expect(edit.status == 0, "\(edit.stderr)")

        let draft = try await ChildProcess.run(["draft", day2, "--date", "2026-01-24", "--sessions", logs, "--out", site, "--json"], in: folder)
        #expect(draft.status == 0, "\(draft.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(draft.stdout.utf8)) as? [String: Any])
        let points = try #require(object["points"] as? [[String: Any]]), reserve = try #require(object["reserve"] as? [[String: Any]])
        func entry(_ id: String) -> [String: Any]? { (points + reserve).first { ($0["tweets"] as? [String])?.contains(id) == true } }
        let quote = try #require(entry("1900000000000000201")), retold = try #require(entry("1900000000000000202"))
        let developed = try #require(entry("1900000000000000203")), fresh = try #require(entry("1900000000000000204"))
        for retelling in [quote, retold] {
            let covered = try #require(retelling["covered"] as? [String: Any])
            #expect(covered["date"] as? String == "2026-01-23")
            #expect((1...3).contains(covered["point"] as? Int ?? 0))
            #expect((retelling["item"] as? String)?.hasPrefix("R") == true, "a retelling left the ten")
        }
        #expect((developed["covered"] as? [String: Any])?["date"] as? String == "2026-01-23")
        #expect((developed["item"] as? String)?.hasPrefix("R") == false, "a development stays a point")
        #expect(fresh["covered"] == nil)

        // The shell's listing and why say the same; --memory-days 0 forgets.
        let shell = try await ChildProcess.run(["edit", day2, "--date", "2026-01-24", "--sessions", logs, "--out", site], stdin: "points\nquit\n", in: folder)
        #expect(shell.stdout.contains("(covered 2026-01-23 #"), "\(shell.stdout)")
        let off = try await ChildProcess.run(["draft", day2, "--date", "2026-01-24", "--sessions", logs, "--out", site, "--json", "--memory-days", "0"], in: folder)
        #expect(off.status == 0)
        #expect(!off.stdout.contains("\"covered\""))
        let bad = try await ChildProcess.run(["draft", day2, "--date", "2026-01-24", "--memory-days=-1"], in: folder)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--memory-days takes a number of days"))
    }
}
