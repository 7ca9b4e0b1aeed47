import CopydeskCore
import Testing

@Suite struct CommandParseTests {
    @Test(arguments: [
        ("points", Command.points),
        ("  show 3 ", .show(.point(3))),
        ("show R7", .show(.reserve(7))),
        ("show https://x.com/a/status/2014748801617776848", .show(.tweet("2014748801617776848"))),
        ("accept 1-5,7", .accept([1, 2, 3, 4, 5, 7])),
        ("accept 3 1 3", .accept([3, 1])),
        ("reject 2-3, 9", .reject([2, 3, 9])),
        ("accept 1-2 R9,r12", .accept([1, 2], reserve: [9, 12])), ("reject R3-R5", .reject([], reserve: [3, 4, 5])),
        ("accept R2-4 7", .accept([7], reserve: [2, 3, 4])),
        ("reclassify 4 open_source", .reclassify(.point(4), .openSource)),
        ("reclassify 4 开源与社区动态", .reclassify(.point(4), .openSource)),
        ("reclassify 4 数字", .reclassify(.point(4), .crypto)),
        ("move 7 1", .move(7, to: 1)),
        ("swap 2 3", .swap(2, 3)),
        ("promote 2", .promote(2)), ("promote R2", .promote(2)), ("promote r12", .promote(12)),
        ("list", .points), ("ls", .points),
        ("add 2014567890123456789", .add(tweetID: "2014567890123456789")),
        ("add https://x.com/someone/status/2014567890123456789?s=20", .add(tweetID: "2014567890123456789")),
        ("merge 2 6", .merge(2, .point(6))), ("merge 2 R16", .merge(2, .reserve(16))), ("merge 2 r3", .merge(2, .reserve(3))),
        ("merge 2 2014567890123456789", .merge(2, .tweet("2014567890123456789"))),
        ("merge 2 https://x.com/a/status/2014567890123456789", .merge(2, .tweet("2014567890123456789"))),
        ("split 3", .split(3, tweetIDs: [])),
        ("split 3 11 https://twitter.com/a/status/12", .split(3, tweetIDs: ["11", "12"])),
        ("edit 1  新标题：GLM-4.7  发布 ", .edit(1, headline: "新标题：GLM-4.7  发布")),
        ("rewrite overview", .rewrite(.overview, text: nil)),
        ("rewrite 个股 今日 Intel 大跌", .rewrite(.stocks, text: "今日 Intel 大跌")),
        ("title twitter_ai_20260124_20260124", .title("twitter_ai_20260124_20260124")),
        ("date 2026-01-24 14:32:23", .date("2026-01-24 14:32:23")),
        ("cloud exclude amp", .cloudExclude("amp")),
        ("cloud include 智能体", .cloudInclude("智能体")),
        ("cloud", .cloud), ("cloud render", .cloudRender),
        ("check", .check), ("undo", .undo), ("redo", .redo), ("save", .save), ("help", .help(nil)), ("help Accept", .help("accept")),
    ])
    func parses(line: String, command: Command) throws {
        #expect(try Command.parse(line) == command)
    }

    @Test func blankLinesAndCommentsAreNothing() throws {
        #expect(try Command.parse("") == nil)
        #expect(try Command.parse("   ") == nil)
        #expect(try Command.parse("# a comment") == nil)
    }

    @Test(arguments: [
        ("acept 1", CommandError.unknownCommand("acept", suggestion: "accept")),
        ("frobnicate", .unknownCommand("frobnicate", suggestion: nil)),
        ("show", .usage(command: "show", problem: "missing argument")),
        ("show 1 2", .usage(command: "show", problem: "too many arguments")),
        ("show x", .usage(command: "show", problem: "'x' is not a point number, a reserve item (R7) or a tweet id or URL")),
        ("show 0", .badNumber("0")),
        ("accept", .usage(command: "accept", problem: "missing point numbers")),
        ("accept 5-2", .badNumber("5-2")),
        ("accept 1-", .badNumber("1-")),
        ("accept 1-99999", .badNumber("1-99999")),
        ("reject a,b", .badNumber("a")),
        ("accept R", .badNumber("")), ("accept 1 Rx", .badNumber("x")),
        ("reclassify 1", .usage(command: "reclassify", problem: "missing argument")),
        ("reclassify 1 sports", .unknownCategory("sports")),
        ("move 1", .usage(command: "move", problem: "missing argument")),
        ("swap 1 2 3", .usage(command: "swap", problem: "too many arguments")),
        ("promote", .usage(command: "promote", problem: "missing argument")),
        ("promote R", .badNumber("")), ("promote Rx", .badNumber("x")),
        ("add https://example.com/page", .usage(command: "add", problem: "'https://example.com/page' is not a tweet id or a tweet's URL")),
        ("merge 1", .usage(command: "merge", problem: "missing argument")),
        ("merge 1 Rx", .badNumber("x")), ("merge 1 0", .badNumber("0")),
        ("merge 1 https://example.com/x", .usage(command: "merge", problem: "'https://example.com/x' is not a point number, a reserve item (R7) or a tweet id or URL")),
        ("split", .usage(command: "split", problem: "missing point number")),
        ("edit 3", .emptyText(command: "edit")),
        ("edit", .usage(command: "edit", problem: "missing point number")),
        ("rewrite", .usage(command: "rewrite", problem: "missing section")),
        ("rewrite sidebar text", .unknownSection("sidebar")),
        ("title", .emptyText(command: "title")),
        ("date 2026-01-24", .badDate("2026-01-24")),
        ("date 2026-02-30 10:00:00", .badDate("2026-02-30 10:00:00")),
        ("date 2026-01-24 24:00:00", .badDate("2026-01-24 24:00:00")),
        ("cloud export", .usage(command: "cloud", problem: "say 'exclude', 'include' or 'render'")),
        ("cloud render now", .usage(command: "cloud", problem: "too many arguments")),
        ("cloud exclude", .usage(command: "cloud", problem: "missing word")),
        ("undo 2", .usage(command: "undo", problem: "too many arguments")),
        ("check all", .usage(command: "check", problem: "too many arguments")),
        ("help a b", .usage(command: "help", problem: "too many arguments")),
    ])
    func refuses(line: String, error: CommandError) {
        #expect(throws: error) { try Command.parse(line) }
    }

    @Test func errorMessagesSayWhatToDo() {
        #expect(CommandError.unknownCommand("acept", suggestion: "accept").description.contains("did you mean 'accept'"))
        #expect(CommandError.usage(command: "move", problem: "missing argument").description.contains("move N POS"))
        #expect(CommandError.pointOutOfRange(12, count: 10).description == "there is no point 12; the points are 1–10")
        #expect(CommandError.unknownCategory("x").description.contains("open_source"))
    }

    @Test func aliasesAreKnownCommandsAndHelpExplainsThem() {
        #expect(CommandHelp.isKnown("ls") && CommandHelp.isKnown("list") && CommandHelp.isKnown("points"))
        #expect(!CommandHelp.isKnown("lst"))
        #expect(CommandHelp.text(for: "ls") == CommandHelp.text(for: "points"))
        #expect(CommandHelp.suggestion(for: "list") == "points")
    }

    @Test func helpPutsEverySummaryInOneColumn() throws {
        let text = try #require(CommandHelp.text(for: nil))
        let lines = text.split(separator: "\n").map(String.init)
        for entry in CommandHelp.entries {
            let k = try #require(lines.firstIndex { $0.hasPrefix(entry.usage) })
            // The summary starts at column 26, on the usage's line or, for a long usage, the next one.
            let line = lines[k].count > entry.usage.count + 1 ? lines[k] : lines[k + 1]
            #expect(String(line.dropFirst(26)) == entry.summary, "\(entry.usage)")
            #expect(line.prefix(26).hasSuffix(" "), "\(entry.usage)")
        }
    }
}
