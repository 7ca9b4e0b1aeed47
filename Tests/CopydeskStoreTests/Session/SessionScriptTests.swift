import CopydeskCore
import CopydeskStore
import Foundation
import Testing
import TestSupport

@Suite struct SessionScriptTests {
    typealias F = SessionFixtures

    struct Run {
        var outcome: SessionScript.Outcome
        var out: [String]
        var err: [String]
        var session: SessionController
    }

    static func run(_ script: String, keepGoing: Bool = false, in folder: URL) throws -> Run {
        let session = try SessionControllerTests.open(folder)
        var lines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).makeIterator()
        var out: [String] = [], err: [String] = []
        let outcome = SessionScript(name: "s.txt", keepGoing: keepGoing)
            .run(session, nextLine: { lines.next() }, out: { out.append($0) }, err: { err.append($0) })
        return Run(outcome: outcome, out: out, err: err, session: session)
    }

    @Test func runsCommandsAndAcknowledgesWhatIsLogged() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run("""
            # curate
            accept 1-3

            rewrite overview
            第一行
            ..以点开头
            .
            help undo
            """, in: folder)
        #expect(run.outcome == .init(failures: 0, logged: 2))
        #expect(run.out[0] == "[1] accepted 1, 2, 3")
        #expect(run.out[1] == "[2] rewrote section overview (9 characters)")
        #expect(run.out[2].hasPrefix("undo"))
        #expect(run.session.desk.draft.sectionTexts[.overview] == "第一行\n.以点开头")
    }

    @Test func stopsAtTheFirstErrorUnlessKeepGoing() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = "accept 1\nmove 1 50\naccept 2\nfrob\naccept 3"
        let stopped = try Self.run(script, in: folder)
        #expect(stopped.outcome == .init(failures: 1, logged: 1))
        #expect(stopped.err == ["s.txt:2: error: there is no point 50; the points are 1–10"])

        let other = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: other) }
        let kept = try Self.run(script, keepGoing: true, in: other)
        #expect(kept.outcome == .init(failures: 2, logged: 3))
        #expect(kept.err.last == "s.txt:4: error: unknown command 'frob'; type 'help' for the list")
    }

    @Test func quitEndsAScriptAsItEndsTheShell() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run("accept 1\nquit\naccept 2\n", in: folder)
        #expect(run.outcome == .init(failures: 0, logged: 1))
        #expect(run.err == ["s.txt:2: note: leaving with unsaved changes; they are in the log (`save` writes the post)"])
        #expect(run.session.desk.draft.decisions.count == 1)
        run.session.close()
        let saved = try Self.run("save\nEXIT\nfrobnicate\n", in: folder)
        #expect(saved.outcome.failures == 0 && saved.err.isEmpty)
    }

    @Test func anUnendedRewriteIsAnError() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run("rewrite stocks\ntext without an end", in: folder)
        #expect(run.outcome == .init(failures: 1, logged: 0))
        #expect(run.err == ["s.txt:1: error: rewrite stocks: the text must end with a line holding only '.'"])
        #expect(run.session.desk.draft.sectionTexts.isEmpty)
    }

    @Test func interceptedCommandsAreCommittedAsEvents() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try SessionControllerTests.open(folder)
        var lines = ["ai overview", "accept 1"].makeIterator()
        var out: [String] = []
        let script = SessionScript(name: "s", intercept: { line in
            guard line.hasPrefix("ai ") else { return nil }
            return session.commit([.sectionRewritten(section: .overview, text: "模型写的概述")], line: line, message: "drafted")
        })
        let outcome = script.run(session, nextLine: { lines.next() }, out: { out.append($0) }, err: { _ in })
        #expect(outcome == .init(failures: 0, logged: 2))
        #expect(out == ["[1] drafted", "[2] accepted 1"])
        session.close()
        let resumed = try SessionControllerTests.open(folder)
        #expect(resumed.desk.draft.sectionTexts[.overview] == "模型写的概述")
        // An event that does not fit is refused and not logged.
        let refused = resumed.commit([.pointAccepted(story: StoryID("nope"))], line: "ai x", message: "")
        #expect(refused.isError && resumed.seq == 2)
    }
}
