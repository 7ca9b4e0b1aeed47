import Testing
@testable import CopydeskCore

@Suite struct AnswerCleanerTests {
    @Test func dropsThinkingFencesAndBlankLines() {
        let raw = "<think>Let me plan.</think>\n\n```markdown\n当前，**AI智能体** 与 AT&amp;T……\n```\n"
        #expect(AnswerCleaner.clean(raw, for: .overview) == "当前，**AI智能体** 与 AT&T……")
    }

    @Test func dropsEchoedDataTagsButKeepsEscapedText() {
        let raw = "<story number=\"2\" category=\"产品\">\n**Claude** 进入 Excel &lt;b&gt;</tweet>\n</story>"
        #expect(AnswerCleaner.clean(raw, for: .overview) == "**Claude** 进入 Excel <b>")
    }

    @Test(arguments: [
        ("1.  **AI基础设施正成为核心瓶颈**，内存……\n2. 其他", "**AI基础设施正成为核心瓶颈**，内存……"),
        ("“**要点**，说明。”", "**要点**，说明。"),
        ("- **Point**, detail.", "**Point**, detail."),
        ("\n\n  **要点**  \n", "**要点**"),
    ])
    func headlineKeepsOneCleanLine(raw: String, expected: String) {
        #expect(AnswerCleaner.clean(raw, for: .headline(point: 1)) == expected)
    }

    @Test func tasksAreCodableForSessionEvents() throws {
        let tasks: [PromptTask] = [.overview, .points, .section(.openSource), .headline(point: 3)]
        let data = try JSONEncoder().encode(tasks)
        #expect(try JSONDecoder().decode([PromptTask].self, from: data) == tasks)
        #expect(PromptTask(section: .overview) == .overview)
        #expect(PromptTask(section: .models) == .section(.models))
        #expect(tasks.map(\.description) == ["ai overview", "ai points", "ai section open_source", "ai edit 3"])
    }
}

import Foundation
