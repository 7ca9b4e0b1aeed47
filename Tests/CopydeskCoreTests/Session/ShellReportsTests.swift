import CopydeskCore
import Testing
import TestSupport

/// `why N`, `diff` and the nearest-command suggestion.
@Suite struct ShellReportsTests {
    typealias F = SessionFixtures

    @Test func whyListsTheScorePartsLargestFirst() throws {
        var draft = F.draft
        let id = draft.points[1].story
        let index = try #require(draft.stories.firstIndex { $0.id == id })
        draft.stories[index].score = 7.5
        draft.stories[index].scoreParts = [
            ScorePart(name: "authors", value: 1.5, detail: "3 distinct authors"),
            ScorePart(name: "engagement", value: 6.5, detail: "♥ 1200"),
            ScorePart(name: "spam", value: -0.5),
        ]
        draft.stories[index].noise = nil
        let text = try ScoreExplanation.text(draft, point: 2)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "2. Headline 1")
        #expect(lines[1] == "   score 7.50")
        #expect(lines[2].contains("+ engagement") && lines[2].contains("6.50") && lines[2].contains("♥ 1200"))
        #expect(lines[3].contains("+ authors"))
        #expect(lines[4].contains("− spam") && lines[4].contains("0.50"))
        #expect(text.contains("category models 模型与技术突破 (confidence 0.50)"))
        #expect(!text.contains("other:"))
        #expect(throws: CommandError.pointOutOfRange(11, count: 10)) { try ScoreExplanation.text(draft, point: 11) }
        #expect(throws: CommandError.pointOutOfRange(0, count: 10)) { try ScoreExplanation.text(draft, point: 0) }
    }

    @Test func whyOfAReserveStorySaysWhatKeptItOutOfThePoints() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        // R1 (story 10) is a viewpoint: a section of its own.
        var sectioned = EngineSettings()
        sectioned.pointsExclude = [.viewpoints, .crypto]
        let r1 = try ScoreExplanation.text(desk.draft, reserve: 1, settings: sectioned)
        #expect(r1.hasPrefix("R1. Headline 10\n   score 10.00"))
        #expect(r1.hasSuffix("not a point: viewpoints 重要观点与见解 has a section of its own; the engine proposes such a story as a point only when it leads the day"))
        // R2 (story 11, models) scores below every point.
        #expect(try ScoreExplanation.text(desk.draft, reserve: 2).hasSuffix("not a point: it scores below every point (the lowest, «Headline 9», has 11.00)"))
        // With three models points, the category is full.
        try DeskTests.run(&desk, "reclassify 3 models")
        #expect(try ScoreExplanation.text(desk.draft, reserve: 2).hasSuffix("not a point: it scores below every point (the lowest, «Headline 9», has 11.00)"))
        try DeskTests.run(&desk, "reclassify 4 models")
        #expect(try ScoreExplanation.text(desk.draft, reserve: 2).hasSuffix(
            "not a point: the engine proposes at most 3 points a category, and the points hold 3 in models: «Headline 1», «Headline 2», «Headline 3»"))
        // Above the lowest point yet left out: the theme rule did it.
        var draft = F.draft
        let k = try #require(draft.stories.firstIndex { $0.id == F.storyID(11) })
        draft.stories[k].score = 12
        #expect(try ScoreExplanation.text(draft, reserve: 2).contains("it scores above «Headline 9» (11.00), but the engine lowers a story that retells"))
        // A promoted or unknown number is refused as `promote` refuses it.
        try DeskTests.run(&desk, "promote R2")
        #expect(throws: CommandError.alreadyPromoted(reserve: 2, point: 11)) { try ScoreExplanation.text(desk.draft, reserve: 2) }
        #expect(throws: CommandError.reserveOutOfRange(21, listed: [1] + Array(3...10))) { try ScoreExplanation.text(desk.draft, reserve: 21) }
    }

    @Test func whySaysWhenPartsDoNotAddUp() throws {
        var draft = F.draft
        draft.stories[0].scoreParts = [ScorePart(name: "engagement", value: 10)]
        #expect(try ScoreExplanation.text(draft, point: 1).contains("(other: 10.00)"))
    }

    @Test func diffOfAnUntouchedDraftSaysSo() {
        #expect(DraftDiff.text(from: F.draft, to: F.draft) == "no changes against the automatic draft")
    }

    @Test func diffNamesEveryKindOfChange() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        for line in ["accept 1", "reject 3", "reclassify 2 crypto", "edit 1 新的标题", "move 4 10", "merge 1 5",
                     "promote 1", "rewrite overview 今天的概述", "title 我的报告", "cloud exclude news"] {
            guard case .change(let events, _)? = try desk.decide(line: line) else {
                Issue.record("\(line) changed nothing")
                continue
            }
            try desk.apply(events)
        }
        let lines = DraftDiff.lines(from: F.draft, to: desk.draft)
        #expect(lines.contains("~ title: twitter_ai_20260124_20260124 → 我的报告"))
        #expect(lines.contains("~ 1 headline:"))
        #expect(lines.contains("    - Headline 0"))
        #expect(lines.contains("    + 新的标题"))
        #expect(lines.contains("~ 2 category: models → crypto 数字货币"))
        #expect(lines.contains("- 6 removed (merged or split away): Headline 5"))
        #expect(lines.contains("+ 10 added: Headline 10"))
        #expect(lines.filter { $0.contains("moved from") } == ["~ 9 moved from 4"])
        #expect(lines.contains("✓ 1 accepted"))
        #expect(lines.contains("✗ 3 rejected"))
        #expect(lines.contains("~ section overview rewritten (5 characters)"))
        #expect(lines.contains("~ cloud: excluded news"))
    }

    @Test(arguments: [("acept", "accept"), ("rejct", "reject"), ("prevew", "preview"), ("shwo", "show"),
                      ("wh", "why"), ("diff", "diff"), ("xyzzy", nil), ("", nil), ("q", "quit")])
    func suggestsTheNearestCommand(typed: String, expected: String?) {
        let names = ["points", "show", "accept", "reject", "why", "preview", "diff", "quit", "undo", "redo"]
        #expect(Suggest.nearest(to: typed, among: names) == expected)
    }

    @Test func distanceCountsASwapAsOneEdit() {
        #expect(Suggest.distance("shwo", "show") == 1)
        #expect(Suggest.distance("", "abc") == 3)
        #expect(Suggest.distance("开源", "开元") == 1)
    }
}
