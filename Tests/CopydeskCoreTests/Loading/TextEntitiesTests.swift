@testable import CopydeskCore
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
}
