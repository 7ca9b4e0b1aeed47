import Foundation
import CopydeskCore
import Testing
import TestSupport

@Suite struct DeskTests {
    typealias F = SessionFixtures

    /// Decides and applies a line, returning the events.
    @discardableResult
    static func run(_ desk: inout Desk, _ line: String, text: String? = nil) throws -> [SessionEvent] {
        guard case .change(let events, _)? = try desk.decide(line: line, text: text) else {
            Issue.record("'\(line)' did not change the draft")
            return []
        }
        try desk.apply(events)
        return events
    }

    @Test func acceptAndRejectMarkPointsByStoryID() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        let events = try Self.run(&desk, "accept 1-3,5")
        #expect(events == [0, 1, 2, 4].map { .pointAccepted(story: F.storyID($0)) })
        try Self.run(&desk, "reject 2 4")
        #expect(desk.draft.decisions[F.storyID(1)] == .rejected)
        #expect(desk.draft.decisions[F.storyID(3)] == .rejected)
        #expect(desk.draft.decisions[F.storyID(0)] == .accepted)
        // Accepting only what is accepted already changes nothing and says so.
        #expect(throws: CommandError.unchanged("already accepted: 1, 3")) { try desk.decide(line: "accept 1,3") }
        #expect(throws: CommandError.pointOutOfRange(11, count: 10)) { try desk.decide(line: "accept 9-11") }
    }

    @Test func aRangeThatOverturnsEarlierDecisionsSaysWhich() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        try Self.run(&desk, "reject 2 4 R1")
        guard case .change(_, let message)? = try desk.decide(line: "accept 1-5 R1") else {
            Issue.record("accept changed nothing")
            return
        }
        #expect(message == "accepted 1, 2, 3, 4, 5, R1 (2, 4, R1 were rejected)")
        try Self.run(&desk, "accept 1")
        guard case .change(_, let one)? = try desk.decide(line: "reject 1-2") else { return }
        #expect(one == "rejected 1 (1 was accepted)")
    }

    @Test func reorderingCommands() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        try Self.run(&desk, "move 7 1")
        #expect(desk.draft.points.map(\.story).prefix(2) == [F.storyID(6), F.storyID(0)])
        try Self.run(&desk, "swap 1 10")
        #expect(desk.draft.points.first?.story == F.storyID(9))
        #expect(desk.draft.points.last?.story == F.storyID(6))
        #expect(throws: CommandError.samePoint(3)) { try desk.decide(line: "swap 3 3") }
        #expect(throws: CommandError.pointOutOfRange(11, count: 10)) { try desk.decide(line: "move 1 11") }
        #expect(throws: CommandError.unchanged("point 2 is already at 2")) { try desk.decide(line: "move 2 2") }
    }

    @Test func reclassifyByIDOrChineseName() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        try Self.run(&desk, "reclassify 1 伦理与监管")
        #expect(desk.draft.story(F.storyID(0))?.category == .policy)
        #expect(throws: CommandError.unchanged("point 1 is already in policy")) { try desk.decide(line: "reclassify 1 policy") }
    }

    @Test func promoteAndAdd() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        try Self.run(&desk, "promote 2")
        #expect(desk.draft.points.count == 11)
        #expect(desk.draft.points.last?.story == F.storyID(11))
        #expect(!desk.draft.reserve.contains(F.storyID(11)))
        // Reserve numbers stay as first listed: R2 is gone, R3 is still R3 and R10 still R10.
        #expect(throws: CommandError.alreadyPromoted(reserve: 2, point: 11)) { try desk.decide(line: "promote 2") }
        #expect(throws: CommandError.reserveOutOfRange(11, listed: [1] + Array(3...10))) { try desk.decide(line: "promote R11") }
        #expect(CommandError.reserveOutOfRange(11, listed: [1] + Array(3...10)).description
                == "there is no reserve item R11; the reserve holds R1, R3–R10")
        let listing = try #require(try desk.decide(line: "points"))
        guard case .output(let text) = listing else { Issue.record("points printed nothing"); return }
        #expect(text.contains("  R3 [") && text.contains("  R10 [") && !text.contains("  R2 ["))
        #expect(desk.completions(for: "promote ") == ["1"] + (3...10).map(String.init))

        // A tweet of a reserve story brings that story in.
        try Self.run(&desk, "add https://x.com/a/status/\(F.tweetID(story: 15, index: 2))")
        #expect(desk.draft.points.last?.story == F.storyID(15))
        // A tweet of no story becomes a story of its own.
        let events = try Self.run(&desk, "add 93")
        guard case .pointAdded(let story)? = events.first else { Issue.record("no pointAdded"); return }
        #expect(story.tweetIDs == ["93"])
        #expect(story.headline == "一条独立的推文 3：开源模型发布")
        #expect(desk.draft.points.last?.headline == story.headline)
        #expect(throws: CommandError.alreadyAPoint(tweetID: "93", point: 13)) { try desk.decide(line: "add 93") }
        #expect(throws: CommandError.alreadyAPoint(tweetID: "1001", point: 1)) { try desk.decide(line: "add 1001") }
        #expect(throws: CommandError.tweetNotFound("424242")) { try desk.decide(line: "add 424242") }
    }

    @Test func mergeAndSplit() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        try Self.run(&desk, "merge 1 3")
        #expect(desk.draft.points.count == 9)
        #expect(desk.draft.story(F.storyID(0))?.tweetIDs.count == 6)
        #expect(desk.draft.story(F.storyID(2)) == nil)
        #expect(throws: CommandError.samePoint(2)) { try desk.decide(line: "merge 2 2") }

        let events = try Self.run(&desk, "split 1")
        guard case .storySplit(let id, let part)? = events.first else { Issue.record("no storySplit"); return }
        #expect(id == F.storyID(0))
        #expect(part.tweetIDs.count == 5)
        #expect(desk.draft.points[1].story == part.id)
        #expect(desk.draft.story(F.storyID(0))?.tweetIDs == [F.tweetID(story: 0, index: 0)])
        #expect(throws: CommandError.cannotSplit(1, reason: "its story has one tweet")) { try desk.decide(line: "split 1") }
        #expect(throws: CommandError.cannotSplit(3, reason: "tweet 1001 is not in its story")) { try desk.decide(line: "split 3 1001") }
        let whole = F.analysis.stories[1].tweetIDs.joined(separator: " ")
        #expect(throws: CommandError.cannotSplit(3, reason: "that would take every tweet; leave at least one")) {
            try desk.decide(line: "split 3 \(whole)")
        }
    }

    @Test func mergeFoldsInAReserveStoryOrTheStoryOfATweet() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        // R3 is story 12: it joins point 1 and leaves the reserve; the others keep their numbers.
        let events = try Self.run(&desk, "merge 1 R3")
        #expect(events == [.storiesMerged(kept: F.storyID(0), absorbed: F.storyID(12))])
        #expect(desk.draft.story(F.storyID(0))?.tweetIDs.count == 6)
        #expect(!desk.draft.reserve.contains(F.storyID(12)))
        #expect(desk.draft.reserve.compactMap(desk.draft.reserveNumber) == [1, 2] + Array(4...10))
        #expect(throws: CommandError.mergedAway(reserve: 3, into: "point 1")) { try desk.decide(line: "merge 1 R3") }
        // A tweet names its story: a reserve story, or a point (then it is a point merge).
        try Self.run(&desk, "merge 2 https://x.com/a/status/\(F.tweetID(story: 15, index: 2))")
        #expect(desk.draft.story(F.storyID(1))?.tweetIDs.contains(F.tweetID(story: 15, index: 0)) == true)
        #expect(try desk.decide(line: "merge 2 https://x.com/a/status/\(F.tweetID(story: 4, index: 1))")
            == .change([.storiesMerged(kept: F.storyID(1), absorbed: F.storyID(4))], message: "merged point 5 into point 2; point 5 is gone"))
        #expect(throws: CommandError.samePoint(2)) { try desk.decide(line: "merge 2 https://x.com/a/status/\(F.tweetID(story: 1, index: 1))") }
        // A tweet of the day in no story, and one not of the day (a bare id of up to six digits is a point).
        #expect(throws: CommandError.tweetInNoStory("90")) { try desk.decide(line: "merge 1 https://x.com/a/status/90") }
        #expect(throws: CommandError.tweetNotFound("4242424")) { try desk.decide(line: "merge 1 4242424") }
        try Self.run(&desk, "undo")
        #expect(desk.draft.reserve.contains(F.storyID(15)))
    }

    @Test func textsAndMetadata() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        // The post bolds a headline's lead itself: typed bold markers would show as asterisks, so they go.
        guard case .change(_, let message)? = try desk.decide(line: "edit 2 **新标题**，含中文") else { Issue.record("edit"); return }
        #expect(message == "point 2: 新标题，含中文 (the post bolds the lead before the first ： or , itself)")
        try Self.run(&desk, "edit 2 **新标题**，含中文")
        #expect(desk.draft.points[1].headline == "新标题，含中文")
        #expect(throws: CommandError.unchanged("point 2 already reads so")) { try desk.decide(line: "edit 2 新标题，含中文") }
        #expect(throws: CommandError.emptyText(command: "edit")) { try desk.decide(line: "edit 2 ****") }

        #expect(try desk.decide(line: "rewrite overview") == .needsText(.overview, current: ""))
        try Self.run(&desk, "rewrite overview", text: "第一段\n\n第二段\n\n")
        #expect(desk.draft.sectionTexts[.overview] == "第一段\n\n第二段")
        #expect(try desk.decide(line: "rewrite overview") == .needsText(.overview, current: "第一段\n\n第二段"))
        try Self.run(&desk, "rewrite overview", text: "")
        #expect(desk.draft.sectionTexts[.overview] == nil)

        try Self.run(&desk, "title 我的报告")
        #expect(desk.draft.metadata.title == "我的报告")
        try Self.run(&desk, "date 2026-01-24 09:05:00")
        #expect(desk.draft.metadata.date == "2026-01-24 09:05:00 +0800")
        #expect(desk.draft.metadata.postTime == "2026-01-24 09:05:00 +0800")

        try Self.run(&desk, "cloud exclude news")
        try Self.run(&desk, "cloud include news")
        #expect(desk.draft.cloud == .init(excluded: [], included: ["news"]))
        #expect(throws: CommandError.unchanged("'news' is already included")) { try desk.decide(line: "cloud include news") }
    }

    @Test func showSaysWhatAQuoteOfATweetOutsideTheDayComments() throws {
        var tweets = F.tweets
        let k = try #require(tweets.firstIndex { $0.id == F.tweetID(story: 1, index: 2) })
        tweets[k].kind = .quote
        tweets[k].referencedID = "42"
        tweets[k].referencedText = "The White House exempts open models from its new testing framework. More to come"
        guard case .output(let shown)? = try Desk(draft: F.draft, tweets: tweets).decide(line: "show 2") else { Issue.record("show"); return }
        #expect(shown.hasSuffix("\n     quoting: The White House exempts open models from its new testing framework."))
        // A quote of a tweet in the story is read there.
        tweets[k].referencedID = F.tweetID(story: 1, index: 0)
        guard case .output(let inStory)? = try Desk(draft: F.draft, tweets: tweets).decide(line: "show 2") else { Issue.record("show"); return }
        #expect(!inStory.contains("quoting"))
    }

    @Test func readOnlyCommandsShowText() throws {
        let desk = Desk(draft: F.draft, tweets: F.tweets)
        guard case .output(let list)? = try desk.decide(line: "points") else { Issue.record("points"); return }
        #expect(list.contains(" 1 · [viewpoints] Headline 0"))
        #expect(list.contains("R10 [policy] Headline 19"))
        guard case .output(let shown)? = try desk.decide(line: "show 2") else { Issue.record("show"); return }
        #expect(shown.contains("@author1_2"))
        #expect(shown.contains("https://x.com/author1_0/status/1010"))
        #expect(throws: CommandError.pointOutOfRange(11, count: 10)) { try desk.decide(line: "show 11") }
        // A reserve item before promoting it, and the story holding a tweet (by id or link), wherever it is.
        guard case .output(let reserve)? = try desk.decide(line: "show R3") else { Issue.record("show R3"); return }
        #expect(reserve.hasPrefix("R3. Headline 12\n   reserve · pending · "))
        #expect(reserve.contains("@author12_0"))
        guard case .output(let byTweet)? = try desk.decide(line: "show https://x.com/a/status/\(F.tweetID(story: 12, index: 2))") else { Issue.record("show TWEET"); return }
        #expect(byTweet == reserve)
        guard case .output(let pointByTweet)? = try desk.decide(line: "show https://x.com/a/status/\(F.tweetID(story: 1, index: 0))") else { Issue.record("show TWEET"); return }
        #expect(pointByTweet == shown)
        #expect(!reserve.contains("makes it a point"))
        // A story the engine did not propose says how to bring it in.
        let short = Draft(window: F.draft.window, metadata: F.draft.metadata, stories: F.draft.stories,
                          points: F.draft.points, reserve: Array(F.draft.reserve.dropLast()))
        let lead = try #require(short.story(F.storyID(19))).leadTweetID
        guard case .output(let unproposed)? = try Desk(draft: short, tweets: F.tweets).decide(line: "show https://x.com/a/status/\(lead)") else {
            Issue.record("show an unproposed story")
            return
        }
        #expect(unproposed.hasPrefix("Headline 19\n   not proposed · pending · "))
        #expect(unproposed.hasSuffix("`add \(lead)` makes it a point; `merge N \(lead)` folds it into point N"))
        #expect(throws: CommandError.reserveOutOfRange(11, listed: Array(1...10))) { try desk.decide(line: "show R11") }
        #expect(throws: CommandError.tweetNotFound("9999999999")) { try desk.decide(line: "show 9999999999") }
        guard case .output(let help)? = try desk.decide(line: "help move") else { Issue.record("help"); return }
        #expect(help.contains("move N POS"))
        #expect(throws: CommandError.unknownCommand("mvoe", suggestion: "move")) { try desk.decide(line: "help mvoe") }
        #expect(try desk.decide(line: "save") == .save)
        #expect(try desk.decide(line: "cloud render") == .renderCloud)
        #expect(try desk.decide(line: "check") == .output("nothing to look at"))
        // Without the day's tweets no point has a supporting tweet.
        guard case .output(let check)? = try Desk(draft: F.draft, tweets: []).decide(line: "check") else { Issue.record("check"); return }
        #expect(check.split(separator: "\n").count == PostCheck.warnings(F.draft, tweets: [:]).count)
        #expect(check.hasPrefix("warning: "))
        guard case .output(let words)? = try desk.decide(line: "cloud") else { Issue.record("cloud"); return }
        #expect(words.contains("topic"))
    }

    @Test func undoAndRedoWalkTheHistory() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        #expect(throws: CommandError.nothingToUndo) { try desk.decide(line: "undo") }
        #expect(throws: CommandError.nothingToRedo) { try desk.decide(line: "redo") }
        try Self.run(&desk, "accept 1-5")
        let accepted = desk.draft
        try Self.run(&desk, "undo")
        #expect(desk.draft == F.draft)
        try Self.run(&desk, "redo")
        #expect(desk.draft == accepted)
        try Self.run(&desk, "undo")
        try Self.run(&desk, "reject 1")
        // A new change forgets what was undone.
        #expect(throws: CommandError.nothingToRedo) { try desk.decide(line: "redo") }
    }

    @Test(arguments: SessionFixtures.changingCommands)
    func everyEventKindUndoesAndRedoes(line: String) throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        try Self.run(&desk, "accept 1")  // history before the command under test
        let before = desk.draft
        try Self.run(&desk, line)
        let after = desk.draft
        #expect(after != before)
        try Self.run(&desk, "undo")
        #expect(desk.draft == before)
        try Self.run(&desk, "redo")
        #expect(desk.draft == after)
        try Self.run(&desk, "undo")
        try Self.run(&desk, "undo")
        #expect(desk.draft == F.draft)
    }

    @Test func changingCommandsCoverEveryEventKind() throws {
        var kinds = Set<String>()
        for line in F.changingCommands {
            var desk = Desk(draft: F.draft, tweets: F.tweets)
            kinds.formUnion(try Self.run(&desk, line).map(\.name))
        }
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        try Self.run(&desk, "accept 1")
        kinds.formUnion(try Self.run(&desk, "undo").map(\.name))
        kinds.formUnion(try Self.run(&desk, "redo").map(\.name))
        #expect(kinds.count == 20)
    }

    @Test func reserveNumbersStayThroughPromotionsUndoAndEncoding() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        try Self.run(&desk, "promote R3")
        try Self.run(&desk, "promote r5")
        #expect(desk.draft.points.suffix(2).map(\.story) == [F.storyID(12), F.storyID(14)])
        // R10 is the tenth story of the first listing, not the tenth left.
        try Self.run(&desk, "promote 10")
        #expect(desk.draft.points.last?.story == F.storyID(19))
        try Self.run(&desk, "undo")
        try Self.run(&desk, "undo")
        #expect(desk.draft.reserve.compactMap(desk.draft.reserveNumber) == [1, 2, 4, 5, 6, 7, 8, 9, 10])

        // The numbers travel with the draft (the session header holds one), and a draft written
        // before they were kept numbers its reserve as listed.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(desk.draft)
        #expect(try JSONDecoder().decode(Draft.self, from: data) == desk.draft)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object["reserveNumbers"] = nil
        let old = try JSONDecoder().decode(Draft.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.reserve.compactMap(old.reserveNumber) == Array(1...9))
    }

    @Test func findListsTheStoriesThatMentionATextAndHowToBringThemIn() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        try Self.run(&desk, "promote R2")
        guard case .output(let text)? = try desk.decide(line: "find TOPIC") else { Issue.record("find printed nothing"); return }
        let lines = text.split(separator: "\n").map(String.init)
        // Every story's tweets say "topic N" (case ignored): the best fifteen, best first.
        #expect(lines.first == "20 stories mention 'TOPIC' (the best 15 shown):")
        #expect(lines.count == 16)
        #expect(lines[2].hasPrefix("  point 2 [") && lines[2].hasSuffix("Headline 1 · score 19.00 · 3 tweets"))
        #expect(lines[11].hasPrefix("  promote R1 [") && lines[11].contains("Headline 10 "))
        #expect(lines[12].hasPrefix("  point 11 [") && lines[12].contains("Headline 11 "))
        // A word, not a part of one: `topic 1` is not in `topic 12`.
        guard case .output(let one)? = try desk.decide(line: "find topic 1") else { Issue.record("find printed nothing"); return }
        #expect(one.hasPrefix("1 story mentions 'topic 1':\n  point 2 ["))
        #expect(try desk.decide(line: "find nowhere") == .output("no story mentions 'nowhere'"))
        #expect(throws: CommandError.usage(command: "find", problem: "missing text")) { try desk.decide(line: "find") }

        // A story in neither the points nor the reserve is brought in by its lead tweet.
        let draft = F.draft
        let bare = Desk(draft: Draft(window: draft.window, metadata: draft.metadata, stories: draft.stories, points: draft.points, reserve: []),
                        tweets: F.tweets)
        guard case .output(let found)? = try bare.decide(line: "find topic 19") else { Issue.record("find printed nothing"); return }
        let lead = try #require(draft.story(F.storyID(19))?.leadTweetID)
        #expect(found.hasPrefix("1 story mentions 'topic 19':\n  add \(lead) ["))
    }

    @Test func aReserveStoryAcceptedShowsInItsSectionNotInThePoints() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        // R4 is story 13 (open_source); the points accepted, it would be the only open-source story left out.
        try Self.run(&desk, "accept 1-10")
        let events = try Self.run(&desk, "accept R4 R5")
        #expect(events == [.reserveAccepted(story: F.storyID(13)), .reserveAccepted(story: F.storyID(14))])
        #expect(desk.draft.points.count == 10)
        #expect(desk.draft.reserve.contains(F.storyID(13)))
        let content = PostContent(draft: desk.draft, tweets: Dictionary(uniqueKeysWithValues: F.tweets.map { ($0.id, $0) }))
        guard case .automatic(let items)? = content.sections[.openSource] else { Issue.record("open_source not automatic"); return }
        #expect(items.map(\.story) == [F.storyID(3), F.storyID(13)])
        guard case .output(let listing)? = try desk.decide(line: "points") else { Issue.record("no listing"); return }
        #expect(listing.contains("  R4 ✓ [open_source] Headline 13"))
        #expect(throws: CommandError.unchanged("already accepted: R4")) { try desk.decide(line: "accept R4") }
        try Self.run(&desk, "reject R4")
        #expect(desk.draft.decisions[F.storyID(13)] == .rejected)
        #expect(DraftDiff.lines(from: F.draft, to: desk.draft).contains("✗ R4 rejected"))
        #expect(DraftDiff.lines(from: F.draft, to: desk.draft).contains("✓ R5 accepted for its section"))
        // Promoted later, an accepted reserve story is an accepted point.
        try Self.run(&desk, "promote R5")
        #expect(desk.draft.decisions[F.storyID(14)] == .accepted)
        #expect(throws: CommandError.alreadyPromoted(reserve: 5, point: 11)) { try desk.decide(line: "accept R5") }
    }

    @Test func completions() throws {
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        #expect(desk.completions(for: "re") == ["reject", "reclassify", "rewrite", "redo"])
        #expect(desk.completions(for: "show ") == (1...10).map(String.init))
        #expect(desk.completions(for: "show R") == (1...10).map { "R\($0)" })
        #expect(desk.completions(for: "accept 1-") == (1...10).map { "1-\($0)" })
        #expect(desk.completions(for: "promote 1") == ["1", "10"])
        #expect(desk.completions(for: "accept 2,R1") == ["2,R1", "2,R10"])
        #expect(desk.completions(for: "merge 3 r") == (1...10).map { "r\($0)" })
        #expect(desk.completions(for: "reject 1") == ["1", "10"])
        #expect(desk.completions(for: "reclassify 3 op") == ["open_source"])
        #expect(desk.completions(for: "reclassify 3 开源") == ["开源与社区动态"])
        #expect(desk.completions(for: "rewrite ov") == ["overview"])
        #expect(desk.completions(for: "rewrite 开源") == ["开源与社区动态"])
        #expect(desk.completions(for: "rewrite 核") == ["核心信息"])
        #expect(desk.completions(for: "cloud ex") == ["exclude"])
        #expect(desk.completions(for: "cloud ") == ["exclude", "include", "render"])
        #expect(desk.completions(for: "help und") == ["undo"])
        try Self.run(&desk, "cloud exclude news")
        #expect(desk.completions(for: "cloud include n") == ["news"])
    }

    // A story the editor makes gets the engine's extractive headline: links, retweet prefix and
    // boilerplate gone; short lines joined until the headline says something; long text cut at 160.
    @Test(arguments: [
        ("RT @someone: 🚨 BREAKING: The results are in! https://t.co/x", "The results are in!"),
        ("  \n第一行  有  空格\n第二行", "第一行 有 空格 第二行"),
        (String(repeating: "长", count: 200), String(repeating: "长", count: 160) + "…"),
    ])
    func headlinesForNewStories(text: String, headline: String) throws {
        var tweet = F.tweets[0]
        tweet.id = "777"
        tweet.text = text
        var desk = Desk(draft: F.draft, tweets: [tweet])
        let events = try Self.run(&desk, "add 777")
        #expect(events == [.pointAdded(story: Story(id: StoryID("tweet-777"), tweetIDs: ["777"], headline: headline,
                                                    category: .aiTech, urls: tweet.urls, authors: [tweet.author.handle]))])
    }
}
