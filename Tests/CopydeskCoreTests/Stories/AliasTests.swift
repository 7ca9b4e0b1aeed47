@testable import CopydeskCore
import Testing

/// Aliases (`英特尔 = intel`, `$INTC = intel`) and plural folding: retellings share words with the original.
@Suite struct AliasTests {
    @Test func theAliasSectionParsesVariantAndCanonical() throws {
        let lexicon = try Lexicon(parsing: "[aliases]\n英特尔 = intel\n$INTC = intel\n李飞飞 = fei-fei li\n")
        #expect(lexicon.vocabulary.aliases == [.init("英特尔", canonical: "intel"), .init("$INTC", canonical: "intel"),
                                               .init("李飞飞", canonical: "fei-fei li")])
    }

    @Test func anAliasWithoutACanonicalSideIsAnErrorWithItsLine() {
        let expected = DataFileError(file: "f", line: 3, problem: "an alias must read \"variant = canonical\", such as \"英特尔 = intel\"")
        #expect(throws: expected) { try Lexicon(parsing: "[aliases]\n英特尔 = intel\n美光\n", file: "f") }
    }

    private func features(_ text: String, lexicon: Lexicon = .default) -> Set<UInt64> {
        let index = LexiconIndex(lexicon)
        var profiler = TweetProfiler(vocabulary: index.vocabulary, matcher: index.matcher, aliases: index.aliases)
        return Set(profiler.profile(text).features)
    }

    @Test func aChineseVariantAddsTheCanonicalWord() {
        let english = features("Intel shares sink after weak guidance")
        let chinese = features("英特尔大跌，指引疲弱")
        #expect(chinese.contains(TextHash.folded("intel")))
        #expect(chinese.contains(TextHash.folded("guidance")))
        #expect(english.contains(TextHash.folded("intel")))
        var lexicon = Lexicon.default
        lexicon.vocabulary.aliases = []
        #expect(!features("英特尔大跌，指引疲弱", lexicon: lexicon).contains(TextHash.folded("intel")))
    }

    @Test func aTickerReadsAsItsCompanyAndANameStaysWhole() {
        #expect(features("$INTC down 15% after the call").contains(TextHash.folded("intel")))
        // `fei-fei li` is one name in English text, so the alias adds that one feature, not three words.
        let english = features("Fei-Fei Li's World Labs raises at a $5B valuation")
        let chinese = features("李飞飞的 World Labs 估值 50 亿美元")
        #expect(!english.intersection(chinese).isEmpty)
        #expect(chinese.contains(TextHash.folded("valuation")))
    }

    @Test func englishPluralsFoldToTheirSingular() {
        #expect(features("Every startup sells AI employees").contains(TextHash.folded("employee")))
        #expect(features("two companies shipped agents").isSuperset(of: [TextHash.folded("company"), TextHash.folded("agent")]))
        // Not plurals: these keep their own word.
        for word in ["status", "analysis", "access"] {
            #expect(features("the \(word) today matters").contains(TextHash.folded(word)), "\(word)")
        }
    }

    @Test func aChineseRetellingByCompanyNameJoinsTheEnglishNews() {
        var f = TweetFactory()
        let fillers = ["Shipping a new onboarding flow for our design tool", "Weekend reading list: databases and compilers",
                       "Notes from a long hike in the mountains", "A thread on pricing for developer tools",
                       "今天试了几个大模型，体验越来越好了。", "终于可以在自己的电脑上体验新的编辑器了。"]
        for (k, text) in fillers.enumerated() { f.add(text, by: "filler\(k)") }
        let news = f.add("Intel shares plunge after weak guidance and supply shortage warning", by: "e1", likes: 900)
        f.add("Intel guidance disappoints: supply shortage ahead, shares plunge", by: "e2", likes: 300)
        let retelling = f.add("英特尔股价大跌：指引疲弱，还警告供应短缺。", by: "c1", likes: 50)
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        #expect(analysis.stories.first { $0.tweetIDs.contains(retelling) }?.tweetIDs.contains(news) == true)
        var lexicon = Lexicon.default
        lexicon.vocabulary.aliases = []
        let without = StoryEngine(lexicon: lexicon).analyze(f.tweets, window: TweetFactory.window)
        #expect(without.stories.first { $0.tweetIDs.contains(retelling) }?.tweetIDs.contains(news) == false)
    }
}
