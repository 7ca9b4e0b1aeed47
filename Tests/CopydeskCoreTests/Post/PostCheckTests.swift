import CopydeskCore
import Testing

@Suite struct PostCheckTests {
    @Test func theSampleDraftIsClean() {
        let warnings = PostCheck.warnings(PostSamples.draft(), tweets: PostSamples.tweets())
        #expect(warnings.isEmpty, "\(warnings)")
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
