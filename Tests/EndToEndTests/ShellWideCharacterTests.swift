import Foundation
import Testing
import TestSupport

/// Editing Chinese and emoji in the middle of a prefilled line: after every key the screen shows the
/// buffer, and the cursor sits where the buffer's cursor is (wide characters take two columns).
@Suite(.serialized) struct ShellWideCharacterTests {
    static func width(_ characters: ArraySlice<Character>) -> Int {
        characters.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
    }

    @Test func midLineEditsOfWideCharactersKeepTheScreenOnTheBuffer() async throws {
        let folder = try Fixtures.temporaryFolder("shell-wide")
        defer { try? FileManager.default.removeItem(at: folder) }
        let term = try Terminal(folder: folder)
        defer { term.close() }
        try term.start(
            "cd '\(Fixtures.root.path)' && env HOME='\(folder.path)' XDG_STATE_HOME='\(folder.path)/state' "
            + "LANG=C.UTF-8 EDITOR=false PAGER=cat '\(ChildProcess.binary)' edit seeds/sample-day/2026-01-24.x-api.json "
            + "--date 2026-01-24 --sessions '\(folder.path)/sessions' --out '\(folder.path)/out'", columns: 100)
        try term.waitFor("?10> ")
        term.type("edit 1 一二三四五六七八九十", "Enter")
        try term.waitFor("[1] point 1: 一二三四五六七八九十")
        term.type("edit 1", "Enter")
        // The prefilled line (its prompt marks the unsaved edit), not the line typed first.
        try term.waitForCursorLine { $0.hasSuffix("* +0 -0 ?10> edit 1 一二三四五六七八九十") }
        term.type("Home")
        let home = try term.waitForCursor { $0.x < 40 }

        // The model: the buffer and the cursor's index in it.
        var buffer = Array("edit 1 一二三四五六七八九十")
        var at = 0
        func check(_ step: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let text = String(buffer)
            try term.waitForCursorLine(sourceLocation: sourceLocation) { $0.components(separatedBy: "> ").last == text }
            _ = try term.waitForCursor(sourceLocation: sourceLocation) { $0.x == home.x + Self.width(buffer[..<at]) && $0.y == home.y }
        }
        func key(_ name: String, times: Int = 1) {
            for _ in 0..<times {
                term.type(name)
                switch name {
                case "Left": at = max(0, at - 1)
                case "Right": at = min(buffer.count, at + 1)
                case "BSpace": if at > 0 { buffer.remove(at: at - 1); at -= 1 }
                case "DC": if at < buffer.count { buffer.remove(at: at) }
                case "End": at = buffer.count
                default: break
                }
            }
        }
        func insert(_ text: String) {
            term.type(text)
            buffer.insert(contentsOf: Array(text), at: at)
            at += text.count
        }

        key("Right", times: 10)
        try check("into the Chinese")
        key("BSpace")                 // 三 goes
        try check("backspace on a CJK character")
        key("Right")
        try check("right after a backspace")
        key("Left", times: 3)
        key("DC")                     // 一 goes
        try check("delete on a CJK character")
        insert("好")
        try check("a CJK insertion")
        key("Right", times: 2)
        insert("😀")
        try check("an emoji insertion")
        key("Left")
        key("BSpace")
        try check("backspace before an emoji")
        insert("A")
        try check("ASCII before a wide character")
        key("Right", times: 2)
        key("DC")
        try check("delete after an emoji")
        key("End")
        key("BSpace")
        try check("backspace at the end")
        term.type("Enter")
        try term.waitFor("[2] point 1: \(String(buffer.dropFirst(7)))")
        term.type("C-d")
        try term.waitFor("Leave anyway? [y/N]")
        term.type("y", "Enter")
        #expect(try term.waitForExit() == 0)
    }
}
