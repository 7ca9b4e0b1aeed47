import Foundation
import Testing
import TestSupport

/// The curated session on the sample day (`sessions/2026-01-24.jsonl`) replays to its golden post.
@Suite struct GoldenSessionTests {
    static var log: String { Fixtures.root.appendingPathComponent("sessions/2026-01-24.jsonl").path }
    static var golden: URL {
        Fixtures.root.appendingPathComponent("Tests/EndToEndTests/Golden/2026-01-24-twitter_ai_20260124_20260124.md")
    }

    @Test func theCuratedSessionReplaysToTheGoldenPostByteForByte() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-golden")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Run from elsewhere than the repository: the log's relative input paths still resolve.
        let replay = try await ChildProcess.run(["replay", Self.log, "--out", folder.path], in: folder)
        try #require(replay.status == 0, "\(replay.stderr)\nIf the sample day changed on purpose, re-make the session: scripts/make-sample-session.py (sessions/README.md).")
        let post = try Data(contentsOf: folder.appendingPathComponent(SessionEndToEndTests.postName))
        if ProcessInfo.processInfo.environment["COPYDESK_RECORD_GOLDEN"] != nil {
            try post.write(to: Self.golden)
            return
        }
        let expected = try Data(contentsOf: Self.golden)
        #expect(post == expected, "the replay differs from \(Self.golden.lastPathComponent); if the renderer changed on purpose, re-record it (sessions/README.md)")

        let check = try await ChildProcess.run(["replay", Self.log, "--out", folder.path, "--check"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func theGoldenPostHasTheReferencesFrontMatterAndHeadings() async throws {
        let post = try String(contentsOf: Self.golden, encoding: .utf8).components(separatedBy: "\n")
        let reference = try String(contentsOf: Fixtures.seeds.appendingPathComponent("reference-2026-01-24.md"), encoding: .utf8)
            .components(separatedBy: "\n")
        #expect(Array(post.prefix(8)) == Array(reference.prefix(8)))
        let headings = { (lines: [String]) in lines.filter { $0.hasPrefix("#") || $0.hasPrefix("**") } }
        #expect(headings(post) == headings(reference))
    }

    @Test func theLogRecordsItsProposalAndInputs() async throws {
        let lines = try String(contentsOfFile: Self.log, encoding: .utf8).split(separator: "\n")
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["format"] as? Int == 1)
        let inputs = try #require(header["inputs"] as? [[String: Any]])
        #expect(inputs.first?["path"] as? String == "seeds/sample-day/2026-01-24.x-api.json")
        #expect((inputs.first?["sha256"] as? String)?.count == 64)
        let proposal = try #require(header["proposal"] as? [String: Any])
        #expect((proposal["points"] as? [Any])?.count == 10)
        #expect(((proposal["stories"] as? [Any])?.count ?? 0) > 10)
        // Every later line is one record, numbered from 1.
        for (index, line) in lines.dropFirst().enumerated() {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(record["seq"] as? Int == index + 1)
        }
    }
}
