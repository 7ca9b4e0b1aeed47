import CopydeskCore
import Foundation

/// Hand-built drafts and tweets for the post tests: a day shaped like the reference post's.
enum PostSamples {
    static let window = ReportWindow(day: LocalDate("2026-01-24")!)
    static let metadata = Draft.Metadata(
        title: "twitter_ai_20260124_20260124", date: "2026-01-24 14:32:23 +0800", postTime: "2026-01-24 14:32:23 +0800")

    static func tweet(_ id: String, _ handle: String, _ name: String, _ text: String, likes: Int = 10, cashtags: [String] = [], kind: Tweet.Kind = .original) -> Tweet {
        Tweet(
            id: id, author: .init(handle: handle, name: name, followers: 1000),
            createdAt: Date(timeIntervalSince1970: 1_769_200_000), text: text,
            metrics: .init(likes: likes, retweets: likes / 10, replies: 2, views: likes * 100),
            cashtags: cashtags, kind: kind)
    }

    /// (category, handle, name, text, keyphrases) for each story, best first.
    static let storySpecs: [(Category, String, String, String, [String])] = [
        (.aiIndustry, "trendforce", "TrendForce", "Memory is becoming the key bottleneck of AI servers: AI servers will lead the next memory revenue peak.", ["memory", "AI servers"]),
        (.aiTech, "crewai", "CrewAI", "Agent frameworks mature: autonomy, memory and workflow orchestration are what everyone discusses now.", ["agents", "orchestration"]),
        (.products, "AnthropicAI", "Anthropic", "Claude in Excel: a standalone integration lets you chat with Claude in the sidebar and analyse whole workbooks. Available to Pro users.", ["Claude in Excel"]),
        (.models, "Zai_org", "Z.ai", "GLM-4.7-Flash (Reasoning) is now the most intelligent open weights model under 100B parameters on the Artificial Analysis Intelligence Index.", ["GLM-4.7-Flash"]),
        (.models, "OpenAIDevs", "OpenAI Developers", "Codex for JetBrains: use Codex inside IntelliJ, PyCharm and the rest of the JetBrains IDEs.", ["Codex", "JetBrains"]),
        (.aiIndustry, "biorxiv", "bioRxiv", "AI designs win the protein design competition; agents also verify the reproducibility of papers.", ["protein design"]),
        (.models, "arxiv_cs", "arXiv CS", "CALM: constrained autoregressive models cut generation steps by 4x and training compute by 44%.", ["CALM"]),
        (.viewpoints, "creators", "Creators Coalition", "More than 700 creators signed a statement against AI training on copyrighted work without permission.", ["copyright"]),
        (.products, "agi0", "AGI-0", "AI employees: AGI-0 launches an autonomous AI worker for research, analysis and real-world tasks.", ["AI employees"]),
        (.finance, "macro", "Macro Watch", "AI capex is not a bubble: unlike the 90s, today's AI investment is backed by healthy cash flows.", ["AI capex"]),
        (.viewpoints, "ylecun", "Yann LeCun", "The whole industry is LLM-pilled. Everyone copies everyone. Agentic systems need to predict the consequences of their actions in the physical world.", ["LLM"]),
        (.openSource, "NVIDIAAI", "NVIDIA AI", "PersonaPlex-7B: an open full-duplex conversational model that makes voice AI simpler.", ["PersonaPlex-7B"]),
        (.stocks, "stockwatch", "Stock Watch", "$INTC down more than 15% after earnings: weak guidance and manufacturing problems.", ["$INTC"]),
        (.products, "spammer", "Giveaway Bot", "RT and follow to win 1000 USDT!!!", ["giveaway"]),
    ]

    static func tweets() -> [String: Tweet] {
        var all: [String: Tweet] = [:]
        for (i, spec) in storySpecs.enumerated() {
            let id = String(1_900_000_000_000_000_000 + i * 10)
            all[id] = tweet(id, spec.1, spec.2, spec.3, likes: 1000 - i * 50, cashtags: spec.0 == .stocks ? ["INTC"] : [])
        }
        // A reply to the stock story, for its market reaction.
        let reply = String(1_900_000_000_000_000_000 + 12 * 10 + 1)
        all[reply] = tweet(reply, "trader", "Trader Joe", "$INTC guidance was awful, AMD and NVIDIA benefit.", likes: 77, cashtags: ["INTC"], kind: .reply)
        return all
    }

    static func stories() -> [Story] {
        storySpecs.enumerated().map { i, spec in
            var ids = [String(1_900_000_000_000_000_000 + i * 10)]
            if spec.0 == .stocks { ids.append(String(1_900_000_000_000_000_000 + i * 10 + 1)) }
            return Story(
                id: StoryID("s\(i)"), tweetIDs: ids, headline: spec.3, category: spec.0, confidence: 0.8,
                score: Double(100 - i), keyphrases: spec.4, authors: [spec.1],
                noise: spec.1 == "spammer" ? "giveaway" : nil)
        }
    }

    /// The engine's starting draft: the first ten stories as points, nothing decided.
    static func draft() -> Draft {
        let stories = stories()
        let analysis = Analysis(
            stories: stories, points: stories.prefix(10).map(\.id), reserve: stories.dropFirst(10).map(\.id),
            keyphrases: ["agents", "memory"])
        return Draft(analysis: analysis, window: window, metadata: metadata)
    }
}

extension PostSamples {
    /// Tweets written to attack the site: Liquid includes, site variables, HTML, markdown structure.
    static let hostileTexts: [String] = [
        "{% include ../../etc/passwd %}",
        "{% include canary.html %}",
        "{% include_relative _config.yml %}",
        "{{ site.github }} and {{ site }}",
        "{%- raw -%} {% endraw %} {{ page.path }}",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "# heading injection",
        "---\nlayout: evil\n---",
        "```\ncode fence\n```",
        "| table | injection |\n|---|---|\n| a | b |",
        "[x](javascript:alert(1)) and ![img](//evil.example/x.png)",
        "{::nomarkdown}<b>raw</b>{:/nomarkdown} {: .evil}",
        "> quoted\n* list\n1. numbered",
        "$$ x^2 $$ and ~~strike~~ and **bold** and _em_ and `code`",
        "&lt;script&gt; &amp; <!-- comment -->",
    ]

    /// A draft whose every story, name and headline comes from a hostile tweet, one per category.
    static func hostile() -> (Draft, [String: Tweet]) {
        var tweets: [String: Tweet] = [:]
        var stories: [Story] = []
        let categories = Category.allCases
        for (i, text) in hostileTexts.enumerated() {
            let id = String(1_800_000_000_000_000_000 + i)
            tweets[id] = tweet(id, "h4x0r_\(i)", "{{ site.title }} <b>\(i)</b>", text, cashtags: ["EVIL"])
            stories.append(Story(
                id: StoryID("h\(i)"), tweetIDs: [id], headline: text, category: categories[i % categories.count],
                score: Double(100 - i), keyphrases: [text], urls: ["javascript:alert(1)"], authors: ["h4x0r_\(i)"]))
        }
        let analysis = Analysis(stories: stories, points: stories.prefix(10).map(\.id), reserve: [], keyphrases: [])
        var draft = Draft(analysis: analysis, window: window, metadata: metadata)
        draft.metadata.title = "twitter_ai \"{{ site }}\" \\ {% include x %}"
        draft.sectionTexts[.finance] = "Editor text with {% include_relative _config.yml %} and <script>x</script>\n# Heading\n---\n[ok](https://example.com) [bad](javascript:alert(1))"
        return (draft, tweets)
    }
}
