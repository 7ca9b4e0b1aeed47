@testable import CopydeskCore
import Foundation
import Testing

@Suite struct TextEntitiesTests {
    @Test func findsTagsCashtagsMentionsAndLinks() {
        let found = TextEntities(scanning: "智谱 #GLM47 #人工智能 buy $nvda and $BTC, not $100 or me@mail.com; @karpathy said https://x.ai/a?b=1. (see https://t.co/xyz)")
        #expect(found.hashtags == ["GLM47", "人工智能"])
        #expect(found.cashtags == ["NVDA", "BTC"])
        #expect(found.mentions == ["karpathy"])
        #expect(found.urls == ["https://x.ai/a?b=1", "https://t.co/xyz"])
    }

    @Test func ignoresNumbersAsHashtagsAndTooLongCashtags() {
        let found = TextEntities(scanning: "#1 trending $ABCDEFGH #")
        #expect(found.hashtags.isEmpty)
        #expect(found.cashtags.isEmpty)
    }

    @Test(arguments: [
        "plain", "Q&amp;A: a &lt;b&gt; c &amp;lt; &quot;", "&&lt;&&amp;amp;&", "trailing &", "&lt", "&am", "&gt;&gt;",
        "中文&amp;中文 &lt;🚀&gt;", "&amp;gt;&amp;&lt;", "",
    ])
    func unescapesLikeThreeSequentialReplacements(text: String) {
        // The rule the byte scan must keep: &lt; then &gt; then &amp;, each replaced everywhere.
        let expected = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
        #expect(unescapingTweetHTML(text) == expected)
    }

    @Test(arguments: [[], [""], ["a"], ["a", "a"], ["", "a", "", "b", "a"], ["b", "a", "B"]] as [[String]])
    func uniquedKeepsTheFirstOfEachNonEmptyValue(values: [String]) {
        var seen: [String] = []
        for value in values where !value.isEmpty && !seen.contains(value) { seen.append(value) }
        #expect(uniqued(values) == seen)
    }
}
