import CopydeskCore
import CopydeskStore
import Foundation
import Testing
import TestSupport

@Suite struct SessionControllerTests {
    typealias F = SessionFixtures

    static func open(_ folder: URL, inputs: [SessionHeader.Input]? = nil, window: ReportWindow = F.window,
                     force: Bool = false) throws -> SessionController {
        try SessionController(
            logPath: folder.appendingPathComponent("sessions/2026-01-24.jsonl").path,
            outputFolder: folder.appendingPathComponent("out").path, tweets: F.tweets,
            inputs: inputs ?? F.header.inputs, window: window, force: force, propose: { F.header })
    }

    @Test func aNewSessionLogsEachChangeAndResumesExactly() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let live = try Self.open(folder)
        #expect(!live.resumed)
        #expect(live.run("accept 1-3").seq == 1)
        #expect(live.run("points").seq == nil)
        let refused = live.run("move 1 99")
        #expect(refused.isError && !refused.draftChanged)
        #expect(refused.text == "there is no point 99; the points are 1–10")
        #expect(live.run("reject 4").draftChanged)
        #expect(live.run("undo").draftChanged)
        let logText = try String(contentsOfFile: live.logPath, encoding: .utf8)
        #expect(logText.split(separator: "\n").count == 4)
        #expect(logText.contains(#""line":"reject 4""#))
        live.close()
        #expect(live.run("accept 9").isError)

        let resumed = try Self.open(folder)
        #expect(resumed.resumed)
        #expect(resumed.desk.draft == live.desk.draft)
        #expect(resumed.desk.state == live.desk.state)
        #expect(resumed.seq == 3)
        // The undone change can still be redone after resuming.
        #expect(resumed.run("redo").seq == 4)
        #expect(resumed.desk.draft.decisions[F.storyID(3)] == .rejected)
    }

    @Test func rewriteAsksForItsText() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try Self.open(folder)
        let ask = session.run("rewrite viewpoints")
        // The editor starts from the section as the post shows it: the quoted tweets and their links.
        let current = try #require(ask.textRequest?.current)
        #expect(ask.textRequest?.section == .viewpoints)
        #expect(try session.renderPost().contains(current))
        #expect(current.hasPrefix("以下观点摘自今日推文，保留原文。\n\n*   **"))
        #expect(current.contains("（[来源](https://x.com/"))
        #expect(session.seq == 0)
        let done = session.run("rewrite viewpoints", text: "观点一\n观点二\n")
        #expect(done.seq == 1)
        session.close()
        let resumed = try Self.open(folder)
        #expect(resumed.desk.draft.sectionTexts[.viewpoints] == "观点一\n观点二")
        // A written section opens as written, the section's stories it links none of below it, commented out.
        let written = try #require(resumed.run("rewrite viewpoints").textRequest?.current)
        #expect(written.hasPrefix("观点一\n观点二\n\n<!-- copydesk: the section's other stories"))
        #expect(written.split(separator: "\n").dropFirst(3).allSatisfy { $0.hasPrefix("<!-- ") && $0.hasSuffix(" -->") })
        #expect(written.contains("/status/\(F.tweetID(story: 10, index: 0))"))
    }

    @Test func aTornLineIsDroppedWithAWarningAndAppendingGoesOn() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.open(folder)
        _ = first.run("accept 1")
        _ = first.run("reject 2")
        first.close()
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: first.logPath))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"events":[{"pointAcce"#.utf8))
        try handle.close()

        let second = try Self.open(folder)
        #expect(second.warnings.count == 1)
        #expect(second.warnings.first?.contains(":4: the last line was cut off") == true)
        #expect(second.seq == 2)
        #expect(second.run("accept 5").seq == 3)
        let log = try SessionLog(data: Data(contentsOf: URL(fileURLWithPath: second.logPath)))
        #expect(log.tornLine == nil)
        #expect(log.records.map(\.line) == ["accept 1", "reject 2", "accept 5"])
    }

    @Test func damageBeforeTheLastLineStops() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.open(folder)
        for line in ["accept 1", "accept 2", "accept 3"] { _ = first.run(line) }
        first.close()
        var lines = try String(contentsOfFile: first.logPath, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines[2] = "garbage"
        try lines.joined(separator: "\n").write(toFile: first.logPath, atomically: true, encoding: .utf8)
        #expect(throws: SessionStoreError.log(path: first.logPath, .badRecord(line: 3, reason: "not a JSON object"))) {
            try Self.open(folder)
        }
    }

    @Test func changedInputsAreRefusedUnlessForced() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.open(folder)
        _ = first.run("accept 1")
        first.close()
        let changed = [SessionHeader.Input(path: "day.json", sha256: String(repeating: "cd", count: 32), size: 1235)]
        do {
            _ = try Self.open(folder, inputs: changed)
            Issue.record("changed inputs were accepted")
        } catch let error as SessionStoreError {
            guard case .inputsChanged(_, let problems) = error else { Issue.record("\(error)"); return }
            #expect(problems == ["day.json: was 1234 bytes, SHA-256 abababababab…; now 1235 bytes, SHA-256 cdcdcdcdcdcd…"])
            #expect(error.description.contains("--force"))
        }
        let forced = try Self.open(folder, inputs: changed, force: true)
        #expect(forced.warnings.first?.contains("inputs changed") == true)
        #expect(forced.seq == 1)
    }

    @Test func anotherWindowIsRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.open(folder).close()
        let utc = ReportWindow(day: F.day, utcOffsetSeconds: 0)
        #expect(throws: SessionStoreError.windowMismatch(
            log: folder.appendingPathComponent("sessions/2026-01-24.jsonl").path,
            expected: "2026-01-24 (+00:00)", found: "2026-01-24 (+08:00)")) { try Self.open(folder, window: utc) }
    }

    @Test func saveWritesThePostAtomically() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try Self.open(folder)
        #expect(!session.hasUnsavedChanges)
        _ = session.run("edit 1 第一条：新的标题")
        #expect(session.hasUnsavedChanges)
        let reply = session.run("save")
        let path = folder.appendingPathComponent("out/_posts/2026-01-24-twitter_ai_20260124_20260124.md").path
        #expect(reply.text == "saved \(path)")
        #expect(!session.hasUnsavedChanges)
        let post = try String(contentsOfFile: path, encoding: .utf8)
        #expect(try session.renderPost() == post)
        #expect(post.hasPrefix("---\nlayout: post\ntitle: \"twitter_ai_20260124_20260124\"\ndate: \"2026-01-24 14:32:23 +0800\""))
        #expect(post.contains("第一条：新的标题"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/_posts").path)
        #expect(leftovers == ["2026-01-24-twitter_ai_20260124_20260124.md"])
    }

    @Test func aResumedSessionCountsAsSavedOnlyWhenThePostOnDiskIsItsDraft() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.open(folder)
        _ = first.run("edit 1 第一条：新的标题")
        _ = first.run("save")
        first.close()
        // Saved, then the process ended: nothing to save on reopening.
        let second = try Self.open(folder)
        #expect(!second.hasUnsavedChanges)
        _ = second.run("accept 1")
        #expect(second.hasUnsavedChanges)
        // Undo back to the saved draft: nothing left to save.
        _ = second.run("undo")
        #expect(!second.hasUnsavedChanges)
        _ = second.run("accept 1")
        second.close()
        // A change after the save (then a crash): the post on disk is behind the draft.
        let third = try Self.open(folder)
        #expect(third.hasUnsavedChanges)
        _ = third.run("save")
        #expect(!third.hasUnsavedChanges)
        third.close()
        // No post yet: a resumed session with changes has not been saved.
        let other = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: other) }
        let fresh = try Self.open(other)
        _ = fresh.run("accept 2")
        fresh.close()
        #expect(try Self.open(other).hasUnsavedChanges)
    }

    @Test func aSecondSessionOnTheSameLogIsRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.open(folder)
        do {
            _ = try Self.open(folder)
            Issue.record("two sessions opened one log")
        } catch let error as SessionStoreError {
            #expect(error == .busy(log: first.logPath))
        }
        #expect(first.run("accept 1").seq == 1)
    }

    @Test func theLogOnDiskReplaysToEveryLiveState() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try Self.open(folder)
        var states = [session.desk.state]
        var rng = SeededRandom(seed: 99)
        while session.seq < 50 {
            let line = F.randomLine(&rng, points: session.desk.draft.points.count, reserve: session.desk.draft.reserve.count)
            if session.run(line).seq != nil { states.append(session.desk.state) }
        }
        let log = try SessionLog(data: Data(contentsOf: URL(fileURLWithPath: session.logPath)))
        #expect(log.records.count == 50)
        for k in 0...50 { #expect(try log.state(until: k) == states[k], "prefix \(k)") }
    }

    static func openWithCloud(_ folder: URL, cloud: @escaping SessionController.CloudRendering) throws -> SessionController {
        try SessionController(
            logPath: folder.appendingPathComponent("sessions/2026-01-24.jsonl").path,
            outputFolder: folder.appendingPathComponent("out").path, tweets: F.tweets,
            inputs: F.header.inputs, window: F.window, cloudRenderer: cloud, propose: { F.header })
    }

    @Test func saveWritesTheWordCloudBeforeThePostAndNothingWhenItFails() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let post = folder.appendingPathComponent("out/_posts/2026-01-24-twitter_ai_20260124_20260124.md").path
        // The image records the words it was drawn without, so a stale one shows.
        let session = try Self.openWithCloud(folder) { draft, _, out in
            guard !draft.cloud.excluded.contains("topic") else { throw CocoaError(.fileWriteUnknown) }
            let path = (out as NSString).appendingPathComponent(PostFiles.cloudImageSitePath(for: draft))
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(draft.cloud.excluded.joined(separator: ",").utf8).write(to: URL(fileURLWithPath: path))
            #expect(!FileManager.default.fileExists(atPath: post) || draft.cloud.excluded.contains("news"))
            return path
        }
        let image = folder.appendingPathComponent("out/2026/01/24/wordcloud_twitter_ai_20260124_20260124.jpg").path
        #expect(session.run("save").text == "saved \(post) and \(image)")
        #expect(try String(contentsOfFile: image, encoding: .utf8) == "")
        _ = session.run("cloud exclude news")
        _ = session.run("save")
        #expect(try String(contentsOfFile: image, encoding: .utf8) == "news")
        // An image that cannot be made saves nothing: the post on disk stays as it was.
        let before = try String(contentsOfFile: post, encoding: .utf8)
        _ = session.run("cloud exclude topic")
        _ = session.run("edit 1 不会保存的标题")
        let refused = session.run("save")
        #expect(refused.isError && refused.text.hasPrefix("not saved (the post on disk is unchanged): the word cloud was not written"))
        #expect(try String(contentsOfFile: post, encoding: .utf8) == before)
        #expect(session.hasUnsavedChanges)
    }

    @Test func aDateOnAnotherDayMovesThePostAndItsImageTogether() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try Self.openWithCloud(folder) { draft, _, out in
            let path = (out as NSString).appendingPathComponent(PostFiles.cloudImageSitePath(for: draft))
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data().write(to: URL(fileURLWithPath: path))
            return path
        }
        _ = session.run("save")
        _ = session.run("date 2026-01-25 09:30:00")
        let reply = session.run("save")
        let out = folder.appendingPathComponent("out")
        let posts = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("_posts").path)
        #expect(posts == ["2026-01-25-twitter_ai_20260124_20260124.md"])
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("2026/01/25/wordcloud_twitter_ai_20260124_20260124.jpg").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("2026/01/24/wordcloud_twitter_ai_20260124_20260124.jpg").path))
        #expect(reply.text.contains("removed \(out.appendingPathComponent("_posts/2026-01-24-twitter_ai_20260124_20260124.md").path)"))
        // A date away from the report is a warning, as is a site that dates posts in another zone.
        _ = session.run("date 2026-12-07 10:00:00")
        try Data("title: blog\ntimezone: America/New_York # the author's\n".utf8).write(to: out.appendingPathComponent("_config.yml"))
        let check = session.run("check").text
        #expect(check.contains("warning: the post is dated 2026-12-07, outside the report's last day and the day after (2026-01-24–2026-01-25)"))
        #expect(check.contains("sets `timezone: America/New_York` (-05:00), not the report's +08:00: add `timezone: Asia/Shanghai`"))
    }
}

@Suite struct SiteConfigTests {
    @Test func readsTheTimezoneAndWarnsUnlessItMatchesTheReport() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("site/sub")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let window = SessionFixtures.window
        // No site at all: nothing to say.
        #expect(SiteConfig.timezone(inConfig: "title: x\ntimezone: 'Asia/Shanghai'  # here\n") == "Asia/Shanghai")
        #expect(SiteConfig.timezone(inConfig: "title: x\n  # timezone: UTC\n") == nil)
        let config = folder.appendingPathComponent("site/_config.yml")
        try Data("title: a jekyll new site\n".utf8).write(to: config)
        let missing = try #require(SiteConfig.timezoneWarning(outputFolder: out.path, window: window))
        #expect(missing.hasPrefix("\(config.path) sets no `timezone`"))
        try Data("timezone: Asia/Shanghai\n".utf8).write(to: config)
        #expect(SiteConfig.timezoneWarning(outputFolder: out.path, window: window) == nil)
        try Data("timezone: Asia/Tokyo\n".utf8).write(to: config)
        #expect(SiteConfig.timezoneWarning(outputFolder: out.path, window: ReportWindow(day: SessionFixtures.day, utcOffsetSeconds: 9 * 3600)) == nil)
        #expect(SiteConfig.timezoneWarning(outputFolder: out.path, window: window)?.contains("(+09:00), not the report's +08:00") == true)
    }
}

@Suite struct SaveDateTests {
    typealias F = SessionFixtures

    /// A session begun by a copydesk that dated posts by the day it started (months after the report).
    static func open(_ folder: URL) throws -> SessionController {
        var header = F.header
        header.proposal.metadata = Draft.Metadata(title: F.window.slug, date: "2026-12-07 10:00:00 +0800", postTime: "2026-12-07 10:00:00 +0800")
        return try SessionController(
            logPath: folder.appendingPathComponent("sessions/2026-01-24.jsonl").path,
            outputFolder: folder.appendingPathComponent("out").path, tweets: F.tweets,
            inputs: header.inputs, window: F.window, propose: { header })
    }

    @Test func aSaveAwayFromTheReportDatesThePostByTheReportAndLogsIt() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try Self.open(folder)
        let december = try #require(ISO8601DateFormatter().date(from: "2026-12-07T02:00:00Z"))
        let reply = session.run("save", now: december)
        #expect(reply.text.hasPrefix("[1] dated 2026-01-24 20:00:00 +0800 (was 2026-12-07 10:00:00 +0800"), "\(reply.text)")
        let post = try String(contentsOfFile: folder.appendingPathComponent("out/_posts/2026-01-24-twitter_ai_20260124_20260124.md").path, encoding: .utf8)
        #expect(post.contains("date: \"2026-01-24 20:00:00 +0800\""))
        session.close()
        // Logged: the resumed session (and a replay) holds the same date, and a second save logs nothing.
        let resumed = try Self.open(folder)
        #expect(resumed.desk.draft.metadata.date == "2026-01-24 20:00:00 +0800")
        #expect(!resumed.run("save", now: december).text.contains("dated"))
        // A date the editor set is theirs, even away from the report (check warns).
        _ = resumed.run("date 2026-02-01 09:00:00")
        #expect(resumed.run("save", now: december).text.contains("warning: the post is dated 2026-02-01"))
        #expect(resumed.desk.draft.metadata.date == "2026-02-01 09:00:00 +0800")
    }
}
