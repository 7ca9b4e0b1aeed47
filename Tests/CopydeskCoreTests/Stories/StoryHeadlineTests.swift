import CopydeskSynthetic
import Foundation
import TestSupport
import Testing
@testable import CopydeskCore

@Suite struct StoryHeadlineTests {
    @Test func headlineSentencesKeepAbbreviationsAndSeparators() {
        #expect(StoryHeadline.split("Nova vs. Lumen. Next one! 第二句。第三句\nlast ") == ["Nova vs. Lumen.", "Next one!", "第二句。", "第三句", "last"])
    }

    /// The grapheme-level split the scalar fast path must agree with.
    private func reference(_ text: String) -> [String] {
        var words: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !words.isEmpty { words.append("\n") }
            for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{3000}" }) {
                words.append(String(word))
            }
        }
        return words
    }

    @Test(arguments: [
        "RT @a: Nova-2 ships\n\n🚀 today #AI", "Qwen3 发布，支持 1M 上下文\u{3000}详情👇", "a \u{0301}b", "x\r\ny \r z",
        "❤️ love it", "👍🏽 yes", "e\u{200D} f", "\t lead and trail \n",
        "\n\nlead breaks", "a\n\n\nb\n", "\u{3000}全角\u{3000}\u{3000}空格\u{3000}", "", " ", "\n",
    ])
    func scalarSplitAgreesWithCharacters(text: String) {
        // `words` takes the byte path for plain text; the scalar path must agree too.
        #expect(StoryHeadline.words(text) == reference(text))
        if StoryHeadline.singleScalarCharacters(text) { #expect(StoryHeadline.scalarWords(text) == reference(text)) }
    }

    @Test func fastPathOnlyForPlainText() {
        #expect(StoryHeadline.singleScalarCharacters("Qwen3 发布，🚀"))
        #expect(!StoryHeadline.singleScalarCharacters("x\r\ny"))
        #expect(!StoryHeadline.singleScalarCharacters("a \u{0301}b"))
        #expect(!StoryHeadline.singleScalarCharacters("❤️"))
        // Symbols, dingbats, arrows and accented letters are one scalar a character, until a
        // variation selector or a combining mark joins one.
        #expect(StoryHeadline.singleScalarCharacters("☕ ✨ ✅ → Zürich café"))
        #expect(!StoryHeadline.singleScalarCharacters("✨\u{FE0F}"))
        #expect(!StoryHeadline.singleScalarCharacters("u\u{0308}"))
    }

    /// Texts that exercise every rule of the headline: prefixes, mentions, links, boilerplate, tags,
    /// symbols, sentence ends and abbreviations, Chinese and full-width text, and lengths around the cut.
    static let headlineCases: [String] = [
        "", " ", "\n", "\n\nRT @a: @b @c Nova-2 ships. Try it! https://x.co/1 #AI #ML 🚀",
        "RT", "RT @only", "@a @b", "https://t.co/x", "pic.twitter.com/abc then words",
        "BREAKING: Lumen 3 is out", "Breaking news: x", "JUST IN: Kestrel raises $40M", "just in: now", "Just inside: no",
        "🚨🚨 NEW: Talon v2. 🧵 1/", "1/ Thread: the plan\n2/ more", "12/ twelve", "(1/n) start", "thread here",
        "Nova vs. Lumen. Next one! 第二句。第三句\nlast ", "e.g. this. And that", "Qwen3 发布，支持 1M 上下文\u{3000}详情👇",
        "#OpenAI ships #GPT-6 today #AI #news", "# alone and ## twice", "a → b ➜ c … ok", "— dash — lead", "→",
        "中文标题很长" + String(repeating: "很长的句子内容", count: 30) + "。后面", String(repeating: "word ", count: 40),
        String(repeating: "x", count: 170), String(repeating: "ab ", count: 53) + String(repeating: "y", count: 60),
        String(repeating: "长", count: 161), "Short。Then more text follows here at length", "What? Yes! No. Maybe",
        "tab\tseparated\twords", "trailing @mention", "👍 👍 👍", "end with emoji 🎉🎉", "👀👀👀👀 four", "1.5x faster... really?",
        "line one\n\n\nline two\n", "   spaced   out   ", "U.S. markets rose 2%. Then fell.", "Mr. Smith vs. Dr. Who?",
    ]

    /// `#OpenAI` is a tag and reads as `OpenAI`; `#1` is a rank and stays, inside or at the end.
    @Test func aNumberAfterAHashIsARankNotATag() {
        #expect(StoryHeadline.extract(from: "#1 on Hacker News right now: durable workflows for agents") == "#1 on Hacker News right now: durable workflows for agents")
        #expect(StoryHeadline.extract(from: "Weft is now #1") == "Weft is now #1")
        #expect(StoryHeadline.extract(from: "#OpenAI ships a new model #AI") == "OpenAI ships a new model")
    }

    @Test func theByteHeadlineIsTheCharacterHeadline() throws {
        var texts = Self.headlineCases
        // Every synthetic template and kind of tweet, and the sample day's real shapes.
        texts += SyntheticDay(date: LocalDate("2026-01-24")!, tweetCount: 3_000, seed: 3).tweets.map(\.text)
        let sample = try TweetParser.parse([UInt8](Data(contentsOf: Fixtures.seeds.appendingPathComponent("sample-day/2026-01-24.x-api.json"))), file: "day")
        texts += sample.tweets.map(\.text)
        // And random mixtures of the pieces that decide.
        let pieces = ["RT", "@a", "#AI", "#", "https://x.co", "BREAKING:", "Just", "in:", "🚀", "🧵", "1/", "→", "vs.", "e.g.", "Nova.", "Yes!",
                      "Why?", "#1", "#3)", "#２", "中文", "发布。", "好！", "吗？", "\u{3000}", "\n", "\t", " ", "word", "GPT-5.2", "(1/n)", "…", "12%",
                      "☕", "✨✨", "✅", "⇒", "Zürich", "ÉCOLE", "ß", "\u{00A0}"]
        var random = SeededRandom(seed: 11)
        for _ in 0..<2_000 {
            texts.append((0..<random.within(0...30)).map { _ in pieces[random.below(pieces.count)] }.joined(separator: random.below(3) == 0 ? "" : " "))
        }
        var byteTexts = 0
        for text in texts {
            if StoryHeadline.singleScalarCharacters(text) { byteTexts += 1 }
            #expect(StoryHeadline.extract(from: text) == StoryHeadline.characterExtract(text), "\(text.debugDescription)")
        }
        // Most texts take the byte path (else this test would compare the reference with itself).
        #expect(byteTexts * 4 > texts.count * 3)
    }
}
