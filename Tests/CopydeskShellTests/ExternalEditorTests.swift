@testable import CopydeskShell
import Foundation
import Testing
import TestSupport

@Suite struct ExternalEditorTests {
    @Test func visualWinsOverEditorAndViIsTheLastResort() {
        #expect(ExternalEditor(environment: ["VISUAL": "vim", "EDITOR": "nano"]).command == "vim")
        #expect(ExternalEditor(environment: ["VISUAL": "", "EDITOR": "nano"]).command == "nano")
        #expect(ExternalEditor(environment: [:]).command == "vi")
    }

    @Test func returnsWhatTheEditorSaved() throws {
        let editor = ExternalEditor(command: "sed -i 's/旧/新/'")
        #expect(try editor.edit("一个旧的概述\n第二行", fileExtension: "md") == "一个新的概述\n第二行")
    }

    @Test func anUnchangedFileCancels() {
        #expect(throws: ExternalEditor.Failure.unchanged) { try ExternalEditor(command: "true").edit("text") }
    }

    @Test func aFailingEditorCancelsWithItsStatus() {
        #expect(throws: ExternalEditor.Failure.editorFailed(command: "exit 3 #", status: 3)) {
            try ExternalEditor(command: "exit 3 #").edit("text")
        }
        #expect(throws: ExternalEditor.Failure.editorFailed(command: "no-such-editor-xyz", status: 127)) {
            try ExternalEditor(command: "no-such-editor-xyz").edit("text")
        }
    }

    @Test func theTemporaryFileIsRemovedAndNamedForItsSyntax() throws {
        let folder = try Fixtures.temporaryFolder("editor")
        defer { try? FileManager.default.removeItem(at: folder) }
        var editor = ExternalEditor(command: "echo \"$1\" >> '\(folder.path)/seen'; echo more >>")
        editor.folder = folder.path
        #expect(try editor.edit("x", fileExtension: "md") == "x\nmore")
        let seen = try String(contentsOfFile: folder.path + "/seen", encoding: .utf8)
        #expect(seen.hasPrefix(folder.path + "/copydesk-") && seen.hasSuffix(".md\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["seen"])
    }
}

@Suite struct PagerTests {
    @Test func pagerDefaultsToLessKeepingColours() {
        #expect(Pager(environment: [:]).command == "less -R")
        #expect(Pager(environment: ["PAGER": ""]).command == "less -R")
        #expect(Pager(environment: ["PAGER": "more"]).command == "more")
    }

    @Test func pagesOnlyWhatDoesNotFit() {
        let ten = (1...10).map { "line \($0)" }.joined(separator: "\n")
        #expect(!Pager.needsPaging(ten, rows: 23, columns: 80))
        #expect(Pager.needsPaging(ten, rows: 10, columns: 80))
        // Forty Chinese characters take 80 columns: two rows on a 40-column screen.
        let wide = String(repeating: "开", count: 40)
        #expect(Pager.needsPaging(Array(repeating: wide, count: 5).joined(separator: "\n"), rows: 10, columns: 40))
        #expect(!Pager.needsPaging(Array(repeating: wide, count: 4).joined(separator: "\n"), rows: 10, columns: 40))
    }

    @Test func thePagerReadsTheTextOnItsInput() throws {
        let path = NSTemporaryDirectory() + "copydesk-pager-\(UUID().uuidString).txt"
        defer { unlink(path) }
        let text = (1...2000).map { "第\($0)行 line" }.joined(separator: "\n") + "\n"
        #expect(Pager(command: "cat > '\(path)'").show(text))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func aPagerThatQuitsEarlyDoesNotKillTheShell() {
        let text = String(repeating: "a long line of text\n", count: 100_000)
        #expect(Pager(command: "head -n 1 >/dev/null").show(text))
    }
}
