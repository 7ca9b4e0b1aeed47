@testable import CopydeskCore
import Testing

/// The name pass: a retelling that shares only a name joins the story the name belongs to.
@Suite struct NameJoinerTests {
    private func storyOf(_ id: String, in analysis: Analysis) -> Story? {
        analysis.stories.first { $0.tweetIDs.contains(id) }
    }

    /// A launch told four times from one link, a lawsuit told three times from another, both about
    /// Kestrel; and thirty unrelated stories.
    private func day() -> (TweetFactory, launch: String, suit: String) {
        var f = TweetFactory()
        let launch = f.add("Kestrel ships Talon 3, its flagship coding model, today", by: "kestrel", likes: 900, urls: ["https://kestrel.example/talon-3"])
        f.add("Benchmarks for the new Talon 3 look strong on coding", by: "a1", urls: ["https://kestrel.example/talon-3"])
        f.add("Pricing for Talon 3 is steep but the evals are real", by: "a2", urls: ["https://kestrel.example/talon-3"])
        f.add("We moved our agents to Talon 3 this morning", by: "a3", urls: ["https://kestrel.example/talon-3"])
        let suit = f.add("Fifteen newspapers sue Kestrel over training data, led by Harborview Media", by: "wire", likes: 300, urls: ["https://news.example/suit"])
        f.add("The Harborview complaint against Kestrel cites 18,400 articles", by: "b1", urls: ["https://news.example/suit"])
        f.add("Harborview wants the models destroyed, says the filing", by: "b2", urls: ["https://news.example/suit"])
        // The rest of the day: a name is rare among many tweets.
        for n in 0..<30 { f.add(StoryEngineTests.distinctText(n), by: "u\(n)") }
        return (f, launch, suit)
    }

    @Test func aRetellingThatOnlyNamesTheProductJoinsIt() {
        var (f, launch, suit) = day()
        // Each links a page of its own (a tweet that names nothing and links nothing is chatter).
        let retelling = f.add("Honestly the Talon upgrade is the best thing our team tried this quarter", by: "dev", urls: ["https://blog.example/week"])
        let lawsuit = f.add("Court date for the Harborview case is set for March", by: "law", urls: ["https://court.example/docket"])
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(retelling, in: analysis)?.tweetIDs.contains(launch) == true)
        #expect(storyOf(lawsuit, in: analysis)?.tweetIDs.contains(suit) == true)
        var settings = EngineSettings()
        settings.mergeByName = false
        let without = StoryEngine(settings: settings).analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(retelling, in: without)?.tweetIDs.contains(launch) == false)
    }

    @Test func aFewFollowUpsNamingTheNewsJoinIt() {
        var (f, _, _) = day()
        // The news, told six times from one page; then four follow-ups sharing a page of their own.
        let news = f.add("The FTC sues to block Halberd's deal for the chip startup Ferrite", by: "wire", likes: 500, urls: ["https://news.example/ftc"])
        for n in 0..<5 { f.add("Why the Ferrite deal matters for Halberd, part \(n + 1)", by: "w\(n)", urls: ["https://news.example/ftc"]) }
        let followUp = f.add("Options price a 40% chance the Ferrite deal survives the FTC suit", by: "tape", urls: ["https://tape.example/notes"])
        f.add("Halberd owes Ferrite a termination fee if the deal breaks", by: "tape", urls: ["https://tape.example/notes"])
        f.add("Heavy put buying in Halberd an hour before the headline", by: "desk", urls: ["https://tape.example/notes"])
        f.add("Supply-chain read-through: Ferrite keeps shipping either way", by: "chips", urls: ["https://tape.example/notes"])
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(followUp, in: analysis)?.tweetIDs.contains(news) == true)
        #expect(storyOf(followUp, in: analysis)?.tweetIDs.count == 10)
    }

    @Test func aNameTwoStoriesShareDecidesNothing() {
        var (f, launch, suit) = day()
        // Kestrel is the launch's company and the lawsuit's defendant.
        let vague = f.add("Everyone at the offsite is talking about Kestrel again", by: "vc", urls: ["https://vc.example/notes"])
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        let story = storyOf(vague, in: analysis)
        #expect(story?.tweetIDs.contains(launch) == false && story?.tweetIDs.contains(suit) == false)
    }

    /// On a day of many stories the pass reads them on every core: the retelling still finds its
    /// home, and the vague mention still joins neither, whichever part of the day each sits in.
    @Test func aBigDayJoinsAsASmallOneDoes() {
        var (f, launch, suit) = day()
        // 1,500 more stories, each naming a name of its own (four syllables: all distinct).
        let syllables = ["ka", "lo", "mi", "zu", "re", "te", "po", "sa", "vi", "no"]
        for n in 0..<1_500 {
            let words = (0..<4).map { k in (0..<4).map { d in syllables[(n * 4 + k) / [1, 10, 100, 1000][d] % 10] }.joined() }
            f.add("w\(words[0]) w\(words[1]) W\(words[2]) w\(words[3]) launch", by: "v\(n)")
        }
        let retelling = f.add("Honestly the Talon upgrade is the best thing our team tried this quarter", by: "dev", urls: ["https://blog.example/week"])
        let vague = f.add("Everyone at the offsite is talking about Kestrel again", by: "vc", urls: ["https://vc.example/notes"])
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        #expect(analysis.stories.count > 1_024)
        #expect(storyOf(retelling, in: analysis)?.tweetIDs.contains(launch) == true)
        let story = storyOf(vague, in: analysis)
        #expect(story?.tweetIDs.contains(launch) == false && story?.tweetIDs.contains(suit) == false)
    }
    /// A retelling's one-off release name ("day-0", named nowhere else in the day) keeps it from no
    /// home; a release the day names elsewhere still does.
    @Test func aOneOffReleaseNameKeepsARetellingFromNoHome() {
        var (f, launch, _) = day()
        let retelling = f.add("SGLang day-0 support for the Talon upgrade works out of the box", by: "serving", urls: ["https://blog.example/sglang"])
        f.add("Lumo v2 renders a minute of video in one pass", by: "lumo", urls: ["https://lumo.example/v2"])
        let rival = f.add("Our agents preferred Lumo v2 to the Talon upgrade in a blind test", by: "lab", urls: ["https://lab.example/blind"])
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(retelling, in: analysis)?.tweetIDs.contains(launch) == true)
        #expect(storyOf(rival, in: analysis)?.tweetIDs.contains(launch) == false)
    }

    /// A ticker's tellings report its move at different hours: a retelling naming the company with
    /// another percentage ("down 11% before the bell" after "fell 9% premarket") still joins it.
    @Test func aMoveReportedAtAnotherHourStillJoinsItsCompany() {
        var (f, _, _) = day()
        let results = f.add("Quarterly results from Corvane: revenue up 71% y/y, guide above the street $CRVN", by: "corvane", likes: 500, urls: ["https://corvane.example/q4"])
        f.add("Shares of Corvane fall 9% premarket despite the beat $CRVN", by: "wire", urls: ["https://corvane.example/q4"])
        f.add("Backlog at Corvane doubled this quarter $CRVN", by: "c1", urls: ["https://corvane.example/q4"])
        // Two tickers: not one sole name, so only the name pass can place it.
        let move = f.add("Traders sold Corvane down 11% before the bell, $CRVN and $ANET with it", by: "tape", urls: ["https://tape.example/open"])
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(move, in: analysis)?.tweetIDs.contains(results) == true)
    }

    /// A reaction with no link, no version and no term of the lexicon is chatter, but one that
    /// names the news belongs to it.
    @Test func aReactionThatNamesTheNewsJoinsIt() {
        var (f, _, suit) = day()
        let reaction = f.add("Honestly the Harborview people are brave, good luck to them", by: "fan")
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(reaction, in: analysis)?.tweetIDs.contains(suit) == true)
        var settings = EngineSettings()
        settings.mergeByName = false
        let alone = storyOf(reaction, in: StoryEngine(settings: settings).analyze(f.tweets, window: TweetFactory.window))
        #expect(alone?.tweetIDs == [reaction] && alone?.noise == "chatter")
    }

    /// A story told mostly in Chinese writes its names in Chinese: its Chinese tellings that do not
    /// write a Latin name neither count for it nor against it.
    @Test func chineseTellingsDoNotDiluteALatinName() {
        var (f, _, _) = day()
        let news = f.add("Fifteen papers led by Meridian sue an AI lab over training data", by: "wire", urls: ["https://news.example/meridian"])
        f.add("The complaint from Meridian cites 18,400 articles", by: "m1", urls: ["https://news.example/meridian"])
        let retellings = ["十五家地方报纸起诉一家人工智能公司，指控其未经许可使用新闻内容训练模型。",
                          "报业集团联合起诉，要求销毁用其文章训练的模型，案件在纽约联邦法院立案。",
                          "又一起版权诉讼：原告称模型的搜索答案几乎逐字复述付费文章。",
                          "这次起诉的重点是检索产品，而不只是训练数据，值得关注。"]
        for (k, text) in retellings.enumerated() { f.add(text, by: "c\(k)", urls: ["https://news.example/meridian"]) }
        let satellite = f.add("Court date for the Meridian case is set for March", by: "law", urls: ["https://court.example/meridian"])
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(satellite, in: analysis)?.tweetIDs.contains(news) == true)
    }

    /// A launch told three times from one link, naming `Yaoguang-4`; returns its first tweet.
    private func yaoguangLaunch(_ f: inout TweetFactory) -> String {
        let launch = f.add("Yaoguang-4 is open: 560B MoE with a 1M context, MIT licence", by: "yaoguang", likes: 900, urls: ["https://yaoguang.example/4"])
        f.add("Wired Yaoguang-4 into our agent SDK through the free API", by: "y1", urls: ["https://yaoguang.example/4"])
        f.add("The Yaoguang-4-Lite weights run on one laptop", by: "y2", urls: ["https://yaoguang.example/4"])
        return launch
    }

    /// A release written with a hyphen names its maker's word too (`Yaoguang-4` is `Yaoguang`, as
    /// `Talon 3` is `Talon`); an acronym's release (`AGI-0`) does not make the acronym a name.
    @Test func aHyphenatedReleaseNamesItsWord() {
        var (f, _, _) = day()
        let launch = yaoguangLaunch(&f)
        f.add("Most useful part of the Yaoguang-4 report is the RL section", by: "y3", urls: ["https://yaoguang.example/4"])
        let retelling = f.add("A Chinese startup, Yaoguang, released the weights of its largest model at midnight", by: "wire", urls: ["https://wire.example/open"])
        let agents = f.add("AGI-0 is an employee that does research end to end", by: "agi0", likes: 300, urls: ["https://agi0.example"])
        f.add("We hired AGI-0 for our research desk this week", by: "a4", urls: ["https://agi0.example"])
        f.add("AGI-0 wrote our market map in an hour", by: "a5", urls: ["https://agi0.example"])
        let debate = f.add("Nobody agrees what AGI means, and the word keeps moving", by: "thinker", urls: ["https://essay.example/agi"])
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(retelling, in: analysis)?.tweetIDs.contains(launch) == true)
        #expect(storyOf(debate, in: analysis)?.tweetIDs.contains(agents) == false)
    }

    /// A Chinese telling writes the maker's Chinese name (摇光-4): when a tweet of the day glosses it
    /// (摇光智能（Yaoguang AI）), it names Yaoguang too.
    @Test func aGlossedChineseNameNamesItsLatinWord() {
        func day(glossed: Bool) -> (TweetFactory, launch: String, take: String) {
            var (f, _, _) = self.day()
            let launch = yaoguangLaunch(&f)
            f.add(glossed ? "中国の摇光智能（Yaoguang AI）が新しいモデルを公開した" : "中国の新しいモデルが公開された", by: "y3", urls: ["https://yaoguang.example/4"])
            let take = f.add("关于摇光-4的几点冷静看法：自报成绩，等独立复测。", by: "critic", urls: ["https://critic.example/take"])
            f.add("摇光-4的百万上下文，在长文本集上到512K明显掉点。", by: "critic", urls: ["https://critic.example/take"])
            return (f, launch, take)
        }
        let (glossed, launch, take) = day(glossed: true)
        let analysis = StoryEngine().analyze(glossed.tweets, window: TweetFactory.window)
        #expect(storyOf(take, in: analysis)?.tweetIDs.contains(launch) == true)
        let (plain, plainLaunch, plainTake) = day(glossed: false)
        let without = StoryEngine().analyze(plain.tweets, window: TweetFactory.window)
        #expect(storyOf(plainTake, in: without)?.tweetIDs.contains(plainLaunch) == false)
    }
}
