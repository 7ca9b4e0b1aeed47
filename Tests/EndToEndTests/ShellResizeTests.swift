import Foundation
import Testing
import TestSupport

/// A window resize redraws the prompt and a wrapped Chinese line at once, exactly once, with the
/// cursor where the text is (libedit alone redrew one row off after the terminal re-wrapped it).
@Suite(.serialized) struct ShellResizeTests {
    static let prompt = "2026-01-24 +0 -0 ?10> "
    static let text = "edit 1 这是一条很长的中文标题，用来测试窗口大小改变时的重绘是否正确，OpenAI 发布了新的模型并且开源了权重"

    @Test func resizingRedrawsTheWrappedLineOnceWithTheCursorInPlace() throws {
        let folder = try Fixtures.temporaryFolder("shell-resize")
        defer { try? FileManager.default.removeItem(at: folder) }
        let term = try Terminal(folder: folder)
        defer { term.close() }
        try term.start(
            "cd '\(Fixtures.root.path)' && env HOME='\(folder.path)' XDG_STATE_HOME='\(folder.path)/state' LANG=C.UTF-8 "
            + "'\(ChildProcess.binary)' edit seeds/sample-day/2026-01-24.x-api.json --date 2026-01-24 "
            + "--sessions '\(folder.path)/sessions' --out '\(folder.path)/out'", columns: 100)
        try term.waitFor(Self.prompt)
        term.type(Self.text)
        try term.waitFor(Self.prompt + Self.text)
        try expectLineOnce(term, columns: 100, line: Self.text, cursorAtEnd: true)

        // Shrink: the terminal re-wraps the line; Home then a Chinese character redraw from the prompt.
        term.resize(columns: 60)
        _ = try term.waitForCursor { $0.x == 8 }
        term.type("Home", "中")
        try term.waitFor(Self.prompt + "中edit")
        try expectLineOnce(term, columns: 60, line: "中" + Self.text, cursorAtEnd: false)

        // Grow back: End lands after the last character, on the last row of the line.
        term.resize(columns: 100)
        term.type("End", "尾")
        try term.waitFor("权重尾")
        try expectLineOnce(term, columns: 100, line: "中" + Self.text + "尾", cursorAtEnd: true)
        term.type("C-c")
        try term.waitFor("尾^C")
    }

    /// The prompt shows once, the rows from it hold exactly `line` wrapped at `columns`, and the
    /// cursor is after its last character (or after the first, 中, on the prompt's row).
    func expectLineOnce(_ term: Terminal, columns: Int, line: String, cursorAtEnd: Bool,
                        sourceLocation: SourceLocation = #_sourceLocation) throws {
        // The screen settles a moment after the last key.
        usleep(300_000)
        let rows = term.rows()
        let first = try #require(rows.firstIndex { $0.contains(Self.prompt) }, "no prompt:\n\(rows.joined(separator: "\n"))")
        #expect(rows.filter { $0.contains("?10>") }.count == 1, "the prompt shows more than once:\n\(rows.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        // A row that ends in a space shows without it: compare without spaces.
        let shown = rows[first...].joined().filter { $0 != " " }
        #expect(shown == (Self.prompt + line).filter { $0 != " " }, "the rows from the prompt:\n\(rows[first...].joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        #expect(rows[first...].allSatisfy { TerminalWidth.of($0) <= columns }, sourceLocation: sourceLocation)
        let cursor = try term.cursor()
        if cursorAtEnd {
            #expect(cursor.y == rows.count - 1 && cursor.x == TerminalWidth.of(rows[rows.count - 1]),
                    "cursor at \(cursor), rows:\n\(rows.joined(separator: "\n"))", sourceLocation: sourceLocation)
        } else {
            #expect(cursor.y == first && cursor.x == TerminalWidth.of(Self.prompt) + 2,
                    "cursor at \(cursor), rows:\n\(rows.joined(separator: "\n"))", sourceLocation: sourceLocation)
        }
    }
}

/// Columns of a screen row: Chinese characters and fullwidth punctuation take two.
enum TerminalWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let v = scalar.value
            let wide = (0x2E80...0x9FFF).contains(v) || (0xFF00...0xFF60).contains(v)
            return total + (wide ? 2 : 1)
        }
    }
}
