@testable import CopydeskCore
import Foundation
import Testing

/// The learned category classifier: its file, its training, and the lexicon as its prior.
@Suite struct CategoryModelTests {
    private func example(_ category: CopydeskCore.Category, lexicon: CopydeskCore.Category?, firstPerson: Bool, day: String = "d1") -> CategoryTrainer.Example {
        var x = [Double](repeating: 0, count: CategoryFeatures.names.count)
        if let lexicon { x[lexicon.order] = 0.8 } else { x[Category.count] = 1 }
        x[CategoryFeatures.names.firstIndex(of: "first-person")!] = firstPerson ? 1 : 0
        x[CategoryFeatures.names.firstIndex(of: "bias")!] = 1
        return .init(day: day, category: category, alsoOK: [], features: x)
    }

    private func best(_ model: CategoryModel, _ x: [Double]) -> CopydeskCore.Category {
        let p = model.probabilities(x)
        return Category.ordered[p.indices.max { p[$0] < p[$1] }!]
    }

    @Test func withoutExamplesThereIsNoModel() {
        #expect(CategoryTrainer().train([]) == nil)
    }

    @Test func theLexiconIsThePriorAndTheStoriesTeachWhatItCannotSee() throws {
        // Stories the lexicon calls ai_tech (or nothing) that speak in the first person are viewpoints.
        var examples: [CategoryTrainer.Example] = []
        for k in 0..<12 {
            examples.append(example(.viewpoints, lexicon: k % 2 == 0 ? .aiTech : nil, firstPerson: true, day: "d\(k % 3)"))
            examples.append(example(.models, lexicon: .models, firstPerson: false, day: "d\(k % 3)"))
            examples.append(example(.aiTech, lexicon: .aiTech, firstPerson: false, day: "d\(k % 3)"))
        }
        let model = try #require(CategoryTrainer().train(examples))
        #expect(best(model, example(.viewpoints, lexicon: .aiTech, firstPerson: true).features) == .viewpoints)
        #expect(best(model, example(.aiTech, lexicon: .aiTech, firstPerson: false).features) == .aiTech)
        // A category no example showed still follows the lexicon.
        #expect(best(model, example(.policy, lexicon: .policy, firstPerson: false).features) == .policy)
        #expect(model.trainedOn == ["d0", "d1", "d2"])
    }

    @Test func theFileReadsBackToTheSameModel() throws {
        let examples = (0..<6).map { example($0 % 2 == 0 ? .models : .viewpoints, lexicon: .models, firstPerson: $0 % 2 == 1) }
        let model = try #require(CategoryTrainer().train(examples))
        let again = try CategoryModel(parsing: model.text())
        #expect(again == model)
        #expect(again.text() == model.text())
    }

    @Test func aBadFileIsRefusedByLine() {
        #expect(throws: DataFileError(file: "m.tsv", line: 2, problem: "unknown category nonsense")) {
            try CategoryModel(parsing: "# x\nfeature\tviewpoints\tnonsense\n", file: "m.tsv")
        }
        #expect(throws: DataFileError(file: "m.tsv", line: 2, problem: "twelve is not a number")) {
            try CategoryModel(parsing: "feature\tviewpoints\nbias\ttwelve\n", file: "m.tsv")
        }
        #expect(throws: DataFileError(file: "m.tsv", line: 2, problem: "unknown feature colour")) {
            try CategoryModel(parsing: "feature\tviewpoints\ncolour\t1\n", file: "m.tsv")
        }
        #expect(throws: DataFileError.self) { try CategoryModel(parsing: "# copydesk category model, version 1\nfeature\tmodels\n", file: "m.tsv") }
    }

    @Test func theBuiltInModelLoadsAndTheEngineCanDoWithout() throws {
        let model = try #require(CategoryModel.default)
        #expect(model.weights.count == CategoryFeatures.names.count)
        #expect(StoryEngine().fingerprint != StoryEngine(categoryModel: nil).fingerprint)
    }

    @Test func speakingForOneselfIsReadInEnglishAndChinese() {
        #expect(CategoryFeatures.voice("I still hold that opinion.").speaks)
        #expect(CategoryFeatures.voice("我觉得这是泡沫").speaks)
        #expect(!CategoryFeatures.voice("Intel shares fall 15% in the mining industry").speaks)
    }
}

extension CategoryModelTests {
    @Test(arguments: [
        ("I still hold that opinion.", true, false), ("i'm not sure this scales?", true, true), ("Give me a week", true, false),
        ("我觉得这是泡沫", true, false), ("这是泡沫吗？", false, true), ("Intel shares fall 15% in the mining industry", false, false),
        ("MY take: IMO it's early", true, false), ("Gemini 3 is in Mexico", false, false),
    ])
    func voiceIsReadFromTheBytes(text: String, speaks: Bool, asks: Bool) {
        #expect(CategoryFeatures.voice(text) == (speaks, asks))
    }
}
