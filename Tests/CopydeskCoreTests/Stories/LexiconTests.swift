import Foundation
import Testing
@testable import CopydeskCore

@Suite struct LexiconTests {
    @Test func parsesSectionsWeightsAndVocabulary() throws {
        let lexicon = try Lexicon(parsing: "# c\n[models]\nbenchmark = 2.5\nmodel\n[crypto.cashtags]\n$btc\n[chinese.words]\n算力\n[noise.job]\nhiring = 2\n")
        #expect(lexicon.categoryTerms[.models] == [.init("benchmark", weight: 2.5), .init("model")])
        #expect(lexicon.cryptoCashtags == ["BTC"])
        #expect(lexicon.vocabulary.chineseWords == ["算力"])
        #expect(lexicon.noiseTerms[.job] == [.init("hiring", weight: 2)])
    }

    @Test(arguments: [
        ("model\n", DataFileError(file: "f", line: 1, problem: "a term before any [section]; start the file with a section such as [models]")),
        ("[models]\nx = lots\n", DataFileError(file: "f", line: 2, problem: "weight \"lots\" is not a non-negative number")),
        ("[models\n", DataFileError(file: "f", line: 1, problem: "a section header must end with ]")),
    ])
    func reportsErrorsByLine(text: String, expected: DataFileError) {
        #expect(throws: expected) { try Lexicon(parsing: text, file: "f") }
    }

    /// Lines are trimmed on their scalars exactly as Foundation's `trimmingCharacters(in:)` trims them.
    @Test(arguments: ["", " ", "\t a b \t", "\r", "x\r", " \r y \r\r", "\u{3000}全角\u{3000}", "\u{00A0}nbsp\u{2003}", "e\u{0301} ",
                      " \u{0301}x", "\r\n", "🚀 ", "\u{2028}line\u{2028}", "[ models ]", "a = 2"])
    func trimsAsFoundationTrims(text: String) {
        let blankOrCR = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\r"))
        #expect(Lexicon.trimmed(Substring(text), blankOrCR) == text.trimmingCharacters(in: blankOrCR))
        #expect(Lexicon.trimmed(Substring(text), .whitespaces) == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func aLexiconWithPaddedLinesParsesAsAPlainOne() throws {
        let plain = try Lexicon(parsing: "[models]\nbenchmark = 2.5\nmodel\n[aliases]\n英特尔 = intel\n")
        let padded = try Lexicon(parsing: "  [ models ] \t\n\tbenchmark   =  2.5 \n model\u{3000}\n[aliases]\n 英特尔  =  intel \u{00A0}\n")
        #expect(padded.categoryTerms == plain.categoryTerms)
        #expect(padded.vocabulary.aliases == plain.vocabulary.aliases)
    }

    @Test func dataFilesWithWindowsLineEndsParseAsPlainOnes() throws {
        let plain = try Lexicon(parsing: "[models]\nbenchmark = 2.5\nmodel\n[aliases]\n英特尔 = intel\n")
        let windows = try Lexicon(parsing: "[models]\r\nbenchmark = 2.5\r\nmodel\r\n[aliases]\r\n英特尔 = intel\r\n")
        #expect(windows.categoryTerms == plain.categoryTerms)
        #expect(windows.vocabulary.aliases == plain.vocabulary.aliases)
        // Errors still name the right line.
        #expect(throws: DataFileError.self) { try Lexicon(parsing: "[models]\r\nmodel\r\n[nonsense]\r\n") }
        do {
            _ = try Lexicon(parsing: "[models]\r\nmodel\r\n[nonsense]\r\n")
        } catch {
            #expect(error.line == 3)
        }
        // The learned models' files too.
        let model = try #require(CategoryModel.default)
        let windowsModel = try CategoryModel(parsing: model.text().replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(windowsModel == model)
    }

    @Test func theDefaultLexiconParsesAndTheFingerprintFollowsSettings() {
        #expect(!Lexicon.default.categoryTerms.isEmpty)
        var settings = EngineSettings()
        let base = StoryEngine().fingerprint
        #expect(base == StoryEngine().fingerprint)
        settings.jaccardThreshold = 0.6
        #expect(StoryEngine(settings: settings).fingerprint != base)
        #expect(base.count == 12)
    }
}

@Suite struct DistinctiveNameTests {
    @Test func namesWithSeveralPartsMergeUnlessCommon() {
        var f = TweetFactory()
        let a = f.add("Claude in Excel reads the whole workbook", by: "a")
        let b = f.add("Spent years in banking, Claude in Excel finally gets my models", by: "b")
        let c = f.add("Hugging Face trending page is wild today", by: "c")
        let d = f.add("Hugging Face raised prices for inference endpoints", by: "d")
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        let story = { (id: String) in Set(analysis.stories.first { $0.tweetIDs.contains(id) }!.tweetIDs) }
        #expect(story(a) == [a, b])
        #expect(story(c) == [c])
        #expect(story(d) == [d])
    }
}
