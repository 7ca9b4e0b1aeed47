import Foundation
import Testing
@testable import CopydeskCore

@Suite struct StoryEngineTests {
    let engine = StoryEngine()

    private func storyOf(_ id: String, in analysis: Analysis) -> Story? {
        analysis.stories.first { $0.tweetIDs.contains(id) }
    }

    @Test func retweetsQuotesAndRepliesJoinTheirOriginal() {
        var f = TweetFactory()
        let original = f.add("Introducing Claude in Excel: analyse a whole workbook from the sidebar.", by: "AnthropicAI", likes: 5_000)
        let retweet = f.add("RT @AnthropicAI: Introducing Claude in Excel", by: "fan", kind: .retweet, referencing: original)
        let quote = f.add("This changes spreadsheets forever", by: "analyst", kind: .quote, referencing: original)
        let reply = f.add("@AnthropicAI does the agent handle macros and pivot tables in shared workbooks?", by: "user", kind: .reply, referencing: original)
        // A bare reaction under the news is noise, not the story (the labelled days count it so).
        let reaction = f.add("@AnthropicAI 🔥🔥🔥 wow", by: "fan2", kind: .reply, referencing: original)
        let other = f.add("Intel shares fall 15% after weak guidance despite an earnings beat", by: "markets")
        let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
        let story = storyOf(original, in: analysis)
        #expect(story?.tweetIDs.first == original)
        #expect(Set(story?.tweetIDs ?? []) == [original, retweet, quote, reply])
        #expect(storyOf(reaction, in: analysis)?.tweetIDs == [reaction])
        #expect(storyOf(reaction, in: analysis)?.noise != nil)
        #expect(storyOf(other, in: analysis)?.tweetIDs == [other])
    }

    @Test func anAuthorsTerseReplyToTheirOwnTweetContinuesTheThread() {
        var f = TweetFactory()
        let first = f.add("1/ Verification, not intelligence, is now the bottleneck for AI labs: a thread", by: "adeyemi", likes: 900)
        let next = f.add("@adeyemi 2/ So: budgets.", by: "adeyemi", kind: .reply, referencing: first)
        let reaction = f.add("@adeyemi lol", by: "someone", kind: .reply, referencing: first)
        let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
        #expect(Set(storyOf(first, in: analysis)?.tweetIDs ?? []) == [first, next])
        #expect(storyOf(reaction, in: analysis)?.tweetIDs == [reaction])
    }

    @Test func aReplyThatSaysSomethingJoinsItsThreadAndABareReactionDoesNot() {
        var f = TweetFactory()
        let launch = f.add("Wren just worked a full 8-hour warehouse shift, unedited, at 1x speed.", by: "corvo_robotics", likes: 3_000)
        // Neither reply names anything the lexicon knows; only one says something.
        let question = f.add("@corvo_robotics What's the tote weight limit? Half our SKUs are over fifteen kilos, some heavier.", by: "warehouse_wes", kind: .reply, referencing: launch)
        let answer = f.add("@warehouse_wes Rated payload is twenty kilos; the totes in the video averaged under seven.", by: "corvo_robotics", kind: .reply, referencing: question)
        let reaction = f.add("@corvo_robotics my job is now mostly watching robots", by: "rando", kind: .reply, referencing: launch)
        var settings = EngineSettings()
        let analysis = StoryEngine(settings: settings).analyze(f.tweets, window: TweetFactory.window)
        #expect(Set(storyOf(launch, in: analysis)?.tweetIDs ?? []) == [launch, question, answer])
        #expect(storyOf(reaction, in: analysis)?.tweetIDs == [reaction])
        // The setting decides: with a higher bar the question stays apart (and its answer with it).
        settings.threadReplyWords = 100
        let strict = StoryEngine(settings: settings).analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(launch, in: strict)?.tweetIDs == [launch])
    }

    @Test func retellingsNamingANewProductAndItsVersionJoin() {
        var f = TweetFactory()
        // No lexicon knows `Talon`: the name and its version tie the retellings, in any language.
        let launch = f.add("Talon 3 is here: our most capable model yet, with a 1M-token context window.", by: "kestrel_ai", likes: 9_000)
        let bug = f.add("Gave Talon 3 my nastiest websocket race from last week and it found it in one pass.", by: "dev1", likes: 40)
        let chinese = f.add("用 Talon 3 重构了公司一个老 Java 项目，一次对话改了40多个文件，测试全过。", by: "dev2", likes: 30)
        let other = f.add("Weft 1.0 ships today: a local-first notebook for agents, Apache licensed.", by: "weft", likes: 500)
        let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
        #expect(Set(storyOf(launch, in: analysis)?.tweetIDs ?? []) == [launch, bug, chinese])
        #expect(storyOf(other, in: analysis)?.tweetIDs == [other])
    }

    @Test func repliesWhoseParentIsUnknownJoinTheirConversation() {
        var f = TweetFactory()
        // Replies that name no parent (the export gave only conversation ids), in words of their own.
        let launch = f.add("Today we are starting a new company to automate machine learning research, with old friends.", by: "founder", likes: 5_000)
        let question = f.add("@founder Will the lab publish its research agents openly, or keep them inside for paying customers?", by: "friend", kind: .reply, conversation: launch)
        // The launch itself is outside the day: its replies still tell one story together.
        let outside = "1899999999999999999"
        let first = f.add("@founder Wow, massive congratulations on this. Very exciting road ahead for everyone involved.", by: "fan1", kind: .reply, conversation: outside)
        let second = f.add("@founder Huge news today! Cannot wait to see what the new lab publishes first, good luck.", by: "fan2", kind: .reply, conversation: outside)
        let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
        #expect(Set(storyOf(launch, in: analysis)?.tweetIDs ?? []) == [launch, question])
        #expect(Set(storyOf(first, in: analysis)?.tweetIDs ?? []) == [first, second])
    }

    @Test func aLaunchTheDayOnlyRetweetsIsNewsLedByARetweet() {
        var f = TweetFactory()
        // The launch itself was posted before the day; the day retweets it and quotes it with a cheer.
        let outside = "1899999999999999999"
        let text = "RT @PrimeIntellect: Introducing Prime Agent: a self-improving harness for coding agents"
        let first = f.add(text, by: "r1", kind: .retweet, referencing: outside)
        f.add(text, by: "r2", kind: .retweet, referencing: outside)
        let cheer = f.add("so good", by: "fan", kind: .quote, referencing: outside)
        let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
        let story = storyOf(first, in: analysis)
        #expect(story?.tweetIDs.contains(cheer) == true)
        #expect(story?.noise == nil)
        #expect(story?.headline.hasPrefix("Introducing Prime Agent") == true)
    }

    @Test func theStoryLeadsWithTheTweetItsOthersPointAtNotTheMostLikedRetelling() {
        var f = TweetFactory()
        let link = "https://example.org/protein-design-results"
        let original = f.add("The results of our protein design competition are in! AI-designed binders dominated.",
                             by: "adaptyvbio", likes: 4, urls: [link])
        f.add("RT @adaptyvbio: The results of our protein design competition are in!", by: "fan", kind: .retweet, referencing: original)
        f.add("Two years ago a nanomolar binder on the first try was a paper.", by: "pat", likes: 2, kind: .quote, referencing: original)
        let retelling = f.add("蛋白质设计竞赛结果出炉：AI 设计的结合蛋白霸榜。", by: "op7418", likes: 47, urls: [link])
        let story = storyOf(original, in: engine.analyze(f.tweets, window: TweetFactory.window))
        #expect(story?.tweetIDs.contains(retelling) == true)
        #expect(story?.leadTweetID == original)
        #expect(story?.headline.hasPrefix("The results of our protein design competition are in!") == true)
    }

    /// The account whose page the story links announces the news: its tweet leads, not a reaction
    /// the others answered; a thank-you note by it that few saw does not.
    @Test func theNewsAccountsOwnAnnouncementLeadsTheStory() {
        var f = TweetFactory()
        let link = "https://github.com/xiangyin-lab/Xiangyin-TTS-2"
        let launch = f.add("Xiangyin-TTS 2 is open source: 23 dialects, voice cloning from 3 seconds of audio, 0.8B parameters.",
                           by: "xiangyin_lab", likes: 590, urls: [link])
        let critic = f.add("Xiangyin-TTS 2 clones a voice from 3 seconds: lovely for greetings, handy for scams.", by: "laowang", likes: 700, urls: [link])
        f.add("@laowang exactly my worry", by: "a", kind: .reply, referencing: critic)
        f.add("@laowang the watermark helps", by: "b", kind: .reply, referencing: critic)
        let story = storyOf(launch, in: engine.analyze(f.tweets, window: TweetFactory.window))
        #expect(story?.tweetIDs.contains(critic) == true)
        #expect(story?.leadTweetID == launch)

        var g = TweetFactory()
        let news = g.add("Xiangyin-TTS 2 is open source: 23 dialects, voice cloning from 3 seconds of audio.", by: "newsdesk", likes: 5_000, urls: [link])
        let thanks = g.add("Thanks for all the love for Xiangyin-TTS 2!", by: "xiangyin_lab", likes: 40, urls: [link])
        let told = storyOf(news, in: engine.analyze(g.tweets, window: TweetFactory.window))
        #expect(told?.tweetIDs.contains(thanks) == true)
        #expect(told?.leadTweetID == news)
    }

    @Test func retweetsOfAnOriginalOutsideTheDayGroupTogether() {
        var f = TweetFactory()
        let a = f.add("RT @karpathy: a long thought about agents", by: "x1", kind: .retweet, referencing: "42")
        let b = f.add("RT @karpathy: a long thought about agents", by: "x2", kind: .retweet, referencing: "42")
        let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
        #expect(Set(storyOf(a, in: analysis)?.tweetIDs ?? []) == [a, b])
    }

    @Test func aRetweetOfAnOriginalOutsideTheDayReadsItsWholeText() {
        // The retweet's own text is cut before the name it shares with another telling.
        let cut = "RT @Zai_org: Our new open model is out today, with the weights on Hugging Face and a full technical…"
        let whole = "Our new open model is out today, with the weights on Hugging Face and a full technical report: GLM-4.7-Flash leads the open models under 100B."
        for original in [nil, whole] {
            var f = TweetFactory()
            let retweet = f.add(cut, by: "fan", kind: .retweet, referencing: "500", referencedText: original)
            let telling = f.add("Tried GLM-4.7-Flash locally today, it is fast", by: "dev")
            let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
            #expect(storyOf(retweet, in: analysis)?.tweetIDs.contains(telling) == (original != nil))
        }
    }

    @Test func aQuoteIsReadWithTheOriginalItComments() {
        // Alone, the quote says nothing about AI: chatter. With the news it quotes, it is policy news.
        let news = "The White House exempts open models from its new AI safety testing rules; regulators and Congress still debate the regulation"
        for original in [nil, news] {
            var f = TweetFactory()
            let quote = f.add("Freedom! Hope restored 🇺🇸", by: "builder", likes: 300, kind: .quote, referencing: "500", referencedText: original)
            let story = storyOf(quote, in: engine.analyze(f.tweets, window: TweetFactory.window))
            #expect(story?.noise == (original == nil ? "chatter" : nil))
            if original != nil { #expect(story?.category == .policy) }
        }
        // The original of a tweet in the day is read there, not again in its quote.
        var f = TweetFactory()
        let inDay = f.add("Good morning everyone, coffee time", by: "me")
        let quote = f.add("Freedom! Hope restored 🇺🇸", by: "builder", kind: .quote, referencing: inDay, referencedText: news)
        #expect(storyOf(quote, in: engine.analyze(f.tweets, window: TweetFactory.window))?.noise == "chatter")
    }

    @Test func aTweetNamingSeveralReleasesIsAboutTheOneItOpensWith() {
        // The name pass alone (no topic or name pass to join them otherwise).
        var settings = EngineSettings()
        settings.mergeByTopic = false
        settings.mergeByName = false
        let engine = StoryEngine(settings: settings)
        var f = TweetFactory()
        let yunjing = f.add("Introducing Yunjing-M2, our open-weights flagship: 355B MoE and 256K context", by: "yunjing_ai")
        let talon = f.add("Talon-3 is here: our best model for agents and code", by: "kestrel")
        let index = f.add("Yunjing-M2 on our Open Index scores 64, about 9 points behind Talon-3", by: "leaderboard_lab")
        let tried = f.add("Ran Yunjing-M2 through our browser-agent suite: 61% of tasks done (Talon-3: 77%)", by: "evals_team")
        // A story told before any release is named has no subject: it joins neither.
        let memoir = f.add("Four years ago today I wrote about models like these; this week Yunjing-M2 and Talon-3 both shipped", by: "someone")
        let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
        #expect(Set(storyOf(yunjing, in: analysis)?.tweetIDs ?? []) == [yunjing, index, tried])
        #expect(storyOf(talon, in: analysis)?.tweetIDs == [talon])
        #expect(storyOf(memoir, in: analysis)?.tweetIDs == [memoir])
    }

    @Test func nearDuplicatesMergeAndDifferentNewsDoesNot() {
        var f = TweetFactory()
        let a = f.add("OpenAI's Codex is now available in JetBrains IDEs like IntelliJ and PyCharm for the full dev loop", by: "a")
        let b = f.add("Codex is now available in JetBrains IDEs like IntelliJ and PyCharm for the full dev loop!", by: "b")
        let c = f.add("NVIDIA releases PersonaPlex, a full duplex conversational speech model for voice agents", by: "c")
        let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
        #expect(Set(storyOf(a, in: analysis)?.tweetIDs ?? []) == [a, b])
        #expect(storyOf(c, in: analysis)?.tweetIDs == [c])
    }

    @Test func sharedLinksAndDistinctiveNamesMerge() {
        var f = TweetFactory()
        let a = f.add("Big day for memory makers", by: "a", urls: ["https://www.trendforce.com/news/2026/01/23/ai-servers?utm_source=x"])
        let b = f.add("TrendForce: AI servers lead the next revenue peak", by: "b", urls: ["https://trendforce.com/news/2026/01/23/ai-servers/"])
        let c = f.add("GLM-4.7-Flash tops the open models under 100B on the Intelligence Index", by: "c")
        let d = f.add("Tried GLM-4.7-Flash locally today, it is fast", by: "d")
        let e = f.add("Home pages never merge", by: "e", urls: ["https://openai.com/"])
        let g = f.add("Really unrelated news about robots", by: "g", urls: ["https://openai.com"])
        let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
        #expect(Set(storyOf(a, in: analysis)?.tweetIDs ?? []) == [a, b])
        #expect(Set(storyOf(c, in: analysis)?.tweetIDs ?? []) == [c, d])
        #expect(storyOf(e, in: analysis)?.tweetIDs == [e])
        #expect(storyOf(g, in: analysis)?.tweetIDs == [g])
    }

    @Test func noiseNeverReachesThePoints() {
        var f = TweetFactory()
        let job = f.add("We're hiring! Senior ML engineer, remote job, apply now", by: "corp", followers: 900_000, likes: 90_000)
        let give = f.add("GIVEAWAY: RT to win a free RTX 5090, follow and retweet", by: "promo", followers: 900_000, likes: 90_000)
        let shill = f.add("$PEPE to the moon, 100x gem, presale live", by: "coin", followers: 900_000, likes: 90_000)
        let chatter = f.add("Good morning everyone, coffee time", by: "me", followers: 900_000, likes: 90_000)
        let parent = f.add("Anthropic releases Claude in Excel for Pro users", by: "news", likes: 10)
        let reply = f.add("@someone lol", by: "rando", followers: 900_000, likes: 90_000, kind: .reply, referencing: "99")
        let papers = f.add("📢 MLSys Asia 2026 CFP deadline extended to March 6. Submit your papers! https://example.org/cfp", by: "conf", followers: 900_000, likes: 90_000)
        let bait = f.add("Which AI model is the best right now? Be honest. Wrong answers only 👇", by: "grind", followers: 900_000, likes: 90_000)
        let promo = f.add("Last chance: our agents masterclass is 70% off for 24h. 3,000+ students 🚨", by: "course", followers: 900_000, likes: 90_000)
        let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
        let pointTweets = Set(analysis.points.flatMap { id in analysis.stories.first { $0.id == id }!.tweetIDs })
        for id in [job, give, shill, chatter, reply, papers, bait, promo] { #expect(!pointTweets.contains(id)) }
        #expect(storyOf(bait, in: analysis)?.noise == "bait")
        #expect(storyOf(promo, in: analysis)?.noise == "promo")
        #expect(storyOf(papers, in: analysis)?.noise == "conference")
        #expect(pointTweets.contains(parent))
        #expect(storyOf(job, in: analysis)?.noise == "job")
        #expect(storyOf(give, in: analysis)?.noise == "giveaway")
        #expect(storyOf(shill, in: analysis)?.noise == "shilling")
        #expect(storyOf(chatter, in: analysis)?.noise == "chatter")
        #expect(storyOf(reply, in: analysis)?.noise == "reply")
    }

    /// A tweet that tells news is still the news with a call for reposts (bait) or a price (a
    /// promotion's words) in it.
    @Test(arguments: [
        "Anthropic releases Claude Opus 5 with a 1M context window and new agent benchmark results. RT if you're building agents",
        "Anthropic releases Claude Opus 5 with a 1M context window and new agent benchmark results; the API is free for a limited time",
    ])
    func newsWithAnAsideIsNoNoise(text: String) {
        var f = TweetFactory()
        let news = f.add(text, by: "news", likes: 10, urls: ["https://anthropic.example/opus-5"])
        let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(news, in: analysis)?.noise == nil)
    }

    /// A job post that never says "hiring" is a job post by its other idioms.
    @Test func aJobPostByItsIdiomsIsAJob() {
        var f = TweetFactory()
        let job = f.add("Remote: Staff ML Engineer, evals (EU time zones). €90-120k. #AIjobs", by: "board", followers: 900_000, likes: 90_000)
        let chinese = f.add("北京某公司诚邀多模态算法工程师，年薪面议，欢迎投递简历。", by: "hr", followers: 900_000, likes: 90_000)
        let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(job, in: analysis)?.noise == "job")
        #expect(storyOf(chinese, in: analysis)?.noise == "job")
    }

    @Test func cashtagsSeparateStocksFromCrypto() {
        var f = TweetFactory()
        let stock = f.add("$INTC drops after guidance", by: "a")
        let coin = f.add("$BTC and $ETH rally overnight", by: "b")
        let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(stock, in: analysis)?.category == .stocks)
        #expect(storyOf(coin, in: analysis)?.category == .crypto)
    }

    @Test func rankingExplainsItselfAndPrefersEngagement() throws {
        var f = TweetFactory()
        let small = f.add("A small open source release of a tokenizer library on GitHub", by: "a", likes: 3)
        let big = f.add("GPT-5.2 Pro scores 31% on FrontierMath Tier 4, far above the previous best", by: "b", followers: 500_000, likes: 20_000)
        let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
        let top = try #require(analysis.stories.first)
        #expect(top.tweetIDs.contains(big))
        // The hand score's parts, then the learned part of the built-in ranking model.
        #expect(top.scoreParts.map(\.name) == ["engagement", "authors", "reach", "time", "learned"])
        #expect(abs(top.score - top.scoreParts.reduce(0) { $0 + $1.value }) < 0.001)
        #expect(analysis.stories.last?.tweetIDs.contains(small) == true)
        let hand = StoryEngine(rankingModel: nil).analyze(f.tweets, window: TweetFactory.window)
        #expect(hand.stories.first?.scoreParts.map(\.name) == ["engagement", "authors", "reach", "time"])
    }

    @Test func storyIDsAreStableAcrossInputOrder() {
        var f = TweetFactory()
        for n in 0..<30 { f.add(Self.distinctText(n), by: "u\(n)", likes: n % 7) }
        let forward = engine.analyze(f.tweets, window: TweetFactory.window)
        let backward = engine.analyze(f.tweets.reversed(), window: TweetFactory.window)
        #expect(forward == backward)
        #expect(CandidateReport(forward).json() == CandidateReport(backward).json())
    }

    @Test func candidatesHaveTenPointsAndReserve() {
        var f = TweetFactory()
        for n in 0..<40 { f.add(Self.distinctText(n), by: "u\(n)", likes: 100 + n) }
        let analysis = engine.analyze(f.tweets, window: TweetFactory.window)
        #expect(analysis.points.count == 10)
        #expect(analysis.reserve.count == 20)
        #expect(Set(analysis.points).isDisjoint(with: analysis.reserve))
        let report = CandidateReport(analysis)
        #expect(report.points.map(\.rank) == Array(1...10))
        #expect(report.stories.count == analysis.stories.count)
    }
}

extension StoryEngineTests {
    /// A text sharing no word with the other `n`s: five words of a made-up vocabulary.
    static func distinctText(_ n: Int) -> String {
        let syllables = ["ka", "lo", "mi", "zu", "re", "te", "po", "sa", "vi", "no"]
        // The third word is a name (capitalised inside the sentence): news names something.
        return (0..<5).map { k in
            let code = n * 5 + k
            return (k == 2 ? "W" : "w") + syllables[code % 10] + syllables[code / 10 % 10] + syllables[code / 100 % 10]
        }.joined(separator: " ") + " launch"
    }
}

@Suite struct HeadlineTests {
    @Test(arguments: [
        ("RT @OpenAI: BREAKING: Codex is now in JetBrains IDEs. Try it today https://t.co/abc #AI #coding", "Codex is now in JetBrains IDEs."),
        ("🚨 JUST IN: GLM-4.7-Flash (Reasoning) is the most intelligent open model under 100B! https://x.com/a", "GLM-4.7-Flash (Reasoning) is the most intelligent open model under 100B!"),
        ("@sama @gdb GPT-5.2 Pro hits 31% on FrontierMath Tier 4.", "GPT-5.2 Pro hits 31% on FrontierMath Tier 4."),
        ("智谱发布GLM-4.7-Flash，开源最强。详情见 https://z.ai", "智谱发布GLM-4.7-Flash，开源最强。"),
    ])
    func cleansAndKeepsNames(text: String, expected: String) {
        #expect(StoryHeadline.extract(from: text) == expected)
    }
}

@Suite struct CandidateReportTests {
    @Test func jsonHasTheDocumentedShapeAndParses() throws {
        var f = TweetFactory()
        f.add("Introducing \"Claude in Excel\" \\ for Pro users\n now", by: "a", likes: 10)
        f.add("RT @a: Introducing", by: "b", kind: .retweet, referencing: f.tweets[0].id)
        f.add("Claude in Excel reads whole workbooks, read the docs", by: "c", likes: 50, urls: ["https://docs.anthropic.com/excel"])
        let give = f.add("GIVEAWAY: RT to win a free RTX 5090, follow and retweet", by: "promo", likes: 90)
        let handles = Dictionary(uniqueKeysWithValues: f.tweets.map { ($0.id, $0.author.handle) })
        let report = CandidateReport(StoryEngine().analyze(f.tweets, window: TweetFactory.window), handles: handles)
        let json = report.json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["points", "reserve", "stories"])
        let point = try #require((object["points"] as? [[String: Any]])?.first)
        #expect(Set(point.keys) == ["rank", "item", "title", "category", "score", "story", "tweets", "urls", "links"])
        #expect(point["title"] as? String == report.points[0].title)
        let tweets = try #require(point["tweets"] as? [String])
        #expect(tweets.count >= 2)
        // Every supporting tweet's link, in the same order, by its author's handle.
        #expect(point["urls"] as? [String] == tweets.map { "https://x.com/\(handles[$0]!)/status/\($0)" })
        // The web links the story's tweets share.
        #expect(report.points.contains { $0.links == ["https://docs.anthropic.com/excel"] })
        // Without handles a link still resolves, through x.com/i/status.
        #expect(CandidateReport(StoryEngine().analyze(f.tweets, window: TweetFactory.window)).points[0].urls.first == "https://x.com/i/status/\(tweets[0])")
        let stories = try #require(object["stories"] as? [[String: Any]])
        // A news story has the three keys; a noise story says which noise it is.
        let news = try #require(stories.first { ($0["tweets"] as? [String])?.contains(tweets[0]) == true })
        #expect(Set(news.keys) == ["id", "category", "tweets"])
        let noise = try #require(stories.first { ($0["tweets"] as? [String])?.contains(give) == true })
        #expect(Set(noise.keys) == ["id", "category", "tweets", "noise"])
        #expect(noise["noise"] as? String == "giveaway")
    }
}

@Suite struct HeadlineLineTests {
    @Test func aLineBreakEndsTheHeadline() {
        #expect(StoryHeadline.extract(from: "You can now run a 70B model on a single 4GB GPU 🤯\n\nAirLLM loads the model layer by layer") == "You can now run a 70B model on a single 4GB GPU")
    }
}

@Suite struct GroupingConstraintTests {
    /// The story holding each tweet of `f`'s day, as the engine groups it.
    private static func stories(of f: TweetFactory) -> (String) -> Story {
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        return { id in analysis.stories.first { $0.tweetIDs.contains(id) }! }
    }

    @Test func lookalikeTweetsAboutDifferentModelsStayApart() {
        var f = TweetFactory()
        let a = f.add("Nova-2.0 just passed 4M downloads on Hugging Face! Thank you to everyone building with it", by: "a")
        let b = f.add("Lumen-2.0 just passed 4M downloads on Hugging Face! Thank you to everyone building with it", by: "b")
        let c = f.add("Nova-2.0 just passed 4M downloads on Hugging Face! Thanks to everyone building with it", by: "c")
        let story = Self.stories(of: f)
        #expect(Set(story(a).tweetIDs) == [a, c])
        #expect(story(b).tweetIDs == [b])
    }

    @Test func aLicenceOrABenchmarkIsNoReleaseName() {
        // Every release names its licence and benchmarks: a tweet naming nothing else must not join
        // two releases as if it were one product's name.
        var f = TweetFactory()
        let model = f.add("Meet Alder, a small open model for phones, released under Apache-2.0 today.", by: "tidepool")
        let tool = f.add("Tracewell is out: replay and fork agent runs step by step. Licence: Apache-2.0", by: "tracewell")
        let coder = f.add("Quillcoder leads MMLU-Pro among coding assistants, its report says.", by: "lab")
        let finch = f.add("Finch scores 71 on MMLU-Pro, a record for its size.", by: "other")
        let story = Self.stories(of: f)
        for id in [model, tool, coder, finch] { #expect(story(id).tweetIDs == [id]) }
    }

    @Test func tweetsNamingOnlyOneTickerTellThatCompanysNews() {
        var f = TweetFactory()
        let print = f.add("$CRVN Q4: EPS $1.12 vs $0.98 est; revenue $1.87B. Shares +16% after hours.", by: "earnings_wire")
        let tape = f.add("$CRVN ripping after hours, optical modules ramping a quarter early.", by: "tape_reader")
        let call = f.add("$CRVN CEO on the call: demand visibility extends through 2027.", by: "analyst")
        let other = f.add("$HLBD slides again on the FTC suit, down for a second day.", by: "desk")
        // Naming two tickers is a market wrap, not one company's news: it joins nothing by ticker.
        let wrap = f.add("Pre-market movers: $CRVN and $HLBD lead, futures flat.", by: "movers")
        let story = Self.stories(of: f)
        #expect(Set(story(print).tweetIDs) == [print, tape, call])
        #expect(story(other).tweetIDs == [other])
        #expect(story(wrap).tweetIDs == [wrap])
    }

    @Test func unionFindRefusesSetsThatNameDifferentThings() {
        var sets = UnionFind(count: 4, keys: [[1], [2], [], [1, 2]])
        let refused = sets.unionIfCompatible(0, 1)
        let keyless = sets.unionIfCompatible(0, 2)
        let sharing = sets.unionIfCompatible(1, 3)
        #expect(!refused && keyless && sharing)
        let roots = (0..<4).map { sets.find($0) }
        #expect(roots[0] == roots[2])
        #expect(roots[0] != roots[1])
        #expect(roots[1] == roots[3])
    }
}

@Suite struct EngineEdgeCaseTests {
    @Test func emptyAndOddInputsDoNotCrash() {
        let engine = StoryEngine()
        let empty = engine.analyze([], window: TweetFactory.window)
        #expect(empty.stories.isEmpty && empty.points.isEmpty && empty.reserve.isEmpty)
        var f = TweetFactory()
        f.add("", by: "a")
        f.add("🔥🔥🔥", by: "b")
        f.add(String(repeating: "智谱开源大模型 GLM-4.7-Flash ", count: 2_000), by: "c")
        f.add("RT @x:", by: "d", kind: .retweet, referencing: "1")
        f.add("\u{0}\u{1}$\u{FEFF}#@ http:// $ # @", by: "e")
        let analysis = engine.analyze(f.tweets + [f.tweets[0]], window: TweetFactory.window) // a duplicate id
        #expect(analysis.stories.flatMap(\.tweetIDs).count == 5)
        #expect(analysis.stories.allSatisfy { !$0.id.rawValue.isEmpty })
    }
}
