import CopydeskCore
import Testing

@Suite struct PostContentTests {
    static func items(_ content: PostContent, _ section: Section) -> [PostContent.Item] {
        guard case .automatic(let items)? = content.sections[section] else { return [] }
        return items
    }

    @Test func onlyRejectionsKeepTheAutomaticDraft() {
        var draft = PostSamples.draft()
        draft.decisions[StoryID("s2")] = .rejected
        let content = PostContent(draft: draft, tweets: PostSamples.tweets())
        #expect(Self.items(content, .products).map(\.story) == [StoryID("s8")])
    }

    @Test func pendingNonNoiseStoriesFillSectionsWhenNothingIsDecided() {
        let content = PostContent(draft: PostSamples.draft(), tweets: PostSamples.tweets())
        #expect(Self.items(content, .models).map(\.story) == [StoryID("s3"), StoryID("s4"), StoryID("s6")])
        // s13 is a giveaway: noise never drafts itself into a section.
        #expect(Self.items(content, .products).map(\.story) == [StoryID("s2"), StoryID("s8")])
        #expect(Self.items(content, .crypto).isEmpty)
        guard case .automatic(let points) = content.points else { Issue.record("points not automatic"); return }
        #expect(points.map(\.number) == Array(1...10))
    }

    @Test func onceTheEditorAcceptsSectionsShowOnlyAcceptedStories() {
        var draft = PostSamples.draft()
        draft.decisions[StoryID("s6")] = .accepted
        draft.decisions[StoryID("s11")] = .accepted
        draft.decisions[StoryID("s2")] = .rejected
        let content = PostContent(draft: draft, tweets: PostSamples.tweets())
        #expect(Self.items(content, .models).map(\.story) == [StoryID("s6")])
        #expect(Self.items(content, .openSource).map(\.story) == [StoryID("s11")])
        // s8 is still pending: the curated post leaves it out, and says the section is empty.
        #expect(Self.items(content, .products).isEmpty)
        #expect(PostCheck.warnings(draft, tweets: PostSamples.tweets()).contains { $0.kind == .emptySection && $0.section == .products })
        // A rejected story leaves the points too.
        guard case .automatic(let points) = content.points else { Issue.record("points not automatic"); return }
        #expect(!points.map(\.story).contains(StoryID("s2")))
        #expect(points.map(\.number) == Array(1...9))
    }

    @Test func anAcceptedNoiseStoryIsShown() {
        var draft = PostSamples.draft()
        draft.decisions[StoryID("s13")] = .accepted
        let content = PostContent(draft: draft, tweets: PostSamples.tweets())
        #expect(Self.items(content, .products).map(\.story) == [StoryID("s13")])
    }

    @Test func aStoryAppearsOnceInASectionAndOnceInThePoints() {
        var draft = PostSamples.draft()
        draft.stories.append(draft.stories[3])  // a duplicate of s3 (models)
        draft.points.append(draft.points[0])   // s0 twice among the points
        let content = PostContent(draft: draft, tweets: PostSamples.tweets())
        #expect(Self.items(content, .models).map(\.story).filter { $0 == StoryID("s3") }.count == 1)
        guard case .automatic(let points) = content.points else { Issue.record("points not automatic"); return }
        #expect(points.filter { $0.story == StoryID("s0") }.count == 1)
    }

    @Test func pendingStoriesAreCappedPerSection() {
        var draft = PostSamples.draft()
        let base = draft.stories[3]
        for i in 0..<10 {
            var copy = base
            copy.id = StoryID("m\(i)")
            draft.stories.append(copy)
        }
        let content = PostContent(draft: draft, tweets: PostSamples.tweets())
        #expect(Self.items(content, .models).count == PostContent.limit(for: .models))
    }

    @Test func rewrittenSectionsReplaceTheDraftAndLoseTheMarker() throws {
        var draft = PostSamples.draft()
        draft.sectionTexts[.models] = "*   **CALM**：编辑写的文字。\n*   **GLM**：{{ x }}"
        draft.sectionTexts[.overview] = "编辑写的概述。"
        let post = try PostRenderer(options: .init(markAutomatic: true)).render(draft, tweets: PostSamples.tweets())
        #expect(post.contains("*   **模型与技术突破**：\n    *   **CALM**：编辑写的文字。\n    *   **GLM**：&#123;&#123; x &#125;&#125;\n"))
        #expect(post.contains("**1. 主要话题与行业趋势概述**\n\n编辑写的概述。\n"))
        #expect(!post.contains("<!-- copydesk:auto models -->"))
        #expect(!post.contains("<!-- copydesk:auto overview -->"))
        #expect(post.contains("<!-- copydesk:auto products -->"))
        #expect(post.contains("<!-- copydesk:auto points -->"))
    }

    @Test func publishedPostsCarryNoMarkers() throws {
        let post = try PostRenderer().render(PostSamples.draft(), tweets: PostSamples.tweets())
        #expect(!post.contains("copydesk:auto"))
    }

    @Test func itemsQuoteTheLeadTweetWithItsLink() throws {
        let content = PostContent(draft: PostSamples.draft(), tweets: PostSamples.tweets())
        let calm = try #require(Self.items(content, .models).first { $0.story == StoryID("s6") })
        #expect(calm.lead == "CALM")
        #expect(calm.text == "constrained autoregressive models cut generation steps by 4x and training compute by 44%.")
        #expect(calm.link == "https://x.com/arxiv_cs/status/1900000000000000060")
        let lecun = try #require(Self.items(content, .viewpoints).first { $0.story == StoryID("s10") })
        #expect(lecun.lead == "Yann LeCun (@ylecun)")
        let intel = try #require(Self.items(content, .stocks).first)
        #expect(intel.lead == "个股分析：$INTC")
        #expect(intel.reaction == "2位作者、2条推文参与讨论；点赞 477，转发 47，回复 4，浏览 47700。")
        #expect(intel.discussion == "Trader Joe：$INTC guidance was awful, AMD and NVIDIA benefit.")
    }

    @Test func theOverviewNamesThePointsTopics() throws {
        func topics(_ draft: Draft) throws -> String {
            guard case .automatic(let text) = PostContent(draft: draft, tweets: PostSamples.tweets()).overview else {
                Issue.record("the overview is not automatic")
                return ""
            }
            return try #require(text.firstMatch(of: /围绕着(.*)展开/)).1.description
        }
        var draft = PostSamples.draft()
        // Point 2's keyphrases (`agents`, `orchestration`) are words, not names: it names no topic.
        #expect(try topics(draft) == "**Memory**、**Claude in Excel**、**GLM-4.7-Flash**、**Codex**")
        draft.decisions[draft.points[2].story] = .rejected
        #expect(try topics(draft) == "**Memory**、**GLM-4.7-Flash**、**Codex**、**protein design**")
    }

    /// The finance bullet's lead-in for story s9 («AI capex is not a bubble: unlike the 90s, …» by
    /// Macro Watch) given its keyphrases, and its headline and lead tweet's text when given.
    static func financeLeadIn(keyphrases: [String], headline: String? = nil, text: String? = nil) throws -> String? {
        var draft = PostSamples.draft()
        var tweets = PostSamples.tweets()
        let k = try #require(draft.stories.firstIndex { $0.id == StoryID("s9") })
        draft.stories[k].keyphrases = keyphrases
        if let headline { draft.stories[k].headline = headline }
        if let text { tweets[draft.stories[k].leadTweetID]!.text = text }
        return Self.items(PostContent(draft: draft, tweets: tweets), .finance).first { $0.story == StoryID("s9") }?.lead
    }

    @Test func aLeadInPrefersANameThenTheAuthorToAPlainWord() throws {
        // `bubble` and `cash` come first but are plain words; `AI capex` reads as a name.
        #expect(try Self.financeLeadIn(keyphrases: ["bubble", "cash", "AI capex"]) == "AI capex")
        // Without a name, who said it: `bubble` alone tells the reader nothing.
        #expect(try Self.financeLeadIn(keyphrases: ["bubble", "cash"]) == "Macro Watch (@macro)")
        // A name the tweet mentions in passing, neither the story's top keyphrase nor in its headline, is not what it is about.
        #expect(try Self.financeLeadIn(keyphrases: ["bubble", "cash", "90s"], headline: "AI capex is not a bubble.") == "Macro Watch (@macro)")
        #expect(try Self.financeLeadIn(keyphrases: ["90s", "bubble"], headline: "AI capex is not a bubble.") == "90s")
    }

    @Test func aVersionAloneIsNoName() throws {
        let lead = try Self.financeLeadIn(keyphrases: ["v2", "api", "llamaparse"], headline: "LlamaParse v2 is out.",
                                          text: "LlamaParse v2 is out: parse any PDF into markdown.")
        #expect(lead == "LlamaParse")
    }

    @Test func emptyHeadlinesStillGetABoldLeadIn() throws {
        var draft = PostSamples.draft()
        draft.points[0].headline = " \n "
        draft.stories[0].headline = ""
        draft.stories[0].keyphrases = []
        var tweets = PostSamples.tweets()
        tweets[draft.stories[0].leadTweetID]!.text = "   "
        let post = try PostRenderer().render(draft, tweets: tweets)
        #expect(post.contains("1.  **（无标题）**"))
        // The section's item leads with who said it, as any item without a name does.
        #expect(post.contains("    *   **TrendForce (@trendforce)**："))
        #expect(!post.contains("****"))
    }

    @Test func pointLeadInsBreakAtAClauseOutsideParentheses() throws {
        var draft = PostSamples.draft()
        draft.points[0].headline = "700 creators (authors, actors) sign, opposing training"
        draft.points[1].headline = "GLM-4.7-Flash：智谱发布，开源模型"
        let post = try PostRenderer().render(draft, tweets: PostSamples.tweets())
        #expect(post.contains("1.  **700 creators (authors, actors) sign**, opposing training"))
        #expect(post.contains("2.  **GLM-4.7-Flash**：智谱发布，开源模型"))
    }

    @Test func aLongSentenceWithoutAClauseBoldsTheNameItOpensWith() throws {
        var draft = PostSamples.draft()
        let glm = try #require(draft.points.firstIndex { $0.story == StoryID("s3") })
        let codex = try #require(draft.points.firstIndex { $0.story == StoryID("s4") })
        draft.points[codex].headline = "Codex is now in JetBrains IDEs."
        let points = try #require({ if case .automatic(let p) = PostContent(draft: draft, tweets: PostSamples.tweets()).points { p } else { nil } }())
        // 130 characters and no clause break within reach: the name in bold, the sentence after it.
        #expect(points[glm].lead == "GLM-4.7-Flash")
        #expect(points[glm].rest.hasPrefix(" (Reasoning) is now the most intelligent open weights model"))
        // A short sentence stays whole.
        #expect(points[codex].lead == "Codex is now in JetBrains IDEs.")
        #expect(points[codex].rest.isEmpty)
        let post = try PostRenderer().render(draft, tweets: PostSamples.tweets())
        #expect(post.contains("\(glm + 1).  **GLM-4.7-Flash** (Reasoning) is now the most intelligent"))
    }

    @Test func aLinkRemovedLeavesNoDanglingColon() {
        var tweets = PostSamples.tweets()
        let draft = PostSamples.draft()
        tweets[draft.stories[6].leadTweetID]!.text = "RT @someone: CALM results, read the report：https://example.com/calm"
        let content = PostContent(draft: draft, tweets: tweets)
        // …nor the label that pointed at the link (issue 15: link leftovers).
        #expect(Self.items(content, .models).first { $0.story == StoryID("s6") }?.text == "CALM results")
    }

    @Test func longTweetsAreShortenedAndLinksDropped() {
        let long = String(repeating: "word ", count: 200) + "https://t.co/abc"
        var draft = PostSamples.draft()
        var tweets = PostSamples.tweets()
        let id = draft.stories[6].leadTweetID
        tweets[id]!.text = long
        draft.stories[6].keyphrases = []
        let content = PostContent(draft: draft, tweets: tweets)
        let item = Self.items(content, .models).first { $0.story == StoryID("s6") }
        #expect(item?.text.hasSuffix("…") == true)
        #expect((item?.text.count ?? 0) <= 321)
        #expect(item?.text.contains("t.co") == false)
    }
}

@Suite struct MarketItemsTests {
    /// The sample draft plus a second $INTC story and a lone $PEPE shill classified as crypto.
    static func day() -> (Draft, [String: Tweet]) {
        var draft = PostSamples.draft()
        var tweets = PostSamples.tweets()
        tweets["31"] = PostSamples.tweet("31", "analyst", "Analyst", "$INTC guidance cut: supply constrained through Q2.", likes: 300, cashtags: ["INTC"])
        tweets["32"] = PostSamples.tweet("32", "pepe_prophet", "PEPE Prophet", "$PEPE only goes up 🐸", likes: 20, cashtags: ["PEPE"])
        draft.stories.append(Story(id: StoryID("intc2"), tweetIDs: ["31"], headline: "Intel guidance cut", category: .stocks, score: 5))
        draft.stories.append(Story(id: StoryID("pepe"), tweetIDs: ["32"], headline: "PEPE", category: .crypto, score: 4))
        return (draft, tweets)
    }

    @Test func storiesOnTheSameTickerFoldIntoOneBullet() {
        let (draft, tweets) = Self.day()
        let content = PostContent(draft: draft, tweets: tweets)
        let stocks = PostContentTests.items(content, .stocks)
        #expect(stocks.map(\.story) == [StoryID("s12")])
        #expect(stocks.first?.merged == [StoryID("intc2")])
        #expect(stocks.first?.reaction == "3位作者、3条推文参与讨论；点赞 777，转发 77，回复 6，浏览 77700。")
        #expect(stocks.first?.discussion == "Analyst：$INTC guidance cut: supply constrained through Q2.")
    }

    @Test func aStoryWithoutATickerFoldsIntoTheBulletThatNamesIt() throws {
        var (draft, tweets) = Self.day()
        tweets["31"]!.cashtags = []
        tweets["31"]!.text = "Intel shares sink the most since 2024 after its outlook disappointed investors"
        let k = try #require(draft.stories.firstIndex { $0.id == StoryID("intc2") })
        draft.stories[k].keyphrases = ["intel", "outlook"]
        for id in ["s12", "intc2"] { draft.decisions[StoryID(id)] = .accepted }
        // The $INTC bullet's tweets do not say Intel (`Intelligence` is another word): two bullets.
        let lead = try #require(draft.story(StoryID("s12"))?.leadTweetID)
        tweets[lead]!.text = "$INTC down more than 15% after earnings; its Intelligence unit stalls."
        #expect(PostContentTests.items(PostContent(draft: draft, tweets: tweets), .stocks).map(\.story) == [StoryID("s12"), StoryID("intc2")])
        // Once they do, the story folds in.
        tweets[lead]!.text = "Intel, $INTC, down more than 15% after earnings: weak guidance."
        let stocks = PostContentTests.items(PostContent(draft: draft, tweets: tweets), .stocks)
        #expect(stocks.map(\.story) == [StoryID("s12")])
        #expect(stocks.first?.merged == [StoryID("intc2")])
    }

    @Test func aLoneShillIsNoDiscussionUntilTheEditorAcceptsIt() throws {
        var (draft, tweets) = Self.day()
        let post = try PostRenderer().render(draft, tweets: tweets)
        #expect(post.contains("*   **数字货币分析**\n    *   在提供的推文内容中，**未发现关于加密货币的实质性讨论或市场分析**"))
        draft.decisions[StoryID("pepe")] = .accepted
        tweets["32"]!.text = "$PEPE to the moon"
        let curated = PostContent(draft: draft, tweets: tweets)
        #expect(PostContentTests.items(curated, .crypto).map(\.lead) == ["数字货币分析：$PEPE"])
    }

    @Test func aMarketStoryWithoutCashtagsIsNamedShortly() {
        var (draft, tweets) = Self.day()
        tweets["31"]!.cashtags = []
        tweets["31"]!.text = "Intel shares sink the most since 2024 after its outlook disappointed investors, overshadowing results"
        draft.stories[draft.stories.count - 2].headline = tweets["31"]!.text
        draft.decisions[StoryID("intc2")] = .accepted
        let content = PostContent(draft: draft, tweets: tweets)
        #expect(PostContentTests.items(content, .stocks).map(\.lead) == ["个股分析：Intel shares sink the most sin…"])
    }
}
