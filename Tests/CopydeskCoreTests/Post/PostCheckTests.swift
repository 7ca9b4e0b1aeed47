import CopydeskCore
import Testing
import TestSupport

@Suite struct PostCheckTests {
    @Test func theSampleDraftIsClean() {
        let warnings = PostCheck.warnings(PostSamples.draft(), tweets: PostSamples.tweets())
        #expect(warnings.isEmpty, "\(warnings)")
    }

    @Test func anEmptySectionNamesTheReserveStoriesThatCouldFillIt() throws {
        var desk = Desk(draft: SessionFixtures.draft, tweets: SessionFixtures.tweets)
        // Point 4 (story 3) is the only open-source point; R4 (story 13) waits in the reserve.
        for line in ["accept 1-3 5-10", "reject 4"] {
            guard case .change(let events, _)? = try desk.decide(line: line) else { Issue.record("\(line) changed nothing"); return }
            try desk.apply(events)
        }
        let tweets = Dictionary(uniqueKeysWithValues: SessionFixtures.tweets.map { ($0.id, $0) })
        let empty = PostCheck.warnings(desk.draft, tweets: tweets).first { $0.kind == .emptySection && $0.section == .openSource }
        #expect(empty?.message == "section open_source is empty: accept a reserve story for it (R4), reclassify one, or rewrite the section.")
        // With no reserve story of the section, the plain advice.
        guard case .change(let events, _)? = try desk.decide(line: "reject R4") else { Issue.record("reject R4"); return }
        try desk.apply(events)
        let plain = PostCheck.warnings(desk.draft, tweets: tweets).first { $0.kind == .emptySection && $0.section == .openSource }
        #expect(plain?.message == "section open_source is empty: accept a story for it, reclassify one, or rewrite the section.")
    }

    @Test func warnsAboutARepeatedPoint() {
        var draft = PostSamples.draft()
        draft.points[9] = draft.points[2]
        let warnings = PostCheck.warnings(draft, tweets: PostSamples.tweets())
        // The repeat shows once, so the post also falls short of ten points.
        #expect(warnings.map(\.kind) == [.repeatedPoint, .pointCount])
        #expect(warnings.first?.message == "points 3 and 10 are the same story s2.")
    }

    @Test func warnsAboutTwoPointsTellingTheSameTweet() {
        var draft = PostSamples.draft()
        draft.stories[1].tweetIDs.append(draft.stories[0].leadTweetID)
        let warnings = PostCheck.warnings(draft, tweets: PostSamples.tweets())
        #expect(warnings.contains { $0.kind == .repeatedPoint && $0.stories == [StoryID("s0"), StoryID("s1")] })
    }

    @Test func warnsAboutAStoryInTwoSections() {
        var draft = PostSamples.draft()
        var copy = draft.stories[3]  // s3, models
        copy.category = .products
        draft.stories.append(copy)
        let warnings = PostCheck.warnings(draft, tweets: PostSamples.tweets())
        #expect(warnings.contains { $0.kind == .storyInSeveralSections && $0.stories == [StoryID("s3")] })
    }

    @Test func warnsAboutAnEmptySection() {
        var draft = PostSamples.draft()
        draft.stories.removeAll { $0.category == .openSource }
        draft.sectionTexts[.finance] = "  \n"
        let warnings = PostCheck.warnings(draft, tweets: PostSamples.tweets())
        #expect(warnings.filter { $0.kind == .emptySection }.map(\.section) == [.openSource, .finance])
    }

    @Test func stocksAndCryptoMayBeEmpty() {
        var draft = PostSamples.draft()
        draft.stories.removeAll { $0.category == .stocks }
        #expect(PostCheck.warnings(draft, tweets: PostSamples.tweets()).isEmpty)
    }

    @Test func warnsAboutAPointWithoutSupportingTweet() {
        var draft = PostSamples.draft()
        var tweets = PostSamples.tweets()
        tweets[draft.stories[4].leadTweetID] = nil
        draft.points.append(Draft.Point(story: StoryID("gone"), headline: "A point whose story is not in the draft"))
        let warnings = PostCheck.warnings(draft, tweets: tweets)
        #expect(warnings.filter { $0.kind == .unsupportedPoint }.map(\.stories) == [[StoryID("s4")], [StoryID("gone")]])
    }

    @Test func warnsWhenThePostDoesNotShowTenPoints() {
        var draft = PostSamples.draft()
        #expect(draft.points.count == PostCheck.pointsPromised)
        draft.points.append(Draft.Point(story: draft.stories[11].id, headline: "An eleventh point"))
        let eleven = PostCheck.warnings(draft, tweets: PostSamples.tweets()).filter { $0.kind == .pointCount }
        #expect(eleven.map(\.message) == ["the post shows 11 core points; its heading promises 10 (reject or promote to match)."])
        draft.points.removeLast(3)
        #expect(PostCheck.warnings(draft, tweets: PostSamples.tweets()).filter { $0.kind == .pointCount }.count == 1)
    }
}
