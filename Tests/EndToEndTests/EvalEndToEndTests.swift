import Foundation
import Testing
import TestSupport

/// `copydesk eval` on the committed labelled sample day, and on folders that are not labelled days.
@Suite(.serialized) struct EvalEndToEndTests {
    @Test func scoresTheSampleDayFoundInsideSeeds() async throws {
        let result = try await ChildProcess.run(["eval", Fixtures.seeds.path, "--json"], in: Fixtures.root)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let days = try #require(object["days"] as? [[String: Any]])
        #expect(days.map { $0["day"] as? String } == ["sample-day"])
        #expect(days[0]["core_points"] as? Int == 10)
        #expect((days[0]["points"] as? [String])?.count == 10)
        // One day alone teaches no ranking (no other day to learn from): before and after agree.
        let learning = try #require(object["learning"] as? [[String: Any]])
        #expect(learning.first?["title"] as? String == "Ranking")
        let ranking = try #require(learning.first?["days"] as? [[String: Any]])
        let before = try #require(ranking.first?["before"] as? [String: Any]), after = try #require(ranking.first?["after"] as? [String: Any])
        #expect(before["core_points_covered"] as? Int == after["core_points_covered"] as? Int)
        #expect(after["core_points_covered"] as? Int == days[0]["core_points_covered"] as? Int)
        let table = try await ChildProcess.run(["eval", Fixtures.seeds.appendingPathComponent("sample-day").path], in: Fixtures.root)
        #expect(table.stdout.contains("| sample-day |") && table.stdout.contains("| mean |"))
    }

    @Test func aFolderWithoutLabelsIsAClearError() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-eval")
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try await ChildProcess.run(["eval", folder.path], in: folder)
        #expect(empty.status == 65)
        #expect(empty.stderr.contains("no labelled day"))
        try #"{"date": "2026-01-24", "tz": "+08:00", "stories": [{"id": "x"}], "core_points": [], "noise": []}"#
            .write(to: folder.appendingPathComponent("labels.json"), atomically: true, encoding: .utf8)
        let bad = try await ChildProcess.run(["eval", folder.path], in: folder)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("labels.json: is not in the labels format (missing stories[0].summary") || bad.stderr.contains("labels.json: is not in the labels format (missing stories[0].category"), "\(bad.stderr)")
        try #"{"date": "2026-01-24", "tz": "+08:00", "stories": [], "core_points": [], "noise": []}"#
            .write(to: folder.appendingPathComponent("labels.json"), atomically: true, encoding: .utf8)
        let noTweets = try await ChildProcess.run(["eval", folder.path], in: folder)
        #expect(noTweets.status == 65)
        #expect(noTweets.stderr.contains("holds no tweets (expected tweets.json, tweets.jsonl, tweets)"))
    }
}
