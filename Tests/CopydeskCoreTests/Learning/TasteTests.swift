@testable import CopydeskCore
import Foundation
import Testing
import TestSupport

/// Decisions as labels: a session's final draft read as labels, the simulated editor of a labelled
/// day, what `learn` fits to them, and the taste file.
@Suite struct TasteTests {
    static func sampleDay() throws -> (tweets: [Tweet], labels: DayLabels) {
        let folder = Fixtures.seeds.appendingPathComponent("sample-day")
        return (try SampleDay.load().tweets, try DayLabels(json: Data(contentsOf: folder.appendingPathComponent("labels.json"))))
    }

    @Test func theSimulatedEditorKeepsTheCorePointsAndTheirCategories() throws {
        let (tweets, labels) = try Self.sampleDay()
        let proposal = StoryEngine(categoryModel: nil, rankingModel: nil).analyze(tweets, window: labels.window)
        let (lines, draft) = SimulatedEditor.session(proposal, tweets: tweets, labels: labels)
        #expect(lines.contains { $0.hasPrefix("accept ") } && lines.contains { $0.hasPrefix("reject ") })
        let read = SessionLabels(draft)
        let gold = labels.goldStories()
        // Every published point tells a different core point, and the ten missed are added: all are covered.
        var told = Set<Int>()
        for point in read.labels.corePoints {
            let story = try #require(read.labels.stories.first { $0.id == point.stories[0] })
            let dominant = try #require(DayScore.dominant(story.tweets, gold: gold).story)
            let n = try #require(labels.corePoints.first { $0.stories.contains(labels.stories[dominant].id) }?.n)
            #expect(told.insert(n).inserted)
            #expect(labels.stories[dominant].accepts(story.category), "\(story.id) kept as \(story.category)")
        }
        #expect(told.count == labels.corePoints.count)
        // What was rejected is shown but no core point, and teaches no category.
        #expect(read.labels.stories.count > read.labels.corePoints.count)
        #expect(read.categoryLabels.stories.count == read.labels.corePoints.count)
    }

    @Test func aSessionsDecisionsAreItsLabels() throws {
        let window = ReportWindow(day: LocalDate("2026-01-24")!)
        let stories = (1...4).map { Story(id: StoryID("s\($0)"), tweetIDs: ["\($0)0", "\($0)1"], headline: "h\($0)", category: .models) }
        var draft = Draft(window: window, metadata: .init(startingAt: Date(timeIntervalSince1970: 0), window: window), stories: stories,
                          points: stories.prefix(3).map { .init(story: $0.id, headline: $0.headline) }, reserve: [StoryID("s4")])
        var desk = Desk(draft: draft, tweets: [])
        for line in ["reject 2", "reclassify 1 policy", "accept R1"] {
            guard case .change(let events, _)? = try desk.decide(line: line) else { Issue.record("\(line) changed nothing"); continue }
            try desk.apply(events)
        }
        draft = desk.draft
        let read = SessionLabels(draft)
        #expect(read.labels.corePoints.map(\.stories) == [["s1"], ["s3"]])
        #expect(Set(read.labels.stories.map(\.id)) == ["s1", "s2", "s3", "s4"])
        #expect(read.labels.stories.first { $0.id == "s1" }?.category == .policy)
        // Categories the editor stood behind: the published points and the accepted reserve story.
        #expect(Set(read.categoryLabels.stories.map(\.id)) == ["s1", "s3", "s4"])
    }

    @Test func learningFromSessionsMovesTheModelsFromTheirPriorsDeterministically() throws {
        let (tweets, labels) = try Self.sampleDay()
        let proposal = StoryEngine(categoryModel: nil, rankingModel: nil).analyze(tweets, window: labels.window)
        let day = TasteLearner.Day(day: "2026-01-24", tweets: tweets, session: SimulatedEditor.session(proposal, tweets: tweets, labels: labels).draft)
        let learner = TasteLearner(rankingPrior: .default, categoryPrior: .default)
        let learned = learner.learn([day])
        let ranking = try #require(learned.ranking), category = try #require(learned.category)
        #expect(ranking != RankingModel.default && category != CategoryModel.default)
        #expect(ranking.trainedOn == ["2026-01-24"])
        #expect(learned.chosen == labels.corePoints.count && learned.passedOver > learned.chosen)
        // The words that carry each category are the lexicon's own.
        let lexicon = Lexicon.default
        #expect(!learned.words.isEmpty)
        for (category, words) in learned.words {
            let terms = Set((lexicon.categoryTerms[category] ?? []).map(\.text))
            #expect(words.allSatisfy(terms.contains), "\(category): \(words)")
        }
        let again = learner.learn([day])
        #expect(again.ranking == ranking && again.category == category)
    }

    /// A session labels only the points the editor stood behind (about ten of a day's stories):
    /// what it teaches moves the classifier where those labels agree, and must not overturn how the
    /// prior classifies the rest of the day. On the sample day, learning from its session changes
    /// the category of at most three of its 35 labelled stories (ten at a pull of 0.01).
    @Test func aSessionsFewLabelsLeaveMostOfTheDayAsThePriorHadIt() throws {
        let (tweets, labels) = try Self.sampleDay()
        let proposal = StoryEngine(categoryModel: nil, rankingModel: nil).analyze(tweets, window: labels.window)
        let draft = SimulatedEditor.session(proposal, tweets: tweets, labels: labels).draft
        let day = TasteLearner.Day(day: "2026-01-24", tweets: tweets, session: draft)
        let category = try #require(TasteLearner().learn([day]).category)
        let examples = StoryEngine(categoryModel: nil).categoryExamples(tweets, labels: labels, day: "2026-01-24")
        #expect(examples.count >= 30)
        func best(_ scores: [Double]) -> Int { scores.indices.max { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1) }! }
        // The lexicon's verdict is the prior's (its features lead the example's).
        let changed = examples.filter { best(Array($0.features.prefix(Category.count))) != best(category.probabilities($0.features)) }
        #expect(changed.count <= 3, "\(changed.count) of \(examples.count) stories changed category")
    }

    @Test func theTasteFileReadsBackAndItsErrorsNameTheLine() throws {
        var weights = [Double](repeating: 0, count: RankingFeatures.names.count)
        weights[0] = 0.25
        let taste = Taste(ranking: RankingModel(weights: weights, trainedOn: ["2026-01-23"]), category: CategoryModel.default,
                          sessions: ["2026-01-23"], labelled: ["sample-day"], forgotten: ["2026-01-20"],
                          words: [.policy: ["export control", "regulation"], .models: ["benchmark"]])
        let text = taste.text()
        let again = try Taste(parsing: text)
        #expect(again == taste)
        #expect(again.text() == text)
        #expect(try Taste(parsing: Taste(forgotten: ["2026-01-20"]).text()) == Taste(forgotten: ["2026-01-20"]))
        // A bad weight in the ranking section is reported at its line in the whole file.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(lines.firstIndex { $0.hasPrefix("engagement\t") })
        var broken = lines
        broken[row] = "engagement\tmuch"
        #expect(throws: DataFileError(file: "t.tsv", line: row + 1, problem: "much is not a number")) {
            try Taste(parsing: broken.joined(separator: "\n"), file: "t.tsv")
        }
        #expect(throws: DataFileError(file: "t.tsv", line: 2, problem: "unknown section [colour]; expected [ranking] or [category]")) {
            try Taste(parsing: "# x\n[colour]\n", file: "t.tsv")
        }
        #expect(throws: DataFileError.self) { try Taste(parsing: "# copydesk taste, version 7\n", file: "t.tsv") }
    }
}
