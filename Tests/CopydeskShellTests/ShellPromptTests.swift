@testable import CopydeskShell
import Testing

@Suite struct ShellPromptTests {
    let prompt = ShellPrompt(date: "2026-01-24", accepted: 3, rejected: 1, pending: 6)

    @Test func plainPromptShowsDateAndProgress() {
        #expect(prompt.rendered(colour: false) == "2026-01-24 +3 -1 ?6> ")
        var unsaved = prompt
        unsaved.unsaved = true
        #expect(unsaved.plain == "2026-01-24* +3 -1 ?6> ")
    }

    @Test(arguments: [false, true])
    func colourEscapesSitBetweenMarkersAndDoNotEndThePrompt(unsaved: Bool) {
        var prompt = prompt
        prompt.unsaved = unsaved
        let coloured = prompt.rendered(colour: true)
        #expect(!coloured.contains("\u{1}\u{1}"))
        #expect(coloured.contains("\u{1}\u{1B}[32m\u{1}+3\u{1}\u{1B}[0m\u{1}"))
        #expect(coloured.hasSuffix("\u{1}> "))
        // Removing the marked escapes leaves exactly what the terminal shows.
        var visible = ""
        var inEscape = false
        for c in coloured {
            if c == "\u{1}" { inEscape.toggle() } else if !inEscape { visible.append(c) }
        }
        #expect(visible == prompt.plain)
    }
}
