@testable import CopydeskShell
import Testing

/// A host that records what it is asked.
final class RecordingHost: ShellHost {
    var executed: [String] = []
    var hasUnsavedChanges = false
    var action: (String, ShellIO) -> Void = { _, _ in }

    func prompt() -> ShellPrompt { ShellPrompt(date: "2026-01-24", accepted: executed.count) }
    func complete(line: String) -> ShellCompletion { .words(["accept", "reject"]) }
    func execute(_ line: String, io: ShellIO) -> ShellOutcome {
        executed.append(line)
        action(line, io)
        return line == "quit" ? .quit : .proceed
    }
}

/// A shell over scripted input, collecting its output.
final class ScriptedShell {
    var input: [String]
    var output = ""
    let host = RecordingHost()
    private(set) var shell: TerminalShell!

    init(_ lines: [String]) {
        input = lines
        let reader = LineReader(read: { [unowned self] in input.isEmpty ? nil : input.removeFirst() },
                                write: { [unowned self] in output += $0 })
        shell = TerminalShell(host: host, reader: reader, environment: [:])
    }
}

@Suite struct TerminalShellTests {
    @Test func blankLinesAreSkippedAndTheEndOfInputLeaves() {
        let s = ScriptedShell(["accept 1", "", "   ", "reject 2"])
        s.shell.run()
        #expect(s.host.executed == ["accept 1", "reject 2"])
    }

    @Test func quitLeavesAtOnceWhenEverythingIsSaved() {
        let s = ScriptedShell(["accept 1", "quit", "reject 2"])
        s.shell.run()
        #expect(s.host.executed == ["accept 1", "quit"])
    }

    @Test func quitAsksFirstWhenThereAreUnsavedChanges() {
        let s = ScriptedShell(["quit", "maybe", "n", "accept 1", "quit", "y", "reject 2"])
        s.host.hasUnsavedChanges = true
        s.shell.run()
        #expect(s.host.executed == ["quit", "accept 1", "quit"])
        #expect(s.output.contains("Answer y or n."))
        #expect(s.input == ["reject 2"])
    }

    @Test func plainOutputHasNoColourAndPagingWritesThrough() {
        let s = ScriptedShell(["preview"])
        s.host.action = { _, io in io.page("# 标题\n正文") }
        s.shell.run()
        #expect(!s.shell.colour)
        #expect(s.output == "# 标题\n正文\n")
    }

    @Test func outputCarriesNoControlCharactersFromTheText() {
        let s = ScriptedShell(["show 1", "preview"])
        s.host.action = { line, io in
            if line == "preview" { io.page("# \u{1B}]0;title\u{7}标题") } else { io.write("\u{1B}[2Jtweet\n") }
        }
        s.shell.run()
        #expect(s.output == "[2Jtweet\n# ]0;title标题\n")
    }

    @Test func withoutATerminalTheEditorIsNotOpened() {
        let s = ScriptedShell(["rewrite overview"])
        var answer: String?? = .none
        s.host.action = { _, io in answer = .some(io.editText("text", fileExtension: "md")) }
        s.shell.run()
        #expect(answer == .some(nil))
    }

    @Test func noColourWhenNO_COLORIsSet() {
        let reader = LineReader(read: { nil }, write: { _ in })
        #expect(!TerminalShell(host: RecordingHost(), reader: reader, environment: ["NO_COLOR": "1"]).colour)
    }
}
