import CopydeskCore
import Testing
@testable import CopydeskLLM

@Suite struct AICommandTests {
    @Test(arguments: [
        ("ai overview", AICommand.draft(.overview)),
        ("  AI   points ", .draft(.points)),
        ("ai section models", .draft(.section(.models))),
        ("ai section open_source", .draft(.section(.openSource))),
        ("ai section 个股", .draft(.section(.stocks))),
        ("ai section 伦理与监管", .draft(.section(.viewpoints))),
        ("ai section overview", .draft(.overview)),
        ("ai edit 3", .draft(.headline(point: 3))),
        ("ai accept", .accept),
        ("ai revise", .revise),
        ("ai discard", .discard),
    ])
    func parses(line: String, command: AICommand) throws {
        #expect(try AICommand.parse(line) == command)
    }

    @Test func otherLinesAreNotAICommands() throws {
        #expect(try AICommand.parse("accept 1 2") == nil)
        #expect(try AICommand.parse("aim 3") == nil)
        #expect(try AICommand.parse("") == nil)
    }

    @Test func badLinesSayWhatIsExpected() {
        #expect(throws: DraftingError.usage(AICommand.usage)) { try AICommand.parse("ai") }
        #expect(throws: DraftingError.usage(AICommand.usage)) { try AICommand.parse("ai overview now") }
        #expect(throws: DraftingError.usage("ai edit x: expected a point number")) { try AICommand.parse("ai edit x") }
        #expect(throws: (any Error).self) { try AICommand.parse("ai section nowhere") }
    }
}
