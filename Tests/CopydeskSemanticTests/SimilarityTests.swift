import Testing
@testable import CopydeskSemantic

/// What the story engine relies on: a retelling, in English or Chinese, is nearer than an
/// unrelated tweet.
@Suite struct SimilarityTests {
    @Test func aParaphraseScoresAboveAnUnrelatedTweet() throws {
        let encoder = try TestModel.encoder()
        let v = encoder.encode([
            "Claude now lives inside Excel",
            "Anthropic ships an Excel add-in for Claude",
            "Anthropic 推出 Excel 插件，Claude 现在可以直接在表格里帮你分析数据",
            "Sunday long run done before sunrise 🏃",
            "今天终于把家里的 NAS 整理好了，强迫症治愈。",
        ])
        let english = TestModel.dot(v[0], v[1]), chinese = TestModel.dot(v[0], v[2])
        let unrelated = [v[3], v[4]].flatMap { other in [v[0], v[1], v[2]].map { TestModel.dot($0, other) } }
        #expect(english > 0.5, "EN-EN paraphrase \(english)")
        #expect(chinese > 0.4, "ZH-EN retelling \(chinese)")
        #expect(unrelated.allSatisfy { $0 < min(english, chinese) - 0.2 }, "unrelated \(unrelated)")
    }

    @Test func aChineseRetellingOfAReleaseIsNearestItsEnglishOriginal() throws {
        let encoder = try TestModel.encoder()
        let v = encoder.encode([
            "OpenAI 发布了一个新的开源推理模型，采用 Apache 2.0 许可",
            "OpenAI releases a new open-weights reasoning model under Apache 2.0",
            "Nvidia stock falls 5% after export rules tighten",
            "Claude now lives inside Excel",
        ])
        let scores = v.dropFirst().map { TestModel.dot(v[0], $0) }
        #expect(scores[0] > scores[1] + 0.2 && scores[0] > scores[2] + 0.2, "\(scores)")
    }
}
