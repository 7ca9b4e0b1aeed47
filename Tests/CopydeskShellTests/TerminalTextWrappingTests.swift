@testable import CopydeskShell
import Testing

@Suite struct TerminalTextWrappingTests {
    @Test func dropsThePromptsEscapesBetweenMarkers() {
        let prompt = "\u{1}\u{1B}[1;36m\u{1}2026-01-24\u{1}\u{1B}[0m\u{1}> "
        #expect(TerminalText.visiblePrompt(prompt, marker: "\u{1}") == "2026-01-24> ")
        #expect(TerminalText.visiblePrompt("plain> ", marker: "\u{1}") == "plain> ")
    }

    @Test(arguments: [
        // ASCII: rows of the new width; a cursor right after a full row is on the next.
        ("abcdefghij", 10, 10, 1), ("abcdefghi", 10, 10, 0), ("abcdefghij", 10, 4, 2), ("abcdefghij", 4, 20, 0),
        // A wide character that does not fit at the row's end starts the next row.
        ("abc中", 4, 4, 1), ("ab中", 4, 4, 1), ("ab中x", 5, 5, 1), ("ab中x", 6, 6, 0),
        // The space drawn before a wrapped wide character stays when the terminal re-wraps: 3+1+2 cells.
        ("abc中", 4, 5, 1), ("abc中", 4, 6, 1), ("abc中", 4, 7, 0),
        ("", 80, 40, 0),
        // A newline (libedit's search prompt) ends a row whatever the width.
        ("ab\nbck:", 10, 10, 1), ("abcd\nbck:", 4, 4, 2),
    ])
    func findsTheCursorRowAfterTheTerminalReWraps(text: String, drawn: Int, shown: Int, row: Int) {
        #expect(TerminalText.cursorRow(after: text, drawnAt: drawn, shownAt: shown) == row)
    }

    @Test func aLongChineseLineShrunkFromHundredToSixtyColumns() {
        let line = "2026-01-24 +0 -0 ?10> edit 1 " + String(repeating: "中文标题", count: 10)
        // 29 + 80 columns: two rows at 100 (the cursor on the second), four at 40, three at 60 (29 + 30 | 60 | 20).
        #expect(TerminalText.cursorRow(after: line, drawnAt: 100, shownAt: 100) == 1)
        #expect(TerminalText.cursorRow(after: line, drawnAt: 100, shownAt: 40) == 2)
        #expect(TerminalText.cursorRow(after: line, drawnAt: 100, shownAt: 60) == 1)
    }
}
