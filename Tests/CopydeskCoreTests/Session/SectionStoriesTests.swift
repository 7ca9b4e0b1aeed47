import CopydeskCore
import Foundation
import Testing
import TestSupport

/// Stories in a section without being one of the ten: `demote`, decisions on R items and tweets,
/// `reclassify R…`, and `rewrite SECTION`'s commented-out candidates.
@Suite struct SectionStoriesTests {
    typealias F = SessionFixtures

    static func link(_ story: Int, _ index: Int = 0) -> String { "https://x.com/a/status/\(F.tweetID(story: story, index: index))" }

    @Test func demoteKeepsTheStoryInItsSectionAndPromoteBringsItBack() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        try DeskTests.run(&desk, "accept 1-10")
        // Point 4 is story 3 (open_source): it leaves the ten, the rest move up, and it stays in its section.
        guard case .change(let events, let message)? = try desk.decide(line: "demote 4") else { Issue.record("no change"); return }
        #expect(events == [.pointDemoted(story: F.storyID(3)), .reserveAccepted(story: F.storyID(3))])
        #expect(message == "point 4 is now R11, accepted in section open_source; the points are 1–9 (`promote R11` brings it back)")
        try desk.apply(events)
        #expect(desk.draft.points.count == 9)
        #expect(desk.draft.points[3].story == F.storyID(4))
        #expect(desk.draft.reserve.last == F.storyID(3))
        let content = PostContent(draft: desk.draft, tweets: desk.tweets)
        guard case .automatic(let points) = content.points, case .automatic(let openSource)? = content.sections[.openSource] else {
            Issue.record("automatic parts expected"); return
        }
        #expect(!points.contains { $0.story == F.storyID(3) })
        #expect(openSource.contains { $0.story == F.storyID(3) })
        try DeskTests.run(&desk, "promote R11")
        #expect(desk.draft.points.last?.story == F.storyID(3))
        #expect(desk.draft.decisions[F.storyID(3)] == .accepted)
        #expect(throws: CommandError.pointOutOfRange(11, count: 10)) { try desk.decide(line: "demote 11") }
    }

    @Test func acceptAndRejectTakeTweetsAndReserveItems() throws {
        // Stories 15–19 are neither points nor reserve: only `find` leads to them.
        let draft = Draft(window: F.window, metadata: F.metadata, stories: F.analysis.stories,
                          points: F.draft.points, reserve: (10..<15).map(F.storyID))
        var desk = Desk(draft: draft, tweets: F.tweets)
        // A point's tweet decides the point; a reserve story's tweet, the reserve story.
        #expect(try DeskTests.run(&desk, "accept \(Self.link(2, 1)) R2") == [.reserveAccepted(story: F.storyID(11)), .pointAccepted(story: F.storyID(2))])
        #expect(try DeskTests.run(&desk, "reject \(Self.link(13))") == [.reserveRejected(story: F.storyID(13))])
        // A story outside both joins the reserve and is accepted for its section.
        guard case .change(let events, let message)? = try desk.decide(line: "accept \(Self.link(17, 2))") else {
            Issue.record("no change"); return
        }
        #expect(message == "accepted R6 (tweet \(F.tweetID(story: 17, index: 2)), now in the reserve)")
        try desk.apply(events)
        #expect(desk.draft.points.count == 10)
        #expect(desk.draft.reserveNumber(F.storyID(17)) == 6)
        #expect(desk.draft.decisions[F.storyID(17)] == .accepted)
        #expect(throws: CommandError.unchanged("already accepted: tweet \(F.tweetID(story: 17, index: 0))")) {
            try desk.decide(line: "accept \(Self.link(17))")
        }
        // Long ids are tweets, not point numbers; a tweet of no story says so.
        #expect(throws: CommandError.tweetNotFound("2014890931237525615")) { try desk.decide(line: "accept 2014890931237525615") }
        #expect(throws: CommandError.tweetInNoStory("90")) { try desk.decide(line: "reject https://x.com/a/status/90") }
        #expect(try Command.parse("accept 1 2014890931237525615") == .accept([1], tweets: ["2014890931237525615"]))
    }

    @Test func reclassifyAndShowTakeReserveItemsAndTweets() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        // R9 is story 18 (ai_industry).
        #expect(try DeskTests.run(&desk, "reclassify R9 open_source") == [.storyReclassified(story: F.storyID(18), category: .openSource)])
        guard case .change(_, let message)? = try desk.decide(line: "reclassify \(Self.link(5)) models") else { Issue.record("no change"); return }
        #expect(message == "point 6 is now models 模型与技术突破")
        #expect(throws: CommandError.unchanged("R9 is already in open_source")) { try desk.decide(line: "reclassify r9 开源与社区动态") }
        guard case .output(let shown)? = try desk.decide(line: "show R9") else { Issue.record("no output"); return }
        #expect(shown.hasPrefix("R9. Headline 18") && shown.contains("open_source"))
    }

    @Test func aMergedReserveItemSaysWhereItWent() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        try DeskTests.run(&desk, "merge 3 R4")
        try DeskTests.run(&desk, "move 3 1")
        #expect(throws: CommandError.mergedAway(reserve: 4, into: "point 1")) { try desk.decide(line: "promote R4") }
        #expect(CommandError.mergedAway(reserve: 4, into: "point 1").description == "R4 was merged into point 1: its tweets are there now")
    }

    @Test func rewriteListsTheSectionsOtherStoriesCommentedOut() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        // Accept only story 3 for open_source (stories 3 and 13 are open_source).
        try DeskTests.run(&desk, "accept 4")
        let renderer = try PostRenderer(), tweets = desk.tweets
        let render: (Draft) throws -> String = { try renderer.render($0, tweets: tweets) }
        let shown = try #require(AutomaticSectionText.text(of: .openSource, in: desk.draft, render: render))
        #expect(shown.contains("/status/\(F.tweetID(story: 3, index: 0))"))
        let others = try #require(SectionCandidates.commented(.openSource, in: desk.draft, shown: shown, render: render))
        let lines = others.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("<!-- ") && $0.hasSuffix(" -->") })
        #expect(lines[1].contains("/status/\(F.tweetID(story: 13, index: 0))"))
        #expect(!others.contains("/status/\(F.tweetID(story: 3, index: 0))"))
        // Keeping a candidate is deleting its comment marks; the rest are dropped.
        let kept = String(lines[1].dropFirst(5).dropLast(4))
        let returned = shown + "\n" + kept + "\n\n" + others
        let events = try DeskTests.run(&desk, "rewrite open_source", text: returned)
        #expect(events == [.sectionRewritten(section: .openSource, text: shown + "\n" + kept)])
        // Nothing left to offer once every candidate is shown; the overview has none.
        #expect(SectionCandidates.commented(.openSource, in: desk.draft, shown: shown + kept, render: render) == nil)
        #expect(SectionCandidates.commented(.overview, in: desk.draft, shown: "", render: render) == nil)
    }
}

/// `cloud exclude`: several words, as the listing shows them, and never a word the cloud lacks.
@Suite struct CloudExcludeTests {
    typealias F = SessionFixtures

    static func tweet(_ id: String, _ text: String) -> Tweet {
        Tweet(id: id, author: .init(handle: "a\(id)"), createdAt: F.window.lowerBound.addingTimeInterval(60), text: text)
    }

    /// A day whose cloud shows `files` (the plural, counted with `file`) and `Claude in Excel`.
    static let tweets = [
        tweet("1", "Parse files into markdown"), tweet("2", "Upload files and go"), tweet("3", "One file is enough"),
        tweet("4", "Claude in Excel matters handles the beat"), tweet("5", "Claude in Excel ships for Pro"),
    ]

    static func desk() -> Desk {
        Desk(draft: Draft(window: F.window, metadata: F.metadata, stories: [], points: [], reserve: []), tweets: tweets)
    }

    static func shown(_ desk: Desk) -> [String] {
        CloudWords().counts(for: desk.draft, tweets: tweets).map(\.word)
    }

    @Test func excludesWordsAsListedSeveralAtOnce() throws {
        var desk = Self.desk()
        #expect(Self.shown(desk).contains("files") && Self.shown(desk).contains("Claude in Excel"))
        // The listed plural takes (its key is the singular); a phrase the cloud shows is one word.
        guard case .change(let events, let message)? = try desk.decide(line: "cloud exclude files Claude in Excel") else {
            Issue.record("no change"); return
        }
        #expect(message.hasPrefix("the word cloud leaves out"))
        try desk.apply(events)
        #expect(throws: CommandError.unchanged("'claude in excel' is already excluded")) { try desk.decide(line: "cloud exclude claude in excel") }
        #expect(!Self.shown(desk).contains("files") && !Self.shown(desk).contains("Claude in Excel"))
        #expect(desk.draft.cloud.excluded == ["file", "Claude in Excel"])
    }

    @Test func refusesWordsTheCloudDoesNotShowAndNeverExcludesHalf() throws {
        let desk = Self.desk()
        // Filler the cloud leaves out anyway, and words of no tweet: refused, naming each.
        #expect(throws: CommandError.notInCloud(["matters", "handles", "banana"])) {
            try desk.decide(line: "cloud exclude matters, handles banana markdown")
        }
        #expect(CommandError.notInCloud(["banana"]).description.hasPrefix("'banana' is not a word of the cloud; `cloud` lists its words"))
        #expect(try desk.decide(line: "cloud exclude markdown upload")
            == .change([.cloudWordExcluded(word: "markdown"), .cloudWordExcluded(word: "Upload")],
                       message: "the word cloud leaves out 'markdown', 'upload'"))
    }

    @Test(arguments: ["以下", "整个", "变成", "matters", "becoming", "Introducing", "Tried"])
    func fillerIsNoCloudWord(word: String) {
        let counts = CloudWords().counts(in: [Self.tweet("9", "\(word) 模型 \(word) GLM-4.7 release notes")])
        #expect(!counts.contains { CloudWords.fold($0.word) == CloudWords.fold(word) })
        #expect(counts.contains { $0.word == "GLM-4.7" })
    }
}

/// The smaller slips of a full editing run (issue 15 item 8).
@Suite struct EditingRunSlipsTests {
    typealias F = SessionFixtures

    @Test func undoAndRedoSayWhatTheyUndoAndRedo() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        try DeskTests.run(&desk, "accept 1-3")
        try DeskTests.run(&desk, "reject 2")
        try DeskTests.run(&desk, "move 5 1")
        guard case .change(_, let undone)? = try desk.decide(line: "undo") else { Issue.record("no undo"); return }
        #expect(undone == "undone: ~ 1 moved from 5")
        try DeskTests.run(&desk, "undo")
        guard case .change(_, let second)? = try desk.decide(line: "undo") else { Issue.record("no undo"); return }
        #expect(second == "undone: ✗ 2 rejected")
        try DeskTests.run(&desk, "undo")
        guard case .change(_, let redone)? = try desk.decide(line: "redo") else { Issue.record("no redo"); return }
        #expect(redone == "redone: ✗ 2 rejected")
        guard case .change(_, let first)? = try desk.decide(line: "undo") else { Issue.record("no undo"); return }
        #expect(first == "undone: ✓ 1 accepted; ✓ 2 accepted; ✓ 3 accepted")
    }

    @Test func whyAfterAMergeSaysTheStoryGrew() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        try DeskTests.run(&desk, "merge 1 R2")
        let text = try ScoreExplanation.text(desk.draft, point: 1)
        #expect(text.contains("1 story merged in this session"))
        #expect(text.contains("6 tweets"))
    }

    @Test func theBannerCountsThePointsThePostShows() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        try DeskTests.run(&desk, "promote R1")
        try DeskTests.run(&desk, "reject 2 4")
        #expect(Desk.banner(desk.draft) == "9 points (2 rejected).")
        #expect(CommandHelp.text(for: "promote")?.hasSuffix("e.g. promote R2") == true)
    }
}
