import Foundation
import Testing
import TestSupport

/// `why N`, `diff` and `preview` in script mode: the shell's output, printed without a pager, and
/// nothing logged.
@Suite struct ScriptLookCommandsTests {
    @Test func whyDiffAndPreviewPrintWhatTheShellShows() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-look")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await SessionEndToEndTests.edit(folder, script: """
            why 2
            why R1
            diff
            edit 1 新的标题：含中文
            reject 3
            date 2026-01-24 14:32:23
            diff
            preview
            save
            """)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

        // why: the score's parts and the classification, before anything else.
        #expect(lines.first?.hasPrefix("2. ") == true && lines[1].contains("score"), "\(run.stdout)")
        for part in ["+ engagement", "+ authors", "+ reach", "+ time", "category "] {
            #expect(lines.prefix(12).contains { $0.contains(part) }, "why 2 lacks \(part)")
        }
        // diff: nothing changed yet, then the headline and the rejection.
        let firstAck = try #require(lines.firstIndex { $0.hasPrefix("[1] ") })
        let secondDiff = try #require(lines.firstIndex { $0.hasPrefix("~ 1 headline") })
        #expect(secondDiff > firstAck)
        #expect(lines[firstAck - 1].lowercased().contains("no change") || lines[firstAck - 1].contains("unchanged"),
                "an untouched draft's diff says so: \(lines[firstAck - 1])")
        #expect(lines[secondDiff + 2] == "    + 新的标题：含中文")
        #expect(lines.contains("✗ 3 rejected"))

        // why R1: a reserve story's score, and what kept it out of the points.
        let reserve = try #require(lines.firstIndex { $0.hasPrefix("R1. ") }, "\(run.stdout)")
        #expect(lines[reserve + 1].contains("score"))
        #expect(lines[reserve...].contains { $0.hasPrefix("   not a point: ") })

        // preview: the saved post, with the automatic parts marked.
        let post = try String(contentsOf: folder.appendingPathComponent(SessionEndToEndTests.postName), encoding: .utf8)
        let start = try #require(lines.firstIndex(of: "---"))
        let end = try #require(lines.lastIndex { $0.hasPrefix("saved ") || $0.contains("] saved ") })
        let preview = lines[start..<end].joined(separator: "\n")
        #expect(preview.contains("<!-- copydesk:auto overview -->"))
        let unmarked = lines[start..<end].filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("<!-- copydesk:auto") }.joined(separator: "\n") + "\n"
        #expect(unmarked == post, "the preview is the saved post")

        // Looking logs nothing: only the three changes are records.
        let log = try String(contentsOfFile: SessionEndToEndTests.logPath(folder), encoding: .utf8)
        #expect(log.split(separator: "\n").dropFirst().count == 3)
    }

    @Test func badLookCommandsFailWithTheScriptLine() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-look")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await SessionEndToEndTests.edit(folder, script: "why 99\nwhy x\ndiff 3\npreview now\n", extra: ["--keep-going"])
        #expect(run.status == 1)
        let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init)
        #expect(errors.count == 4, "\(run.stderr)")
        #expect(errors.first?.hasSuffix(":1: error: there is no point 99; the points are 1–10") == true)
        #expect(errors.dropFirst().first?.hasSuffix(":2: error: why: 'x' is not a point number or a reserve item (R7)") == true)
        #expect(errors.dropFirst(2).first?.hasSuffix(":3: error: usage: diff") == true)
        #expect(errors.last?.hasSuffix(":4: error: usage: preview") == true)
    }
}
