import Foundation
import Testing
import TestSupport

/// `draft` and `edit` tell the editor what the loader had to skip or repair, not only `inspect`.
@Suite struct LoadWarningsEndToEndTests {
    /// The sample day's twscrape export with a broken record (line 3) and invalid UTF-8 (line 5).
    static func damagedDay(in folder: URL) throws -> String {
        let sample = Fixtures.seeds.appendingPathComponent("sample-day/2026-01-24.twscrape.jsonl")
        var lines = try Data(contentsOf: sample).split(separator: 0x0A, omittingEmptySubsequences: false).map { Data($0) }
        lines[2] = Data("{\"id\": 1, \"broken".utf8)
        let text = try #require(lines[4].range(of: Data("rawContent\":\"".utf8)))
        lines[4].insert(contentsOf: [0xFF, 0xFE], at: text.upperBound)
        let path = folder.appendingPathComponent("day.jsonl")
        try Data(lines.joined(separator: [0x0A])).write(to: path)
        return path.path
    }

    @Test func draftAndEditPrintTheLoadersWarnings() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-load-warnings")
        defer { try? FileManager.default.removeItem(at: folder) }
        let day = try Self.damagedDay(in: folder)
        let draft = try await ChildProcess.run(["draft", day, "--date", "2026-01-24", "--out", folder.path], in: folder)
        #expect(draft.status == 0, "\(draft.stderr)")
        for run in [draft, try await ChildProcess.run(
            ["edit", day, "--date", "2026-01-24", "--sessions", folder.path, "--out", folder.path], stdin: "points\n", in: folder)] {
            #expect(run.stderr.contains("day.jsonl:3"), "\(run.stderr)")
            #expect(run.stderr.contains("day.jsonl:5: warning: 2 invalid UTF-8 sequences were replaced with U+FFFD (first on line 5)"), "\(run.stderr)")
            #expect(run.stderr.contains("warning: 1 record skipped (malformed 1)"), "\(run.stderr)")
        }
    }
}
