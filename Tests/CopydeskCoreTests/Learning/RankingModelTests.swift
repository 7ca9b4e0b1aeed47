@testable import CopydeskCore
import Foundation
import Testing
import TestSupport

/// The learned ranking: its file, its training over the hand score as the prior, and its examples.
@Suite struct RankingModelTests {
    private static let width = RankingFeatures.names.count
    private static func index(_ name: String) -> Int { RankingFeatures.names.firstIndex(of: name)! }

    /// A story whose hand score says `hand` and whose tellings link a page when `links`.
    private func example(day: String, hand: Double, links: Bool, chosen: Bool) -> RankingTrainer.Example {
        var x = [Double](repeating: 0, count: Self.width)
        x[Self.index("engagement")] = hand
        x[Self.index("links")] = links ? 1 : 0
        return .init(day: day, features: x, hand: hand, chosen: chosen)
    }

    /// Days where the editor chose the stories that link a page, whatever their engagement.
    private func days() -> [RankingTrainer.Example] {
        var examples: [RankingTrainer.Example] = []
        for d in 0..<3 {
            for k in 0..<8 {
                let links = k % 2 == 0
                examples.append(example(day: "d\(d)", hand: Double((k * 5 + d) % 7) / 2, links: links, chosen: links))
            }
        }
        return examples
    }

    /// How many chosen stories outscore how many passed over (of all such pairs), by `score`.
    private func orderedPairs(_ examples: [RankingTrainer.Example], _ score: (RankingTrainer.Example) -> Double) -> Double {
        var right = 0, all = 0
        for c in examples where c.chosen {
            for p in examples where !p.chosen && p.day == c.day {
                all += 1
                if score(c) > score(p) { right += 1 }
            }
        }
        return Double(right) / Double(all)
    }

    @Test func withoutAChoiceThereIsNoModel() {
        #expect(RankingTrainer().train([]) == nil)
        #expect(RankingTrainer().train([example(day: "d", hand: 1, links: true, chosen: true)]) == nil)
    }

    @Test func theEditorsChoicesTeachWhatTheHandScoreMisses() throws {
        let examples = days()
        let model = try #require(RankingTrainer().train(examples))
        #expect(model.weights[Self.index("links")] > 0.5)
        // Features no example shows keep the hand score's ranking (zero weight).
        #expect(model.weights[Self.index("languages")] == 0)
        #expect(model.trainedOn == ["d0", "d1", "d2"])
        let hand = orderedPairs(examples) { $0.hand }
        let learned = orderedPairs(examples) { $0.hand + model.value($0.features) }
        #expect(hand < 0.7)
        #expect(learned > 0.95)
        // Deterministic: the same examples, in any order, teach the same model.
        #expect(RankingTrainer().train(examples.reversed()) == model)
    }

    @Test func theFileReadsBackToTheSameModel() throws {
        let model = try #require(RankingTrainer().train(days()))
        let again = try RankingModel(parsing: model.text())
        #expect(again == model)
        #expect(again.text() == model.text())
        #expect(!model.text().contains("\t\t"))
    }

    @Test func aBadFileIsRefusedByLine() {
        #expect(throws: DataFileError(file: "r.tsv", line: 2, problem: "unknown feature colour")) {
            try RankingModel(parsing: "feature\tweight\ncolour\t1\n", file: "r.tsv")
        }
        #expect(throws: DataFileError(file: "r.tsv", line: 3, problem: "lots is not a number")) {
            try RankingModel(parsing: "# x\nfeature\tweight\nlinks\tlots\n", file: "r.tsv")
        }
        #expect(throws: DataFileError(file: "r.tsv", line: 1, problem: "expected the header line `feature<TAB>weight`")) {
            try RankingModel(parsing: "links\t1\n", file: "r.tsv")
        }
        #expect(throws: DataFileError.self) { try RankingModel(parsing: "# copydesk ranking model, version 99\nfeature\tweight\n", file: "r.tsv") }
    }

    @Test func theLearnedPartNamesTheFeaturesThatMovedIt() {
        var weights = [Double](repeating: 0, count: Self.width)
        weights[Self.index("links")] = 0.8
        weights[Self.index("replies")] = -0.5
        let model = RankingModel(weights: weights, trainedOn: ["a", "b"])
        var x = [Double](repeating: 0, count: Self.width)
        x[Self.index("links")] = 1
        x[Self.index("replies")] = 0.5
        let part = model.part(x)
        #expect(part.name == "learned")
        #expect(abs(part.value - 0.55) < 1e-9)
        #expect(part.detail == "learned from 2 days: links +0.80, replies −0.25")
    }

    @Test func theBuiltInModelLoadsAndTheEngineCanDoWithout() throws {
        let model = try #require(RankingModel.default)
        #expect(model.weights.count == Self.width)
        #expect(model.trainedOn.count >= 2)
        #expect(StoryEngine().fingerprint != StoryEngine(rankingModel: nil).fingerprint)
    }

    /// The sample day's examples: the engine's stories that hold an editor's core point are chosen.
    @Test func aLabelledDaysCorePointsAreItsChosenStories() throws {
        let folder = Fixtures.seeds.appendingPathComponent("sample-day")
        let labels = try DayLabels(json: Data(contentsOf: folder.appendingPathComponent("labels.json")))
        let day = try SampleDay.load()
        let examples = StoryEngine(rankingModel: nil).rankingExamples(day.tweets, labels: labels, day: "sample-day")
        let chosen = examples.filter(\.chosen)
        let coreStories = Set(labels.corePoints.flatMap(\.stories))
        #expect(chosen.count >= labels.corePoints.count / 2 && chosen.count <= coreStories.count)
        #expect(examples.count - chosen.count > chosen.count)
        #expect(examples.allSatisfy { $0.features.count == Self.width && $0.day == "sample-day" })
        // Each story's category is one feature of ten.
        let categories = (0..<Category.count).map { Self.index("category:" + Category.ordered[$0].rawValue) }
        #expect(examples.allSatisfy { x in categories.map { x.features[$0] }.reduce(0, +) == 1 })
    }
}
