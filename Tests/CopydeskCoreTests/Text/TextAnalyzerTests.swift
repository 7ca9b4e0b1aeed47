import Testing
@testable import CopydeskCore

@Suite struct TextAnalyzerTests {
    let analyzer = TextAnalyzer()

    @Test func keepsModelNamesWhole() {
        let terms = analyzer.terms(in: "GLM-4.7-Flash beats GPT-5.2 Pro; Qwen3-TTS and Claude Code too. Gemini 3 Pro next.")
        #expect(terms.contains("glm-4.7-flash"))
        #expect(terms.contains("gpt-5.2 pro"))
        #expect(terms.contains("qwen3-tts"))
        #expect(terms.contains("claude code"))
        #expect(terms.contains("gemini 3 pro"))
        #expect(!terms.contains("glm"))
        #expect(!terms.contains("pro"))
    }

    @Test func anUnknownCapitalisedWordAndAShortVersionAreOneName() {
        // Products a lexicon cannot know yet are named as products are: a word and a version.
        let terms = analyzer.terms(in: "Kestrel just dropped Talon 3. Weft 1.0 and Lumo v2 are out; 乡音-TTS 2 开源啦")
        #expect(terms.contains("talon 3"))
        #expect(terms.contains("weft 1.0"))
        #expect(terms.contains("lumo v2"))
        #expect(!terms.contains("talon"))
        // The end of a compound is only part of a name.
        #expect(!terms.contains("tts 2"))
    }

    @Test func aCounterADateOrAVerbBeforeANumberIsNoName() {
        let terms = analyzer.terms(in: "See Section 5 of the card. Only 2 labs. Shipping v1.2 today, due May 12. Turned 30. Growth 3% a week. It delayed AGI 2 months.")
        for phrase in ["section 5", "only 2", "shipping v1.2", "may 12", "turned 30", "growth 3", "agi 2"] {
            #expect(!terms.contains(phrase), "\(phrase)")
        }
        // The lexicon's counters decide: without them, `Section 5` would read as a name.
        var vocabulary = Lexicon.default.vocabulary
        vocabulary.counters = []
        #expect(TextAnalyzer(vocabulary: vocabulary).terms(in: "See Section 5 of the card.").contains("section 5"))
    }

    @Test func tagsMentionsAndCashtags() {
        let tokens = analyzer.tokens(in: "RT @sama: $INTC down, raised $5B at $100T scale #AI #开源 https://x.com/a/b.")
        let byKind = Dictionary(grouping: tokens, by: \.kind)
        #expect(byKind[.mention]?.map(\.text) == ["@sama"])
        #expect(byKind[.cashtag]?.map(\.key) == ["$INTC"])
        #expect(byKind[.hashtag]?.map(\.text) == ["#AI", "#开源"])
        #expect(byKind[.url]?.map(\.text) == ["https://x.com/a/b"])
        let terms = analyzer.terms(in: "raised $5B at $100T scale")
        #expect(terms == ["raised", "scale"])
    }

    @Test func caseFoldsAndDropsStopWords() {
        #expect(analyzer.terms(in: "The Model is THE best of all models") == ["model", "best", "models"])
        #expect(analyzer.terms(in: "OpenAI's new model") == ["openai", "model"])
    }

    @Test(arguments: ["开源", "智谱", "大模型", "智能体", "算力", "编程"])
    func keepsDomainWordsWhole(word: String) {
        let text = "今天\(word)发展很快，我们看到\(word)的影响。"
        let terms = analyzer.terms(in: text)
        #expect(terms.filter { $0 == word }.count == 2, "\(terms)")
    }

    @Test func segmentsChinese() {
        let terms = analyzer.terms(in: "智谱发布了新的开源大模型，推理能力很强")
        #expect(terms.contains("智谱"))
        #expect(terms.contains("开源"))
        #expect(terms.contains("大模型"))
        #expect(!terms.contains("的"))
    }

    @Test func mentionsAreTermsOnlyWhenAsked() {
        #expect(analyzer.terms(in: "@OpenAI shipped") == ["shipped"])
        var withMentions = analyzer
        withMentions.includeMentions = true
        #expect(withMentions.terms(in: "@OpenAI shipped") == ["@openai", "shipped"])
    }

    @Test func fullWidthFormsAreNormalised() {
        #expect(analyzer.terms(in: "ＧＰＴ－５.２ Ｐｒｏ") == ["gpt-5.2 pro"])
    }
}

@Suite struct ChineseSegmenterTests {
    @Test func icuAloneSplitsDomainWordsTheVocabularyRejoins() {
        let bare = TextAnalyzer(vocabulary: Vocabulary())
        let tokens = bare.tokens(in: "开源算力").map(\.text)
        #expect(!tokens.contains("开源"), "ICU alone: \(tokens)")
        #expect(TextAnalyzer().tokens(in: "开源算力").map(\.text) == ["开源", "算力"])
    }
}
