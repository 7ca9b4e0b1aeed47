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
    }
}
