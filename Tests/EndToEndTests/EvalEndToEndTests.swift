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

    /// A maintainer scores a lexicon edit on the labelled days before building it in: the categories
    /// follow the given lexicon, and a bad one is refused by file and line.
    @Test func scoresTheDaysWithAnotherLexicon() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-eval")
        defer { try? FileManager.default.removeItem(at: folder) }
        func accuracy(_ extra: [String]) async throws -> Double {
            let result = try await ChildProcess.run(["eval", Fixtures.seeds.path, "--json", "--no-semantic", "--no-learning"] + extra, in: Fixtures.root)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return try #require((object["days"] as? [[String: Any]])?.first?["category_accuracy"] as? Double)
        }
        // Every story told as a model: most of the sample day's stories are something else.
        let models = folder.appendingPathComponent("models.txt")
        try "[models]\nai = 1\n".write(to: models, atomically: true, encoding: .utf8)
        let builtIn = try await accuracy([]), onlyModels = try await accuracy(["--lexicon", models.path])
        #expect(onlyModels < builtIn - 0.2, "built-in \(builtIn), models only \(onlyModels)")
        let bad = folder.appendingPathComponent("bad.txt")
        try "[models]\nmodel = 1\n[nonsense]\nx\n".write(to: bad, atomically: true, encoding: .utf8)
        let refused = try await ChildProcess.run(["eval", Fixtures.seeds.path, "--lexicon", bad.path], in: Fixtures.root)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("bad.txt:3: unknown section [nonsense]"), "\(refused.stderr)")
        // A folder, a file that is not UTF-8, an empty file: each says what is wrong.
        let empty = folder.appendingPathComponent("empty.txt"), latin = folder.appendingPathComponent("latin.txt")
        try "# nothing yet\n\n".write(to: empty, atomically: true, encoding: .utf8)
        try Data([0x5B, 0x6D, 0x6F, 0x64, 0x65, 0x6C, 0x73, 0x5D, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: latin)
        for (path, status, message) in [(folder.path, Int32(66), "is a folder"), (latin.path, 65, "is not UTF-8 text"),
                                         (empty.path, 65, "holds no sections or terms"), (folder.appendingPathComponent("none.txt").path, 66, "no such file")] {
            let result = try await ChildProcess.run(["eval", Fixtures.seeds.path, "--lexicon", path], in: Fixtures.root)
            #expect(result.status == status && result.stderr.contains(message), "\(path): \(result.status) \(result.stderr)")
        }
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
