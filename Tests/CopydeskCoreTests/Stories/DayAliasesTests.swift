@testable import CopydeskCore
import Foundation
import Testing

/// Names glossed in brackets in the other script become aliases; phrases and acronyms do not.
@Suite struct DayAliasesTests {
    private func aliases(_ texts: [String]) -> [UInt64: UInt64] {
        var f = TweetFactory()
        for (k, text) in texts.enumerated() { f.add(text, by: "u\(k)") }
        let index = LexiconIndex(.default)
        var profiler = TweetProfiler(vocabulary: index.vocabulary, matcher: index.matcher, aliases: index.aliases)
        return DayAliases.find(f.tweets, profiles: f.tweets.map { profiler.profile($0.text) })
    }

    private func hash(_ text: String) -> UInt64 { TextHash.folded(text) }

    @Test func aBracketedGlossMakesTheChineseNameStandForTheLatinWord() {
        let found = aliases(["中国の摇光智能（Yaoguang AI）が旧正月に合わせて公開。", "Yunjing (云镜) ships its open model", "今天天气不错"])
        #expect(found == [hash("摇光"): hash("yaoguang"), hash("云镜"): hash("yunjing")])
    }

    @Test func aPhraseOrAnAcronymIsNoAlias() {
        let found = aliases(["大家都在持续学习（Continual Learning）", "他被洗脑了（LLM-pilled）", "白宫经济顾问委员会（CEA）发布报告", "a plain (note) here"])
        #expect(found.isEmpty)
    }
}
