import Foundation
import Testing
import TestSupport

/// `copydesk learn`: the editor's decisions in a session log become `taste.tsv` beside it, which
/// `draft` and `edit` use (`--no-taste` to compare); `--forget` takes a day out; the log still
/// replays to the same post.
@Suite(.serialized) struct LearnEndToEndTests {
    static let sample = Fixtures.seeds.appendingPathComponent("sample-day/2026-01-24.x-api.json").path

    @Test func learnsFromASessionAndForgetsIt() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-learn")
        defer { try? FileManager.default.removeItem(at: folder) }
        let logs = folder.appendingPathComponent("logs").path, site = folder.appendingPathComponent("site").path
        let script = "accept 1-3\nreject 4-6\nreclassify 1 policy\nsave\nquit\n"
        let edit = try await ChildProcess.run(["edit", Self.sample, "--date", "2026-01-24", "--sessions", logs, "--out", site], stdin: script, in: folder)
        #expect(edit.status == 0, "\(edit.stderr)")

        let learn = try await ChildProcess.run(["learn", logs], in: folder)
        #expect(learn.status == 0, "\(learn.stderr)")
        #expect(learn.stdout.contains("learned from 1 session: "))
        let tastePath = folder.appendingPathComponent("logs/taste.tsv")
        let taste = try String(contentsOf: tastePath, encoding: .utf8)
        #expect(taste.hasPrefix("# copydesk taste, version 1\n"))
        #expect(taste.contains("# sessions: 2026-01-24\n") && taste.contains("[ranking]\n") && taste.contains("[category]\n"))
        #expect(taste.contains("# words for "))
        // Weights and feature names only: no tweet's words.
        let log = try String(contentsOf: folder.appendingPathComponent("logs/2026-01-24.jsonl"), encoding: .utf8)
        let headline = try #require(log.firstMatch(of: /"headline":"([^"]{20,})"/)?.1)
        #expect(!taste.contains(String(headline)))

        // draft uses the taste (other scores), --no-taste the built-in models (drafts go elsewhere: the session saved into site).
        let drafts = folder.appendingPathComponent("drafts").path
        let tasted = try await ChildProcess.run(["draft", Self.sample, "--date", "2026-01-24", "--sessions", logs, "--out", drafts, "--json"], in: folder)
        let plain = try await ChildProcess.run(["draft", Self.sample, "--date", "2026-01-24", "--sessions", logs, "--out", drafts, "--json", "--no-taste"], in: folder)
        #expect(tasted.status == 0 && plain.status == 0, "\(tasted.stderr)")
        #expect(tasted.stdout != plain.stdout)
        let elsewhere = try await ChildProcess.run(["draft", Self.sample, "--date", "2026-01-24", "--out", drafts, "--json"], in: folder)
        #expect(elsewhere.stdout == plain.stdout)

        // The log replays to the post it saved, whatever the taste now says.
        let logPath = folder.appendingPathComponent("logs/2026-01-24.jsonl").path
        let replay = try await ChildProcess.run(["replay", logPath, "--out", site, "--check"], in: folder)
        #expect(replay.status == 0, "\(replay.stdout) \(replay.stderr)")

        let forget = try await ChildProcess.run(["learn", logs, "--forget", "2026-01-24"], in: folder)
        #expect(forget.status == 0, "\(forget.stderr)")
        #expect(forget.stdout.contains("no session or labelled day to learn from"))
        let forgotten = try String(contentsOf: tastePath, encoding: .utf8)
        #expect(forgotten.contains("# forgotten: 2026-01-24\n") && !forgotten.contains("[ranking]"))
        // Forgotten for good: a later learn leaves the day out too.
        let later = try await ChildProcess.run(["learn", logs], in: folder)
        #expect(later.stdout.contains("no session or labelled day to learn from") && later.stdout.contains("forgotten: 2026-01-24"))
        let reset = try await ChildProcess.run(["draft", Self.sample, "--date", "2026-01-24", "--sessions", logs, "--out", drafts, "--json"], in: folder)
        #expect(reset.stdout == plain.stdout)
    }

    @Test func aDamagedTasteIsAWarningForDraftAndAnErrorForLearn() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-learn")
        defer { try? FileManager.default.removeItem(at: folder) }
        let logs = folder.appendingPathComponent("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        try "# copydesk taste, version 1\n[ranking]\nfeature\tweight\nlinks\tplenty\n".write(to: logs.appendingPathComponent("taste.tsv"), atomically: true, encoding: .utf8)
        let draft = try await ChildProcess.run(["draft", Self.sample, "--date", "2026-01-24", "--sessions", logs.path, "--out", folder.path, "--json"], in: folder)
        #expect(draft.status == 0)
        #expect(draft.stderr.contains("taste.tsv:4: plenty is not a number; proposing with the built-in models"), "\(draft.stderr)")
        let learn = try await ChildProcess.run(["learn", logs.path], in: folder)
        #expect(learn.status == 65)
        #expect(learn.stderr.contains("taste.tsv:4: plenty is not a number (delete the file to start afresh)"), "\(learn.stderr)")
        let missing = try await ChildProcess.run(["learn", folder.appendingPathComponent("nowhere").path], in: folder)
        #expect(missing.status == 66)
        let badDay = try await ChildProcess.run(["learn", logs.path, "--forget", "yesterday"], in: folder)
        #expect(badDay.status == 64)
    }
}
