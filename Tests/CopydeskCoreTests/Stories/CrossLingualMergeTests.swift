@testable import CopydeskCore
import Testing

/// The cross-lingual pass: a Chinese retelling joins the English news whose names and numbers it shares.
@Suite struct CrossLingualMergeTests {
    private func day() -> (TweetFactory, retelling: String, news: String, otherNumber: String, stock: String) {
        var f = TweetFactory()
        let fillers = ["Shipping a new onboarding flow for our design tool", "Weekend reading list: databases and compilers",
                       "Our team is growing fast, proud of everyone", "Benchmarks for vector search are tricky to compare",
                       "Notes from a long hike in the mountains", "A thread on pricing for developer tools",
                       "Why we moved our docs to plain markdown", "The best keyboard shortcuts for terminal users",
                       // Chinese chatter sharing everyday words with the retelling: words alone must not decide.
                       "今天试了几个大模型，个人开发者的体验越来越好了，速度也快了一些。",
                       "显卡价格又涨了，个人开发者在自己的电脑上跑大模型越来越贵。",
                       "终于可以在自己的电脑上体验新的编辑器了，虽然慢一些但是意味着自由。"]
        for (k, text) in fillers.enumerated() { f.add(text, by: "filler\(k)") }
        let news = f.add("AirLLM runs a 70B model on a single 4GB GPU by loading the layers one at a time", by: "a1", likes: 900)
        f.add("With AirLLM a 70B model fits a 4GB GPU: layer-by-layer loading, no quantization", by: "a2", likes: 300)
        f.add("AirLLM: 70B on a 4GB card. Slow, but it runs", by: "a3", likes: 200)
        let retelling = f.add("AirLLM 发布：4GB 显存就能运行 70B 模型，逐层加载，不需要量化。速度虽然慢一些，但对于没有高端显卡的个人开发者来说，这意味着终于可以在自己的电脑上体验大模型了。", by: "c1", likes: 50)
        let stock = f.add("$MU down 15% despite record data center revenue", by: "m1", likes: 400)
        f.add("$MU falls 15% even with record data center revenue", by: "m2", likes: 100)
        f.add("Micron $MU -15% on the day, record data center revenue not enough", by: "m3", likes: 100)
        // Words and anchors alone, no name: a tweet naming the company joins its news of the day by
        // name, whatever move it reports (the name pass); here only the numbers can keep it apart.
        let otherNumber = f.add("存储芯片股今天下跌 17%：data center 营收创新高，但市场不买账。", by: "c2", likes: 20)
        return (f, retelling, news, otherNumber, stock)
    }

    private func storyOf(_ id: String, in analysis: Analysis) -> Story? {
        analysis.stories.first { $0.tweetIDs.contains(id) }
    }

    @Test func aChineseRetellingJoinsTheNewsItNames() {
        let (f, retelling, news, _, _) = day()
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(retelling, in: analysis)?.tweetIDs.contains(news) == true)
        // Without the cross-lingual pass and the aliases (显存, 量化, 逐层 read as vram, quantization, layer),
        // the retelling shares too few words with the news to join it.
        var settings = EngineSettings()
        settings.mergeAcrossLanguages = false
        var lexicon = Lexicon.default
        lexicon.vocabulary.aliases = []
        let without = StoryEngine(lexicon: lexicon, settings: settings).analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(retelling, in: without)?.tweetIDs.contains(news) == false)
    }

    @Test func differentNumbersKeepTwoStoriesApart() {
        let (f, _, _, otherNumber, stock) = day()
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(otherNumber, in: analysis)?.tweetIDs.contains(stock) == false)
    }

    @Test func aRetellingThatAddsAYearStillJoins() {
        var f = TweetFactory()
        let fillers = ["Shipping a new onboarding flow for our design tool", "Weekend reading list: databases and compilers",
                       "Notes from a long hike in the mountains", "A thread on pricing for developer tools",
                       "Why we moved our docs to plain markdown", "The best keyboard shortcuts for terminal users"]
        for (k, text) in fillers.enumerated() { f.add(text, by: "filler\(k)") }
        let news = f.add("Intel shares plunge 15% after weak Q1 guidance and a foundry supply shortage warning", by: "e1", likes: 900)
        f.add("Intel shares plunge 15% after weak Q1 guidance and foundry supply shortage warning", by: "e2", likes: 300)
        f.add("Intel shares plunge 15% after a weak Q1 guidance and a foundry supply shortage warning", by: "e3", likes: 200)
        // "since 2024" is context, not the move: only a different percentage would make it other news.
        let retelling = f.add("Worst day for the chipmaker since 2024: Intel guidance weak, foundry supply shortage ahead", by: "e4", likes: 50)
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(retelling, in: analysis)?.tweetIDs.contains(news) == true)
    }

    @Test func percentagesAgreeWhenOneSideHasNoneOrTheyShareOne() {
        #expect(TopicMerger.percentagesAgree([], [1, 2]))
        #expect(TopicMerger.percentagesAgree([2, 5], [1, 2]))
        #expect(!TopicMerger.percentagesAgree([3], [1, 2]))
    }
}
