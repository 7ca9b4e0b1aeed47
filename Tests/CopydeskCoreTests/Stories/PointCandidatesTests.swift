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
        settings.pointCount = 5
        let ranked = [story(1, .models, 9), story(2, .models, 8.9), story(3, .models, 8.8), story(4, .models, 8.7),
                      story(5, .products, 5), story(6, .policy, 4), story(7, .models, 3)]
        let points = StoryEngine.candidates(ranked, settings: settings).points
        #expect(points == [StoryID("s1"), StoryID("s2"), StoryID("s3"), StoryID("s5"), StoryID("s6")])
        // With nothing else left, the cap gives way.
        let small = StoryEngine.candidates(Array(ranked.prefix(4)), settings: settings).points
        #expect(small.count == 4)
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

    /// The choice compares a story with the points only when it reads the story, and stops at the
    /// first score that cannot win: it must choose as comparing every story with every point does.
    @Test(arguments: 0..<40)
    func choosesAsComparingEveryStoryWithEveryPointDoes(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        var settings = EngineSettings()
        settings.pointCount = random.within(1...12)
        settings.pointsPerCategoryFirst = random.within(0...1)
        settings.pointsThemePenalty = [0, 0.5, 2, 5][random.below(4)]
        let count = random.within(0...60)
        // Scores descending (rank order) with ties; themes over a few terms and names.
        var score = 10.0
        let ranked = (0..<count).map { n -> Story in
            if random.below(3) > 0 { score -= Double(random.within(0...20)) / 10 }
            return story(n, CopydeskCore.Category.ordered[random.below(CopydeskCore.Category.ordered.count)], score)
        }
        let themes = (0..<count).map { _ in
            Theme((0..<random.within(0...4)).map { _ in (Int32(random.below(6)), Double(random.within(1...4))) },
                  names: Array(Set((0..<random.within(0...4)).map { _ in UInt64(random.below(6)) })).sorted())
        }
        let chosen = StoryEngine.candidates(ranked, themes: themes, settings: settings)
        #expect(chosen.points == comparingAll(ranked, themes: themes, settings: settings))
    }

    /// The points as first written: every story's likeness updated at every pick.
    private func comparingAll(_ ranked: [Story], themes: [Theme], settings: EngineSettings) -> [StoryID] {
        let eligible = ranked.indices.filter { ranked[$0].noise == nil }
        let lead = eligible.first { !settings.pointsExclude.contains(ranked[$0].category) }.map { ranked[$0].score } ?? 0
        let admissible = eligible.map { !settings.pointsExclude.contains(ranked[$0].category) || ranked[$0].score > lead }
        var isChosen = [Bool](repeating: false, count: eligible.count)
        var perCategory = [Int](repeating: 0, count: CopydeskCore.Category.count)
        var count = 0
        for k in eligible.indices where count < settings.pointCount && admissible[k] {
            guard perCategory[ranked[eligible[k]].category.order] < settings.pointsPerCategoryFirst else { continue }
            perCategory[ranked[eligible[k]].category.order] += 1
            isChosen[k] = true
            count += 1
        }
        var likeness = [Double](repeating: 0, count: eligible.count)
        var retells = [Bool](repeating: false, count: eligible.count)
        func compare(toChosen j: Int) {
            for k in eligible.indices {
                let same = themes[eligible[k]].sameNews(themes[eligible[j]])
                if same { retells[k] = true }
                likeness[k] = max(likeness[k], same ? 1 : themes[eligible[k]].termSimilarity(themes[eligible[j]]))
            }
        }
        for j in eligible.indices where isChosen[j] { compare(toChosen: j) }
        while count < settings.pointCount {
            var best = -1, bestValue = -Double.infinity
            for k in eligible.indices where !isChosen[k] && admissible[k] && !retells[k] {
                guard perCategory[ranked[eligible[k]].category.order] < settings.pointsPerCategoryMax else { continue }
                let value = ranked[eligible[k]].score - settings.pointsThemePenalty * likeness[k]
                if value > bestValue { best = k; bestValue = value }
            }
            guard best >= 0 else { break }
            perCategory[ranked[eligible[best]].category.order] += 1
            isChosen[best] = true
            count += 1
            compare(toChosen: best)
        }
        for k in eligible.indices where count < settings.pointCount && admissible[k] && !isChosen[k] {
            isChosen[k] = true
            count += 1
        }
        return eligible.indices.filter { isChosen[$0] }.map { ranked[eligible[$0]].id }
    }
}
