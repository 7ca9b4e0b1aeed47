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

extension CategoryModelTests {
    /// The voice read byte by byte with comparisons, as it was before its table: the reference.
    static func referenceVoice(_ text: String) -> (speaks: Bool, asks: Bool) {
        var speaks = false, asks = false
        let b = Array(text.utf8)
        func isLetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
        var k = 0
        while k < b.count {
            let c = b[k]
            if c == 63 { asks = true; k += 1; continue }
            if c == 0xEF, k + 2 < b.count, b[k + 1] == 0xBC, b[k + 2] == 0x9F { asks = true; k += 3; continue }
            if c == 0xE6, k + 2 < b.count, b[k + 1] == 0x88, b[k + 2] == 0x91 { speaks = true; k += 3; continue }
            guard isLetter(c) else { k += 1; continue }
            let start = k
            while k < b.count && (isLetter(b[k]) || b[k] == 39) { k += 1 }
            let length = k - start
            let first = b[start] | 0x20
            if first == 105 && (length == 1 || (length >= 3 && b[start + 1] == 39)) { speaks = true }
            if first == 109 && length == 2 && (b[start + 1] | 0x20 == 121 || b[start + 1] | 0x20 == 101) { speaks = true }
        }
        return (speaks, asks)
    }

    /// Random mixtures of the pieces that decide read as the reference reads them.
    @Test func voiceAgreesWithTheReferenceOnMixtures() {
        let pieces = ["I", "i", "i'm", "I've", "'i", "my", "Me", "ME", "mY", "mine", "it's", "don't", "'", "''", "?", "？", "我", "我们", "你",
                      "Intel", "im", "i'", "m", "e", "y", "…", "é", "ï", "🚀", "12", "-", " ", "\n", "a'b'c", "Mé", "iñ"]
        var random = SeededRandom(seed: 5)
        for _ in 0..<3_000 {
            let text = (0..<random.within(0...12)).map { _ in pieces[random.below(pieces.count)] }.joined(separator: random.below(3) == 0 ? "" : " ")
            #expect(CategoryFeatures.voice(text) == Self.referenceVoice(text), "\(text.debugDescription)")
        }
    }
}
