import CopydeskCore
import Foundation
import Testing

/// The evaluation's figures on a day small enough to score by hand.
@Suite struct DayScoreTests {
    // Labels: story a {1,2,3} (models), story b {4,5} (products), noise {6,7}; core points: a, then b.
    let labels = DayLabels(
        date: LocalDate("2026-02-03")!,
        stories: [
            .init(id: "a", category: .models, tweets: ["1", "2", "3"]),
            .init(id: "b", category: .products, tweets: ["4", "5"]),
        ],
        corePoints: [.init(n: 1, stories: ["a"]), .init(n: 2, stories: ["b"])],
        noise: ["6", "7"])

    // The engine: x {1,2,4}, y {3}, z {5,6,7}; points x and z.
    func analysis(_ xCategory: CopydeskCore.Category = .models) -> Analysis {
        Analysis(
            stories: [
                Story(id: StoryID("x"), tweetIDs: ["1", "2", "4"], headline: "x", category: xCategory),
                Story(id: StoryID("y"), tweetIDs: ["3"], headline: "y", category: .models),
                Story(id: StoryID("z"), tweetIDs: ["5", "6", "7"], headline: "z", category: .crypto),
            ],
            points: [StoryID("x"), StoryID("z")], reserve: [], keyphrases: [])
    }

    @Test func bCubedCountsNoiseBesideNoiseAsRight() {
        let score = DayScore(analysis: analysis(), labels: labels)
        // Precision: 1,2 → 2/3; 4 → 1/3; 3 → 1; 5 → 1/3; 6,7 (noise beside noise) → 2/3 each.
        #expect(abs(score.precision - 13.0 / 21.0) < 1e-9)
        // Recall: 1,2 → 2/3; 3 → 1/3; 4,5 → 1/2; noise singletons → 1.
        #expect(abs(score.recall - 2.0 / 3.0) < 1e-9)
    }

    @Test func aPointCoversTheCorePointOfItsDominantStoryAndMostlyNoiseIsNoise() {
        let score = DayScore(analysis: analysis(), labels: labels)
        #expect(score.covered == [1])
        #expect(score.corePointsCovered == 1 && score.corePoints == 2)
        #expect(score.noiseInTopTen == 1)
        #expect(score.pointStories == ["a", "noise"])
    }

    @Test func categoryIsJudgedOnTheStoryHoldingMostOfEachLabelledStory() {
        // a's holder is x; b's tweets split 1–1 between x and z, and the first-ranked (x) holds it.
        #expect(DayScore(analysis: analysis(.models), labels: labels).categoryAccuracy == 0.5)
        #expect(DayScore(analysis: analysis(.products), labels: labels).categoryAccuracy == 0.5)
        var lenient = labels
        lenient.stories[1].alsoOK = [.models]
        #expect(DayScore(analysis: analysis(.models), labels: lenient).categoryAccuracy == 1)
    }

    @Test func theMisfiledStoriesAreNamedWithBothCategories() {
        // b (products) is held by x, filed as models; a is right.
        let score = DayScore(analysis: analysis(.models), labels: labels)
        #expect(score.misfiled == [.init(story: "b", labelled: .products, proposed: .models)])
        #expect(DayScore(analysis: analysis(.products), labels: labels).misfiled.map(\.story) == ["a"])
        let details = EvaluationReport(rows: [.init(day: "one", score: score)]).details()
        #expect(details.contains("misfiled (labelled → proposed):\n    b: products → models\n"))
    }

    @Test func perfectGroupingScoresOne() {
        let perfect = Analysis(
            stories: [
                Story(id: StoryID("a"), tweetIDs: ["1", "2", "3"], headline: "a", category: .models),
                Story(id: StoryID("b"), tweetIDs: ["4", "5"], headline: "b", category: .products),
                Story(id: StoryID("n"), tweetIDs: ["6", "7"], headline: "n", category: .crypto),
            ],
            points: [StoryID("a"), StoryID("b")], reserve: [], keyphrases: [])
        let score = DayScore(analysis: perfect, labels: labels)
        #expect(score.precision == 1 && score.recall == 1)
        #expect(score.covered == [1, 2] && score.noiseInTopTen == 0 && score.categoryAccuracy == 1)
    }

    @Test func readsTheLabelsFormat() throws {
        let json = """
            {"date": "2026-08-05", "tz": "+00:00", "stories": [{"id": "s", "summary": "S", "category": "open_source",
             "also_ok": ["products"], "tweets": ["9"]}], "core_points": [{"n": 1, "text": "t", "stories": ["s"]}],
             "noise": ["8"], "left_out": [], "extra": 1}
            """
        let labels = try DayLabels(json: Data(json.utf8))
        #expect(labels.window == ReportWindow(day: LocalDate("2026-08-05")!, utcOffsetSeconds: 0))
        #expect(labels.stories[0].accepts(.products) && !labels.stories[0].accepts(.models))
        #expect(labels.noise == ["8"] && labels.tweetsFile == nil)
        #expect(throws: DecodingError.self) { try DayLabels(json: Data(#"{"date": "2026-08-05", "tz": "soon", "stories": [], "core_points": [], "noise": []}"#.utf8)) }
    }

    @Test func theReportPrintsEachDayAndTheMean() {
        let report = EvaluationReport(rows: [
            .init(day: "one", score: DayScore(analysis: analysis(), labels: labels)),
            .init(day: "two", score: DayScore(analysis: analysis(.products), labels: labels)),
        ])
        let table = report.table()
        #expect(table.contains("| one | 0.62 | 0.67 | 1/2 | 1 | 0.50 |"))
        #expect(table.contains("| mean | 0.62 | 0.67 | 1.0 | 1.0 | 0.50 |"))
        let object = try? JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any]
        #expect((object?["days"] as? [Any])?.count == 2)
        #expect((object?["mean"] as? [String: Any])?["core_points_covered"] as? Double == 1)
    }
}
