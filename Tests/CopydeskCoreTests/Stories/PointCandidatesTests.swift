@testable import CopydeskCore
import Testing

/// The core points: a survey across categories, with the sections of their own left out.
@Suite struct PointCandidatesTests {
    private func story(_ n: Int, _ category: CopydeskCore.Category, _ score: Double) -> Story {
        Story(id: StoryID("s\(n)"), tweetIDs: ["\(n)"], headline: "story \(n)", category: category, score: score)
    }

    @Test func cryptoStaysOutUnlessItLeadsTheDay() {
        var settings = EngineSettings()
        settings.pointCount = 2
        let ranked = [story(1, .crypto, 9), story(2, .models, 8), story(3, .crypto, 7), story(4, .products, 6)]
        #expect(StoryEngine.candidates(ranked, settings: settings).points == [StoryID("s1"), StoryID("s2")])
        let trailing = [story(2, .models, 8), story(1, .crypto, 7.9), story(4, .products, 6)]
        #expect(StoryEngine.candidates(trailing, settings: settings).points == [StoryID("s2"), StoryID("s4")])
        // Editors choose viewpoints and stock stories as core points (a researcher's thread, an
        // earnings beat): they compete as any other.
        let views = [story(2, .models, 8), story(1, .viewpoints, 7.9), story(3, .stocks, 7), story(4, .products, 6)]
        #expect(StoryEngine.candidates(views, settings: settings).points == [StoryID("s2"), StoryID("s1")])
    }

    @Test func aStoryThatKeepsNamingAPointsNamesIsNoNewPoint() {
        var settings = EngineSettings()
        settings.pointCount = 2
        // s2 is s1's news split off (FTC, Halberd, Ferrite); s3 names other things.
        let ranked = [story(1, .policy, 9), story(2, .stocks, 8.9), story(3, .models, 5)]
        let themes = [Theme([], names: [1, 2, 3]), Theme([], names: [2, 3, 4]), Theme([], names: [3, 7, 8])]
        #expect(StoryEngine.candidates(ranked, themes: themes, settings: settings).points == [StoryID("s1"), StoryID("s3")])
        // One shared name (the company behind two pieces of news) is not the same news.
        let apart = [Theme([], names: [1, 2, 3]), Theme([], names: [3, 5, 6]), Theme([], names: [7, 8])]
        #expect(StoryEngine.candidates(ranked, themes: apart, settings: settings).points == [StoryID("s1"), StoryID("s2")])
    }

    @Test func noCategoryTakesMoreThanItsShareWhileOthersWait() {
        var settings = EngineSettings()
        settings.pointCount = 4
        let ranked = [story(1, .models, 9), story(2, .models, 8.9), story(3, .models, 8.8), story(4, .products, 5),
                      story(5, .policy, 4), story(6, .models, 3)]
        let points = StoryEngine.candidates(ranked, settings: settings).points
        #expect(points == [StoryID("s1"), StoryID("s2"), StoryID("s4"), StoryID("s5")])
        // With nothing else left, the cap gives way.
        settings.pointCount = 5
        let small = StoryEngine.candidates(Array(ranked.prefix(3)), settings: settings).points
        #expect(small.count == 3)
    }

    @Test func aStoryRetellingAChosenThemeGivesWayToAnotherTheme() {
        var settings = EngineSettings()
        settings.pointCount = 2
        let ranked = [story(1, .models, 9), story(2, .products, 8.5), story(3, .policy, 8)]
        let coding = Theme([(1, 1), (2, 0.5)]), ethics = Theme([(7, 1)])
        let points = StoryEngine.candidates(ranked, themes: [coding, coding, ethics], settings: settings).points
        #expect(points == [StoryID("s1"), StoryID("s3")])
        #expect(StoryEngine.candidates(ranked, settings: settings).points == [StoryID("s1"), StoryID("s2")])
        #expect(abs(coding.similarity(coding) - 1) < 1e-9 && ethics.similarity(coding) == 0)
    }
}
