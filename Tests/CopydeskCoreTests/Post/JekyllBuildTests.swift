import CopydeskCore
import Foundation
import Testing
import TestSupport

/// Builds a real Jekyll site with the sample day's post and a post made of hostile tweets. `make test` installs
/// Debian's `jekyll` when it is missing; without it this test fails rather than skips.
@Suite struct JekyllBuildTests {
    struct Built {
        var site: JekyllSite
        var output: String
        var samplePage: String
        var hostilePage: String
        var sampleURL: String
        var hostileURL: String
    }

    static func hostileDraft() -> (Draft, [String: Tweet]) {
        var (draft, tweets) = PostSamples.hostile()
        draft.window = ReportWindow(day: LocalDate("2026-01-25")!)
        // Saved two days after the day it covers, as a session does: Jekyll dates the page by this.
        draft.metadata.date = "2026-01-27 09:05:00 +0800"
        draft.metadata.postTime = "2026-01-27 09:05:00 +0800"
        return (draft, tweets)
    }

    /// The URL Jekyll's default permalink gives a post: `/2026/01/24/twitter_ai_….html`, dated by
    /// the front matter and named by the file.
    static func url(for draft: Draft) -> String {
        let day = LocalDate(String(draft.metadata.date.prefix(10)))!
        return String(format: "/%04d/%02d/%02d/", day.year, day.month, day.day) + draft.window.slug + ".html"
    }

    func buildSite() throws -> Built {
        let jekyll = try JekyllSite.requireJekyll()
        let site = try JekyllSite(root: try Fixtures.temporaryFolder("copydesk-jekyll"))
        let day = try SampleDayDraft.load()
        let sample = day.draft
        let (hostile, hostileTweets) = Self.hostileDraft()
        // The hostile post is a draft with its automatic parts marked, as the editor previews it.
        for (draft, tweets, marked) in [(sample, day.tweets, false), (hostile, hostileTweets, true)] {
            let renderer = try PostRenderer(options: .init(markAutomatic: marked))
            try site.write(PostFiles.postPath(for: draft), try renderer.render(draft, tweets: tweets))
            // Where the export puts the word cloud so the post's relative link finds it.
            try site.write(PostFiles.cloudImageSitePath(for: draft), Data([0xFF, 0xD8, 0xFF, 0xE0] + Array(draft.window.slug.utf8)))
        }
        let (status, output) = try site.build(jekyll: jekyll)
        #expect(status == 0, "jekyll build failed:\n\(output)")
        let sampleURL = Self.url(for: sample), hostileURL = Self.url(for: hostile)
        return Built(
            site: site, output: output, samplePage: try site.read("_site" + sampleURL),
            hostilePage: try site.read("_site" + hostileURL), sampleURL: sampleURL, hostileURL: hostileURL)
    }

    @Test func buildsBothPostsWithEverySectionAndTheImage() throws {
        let built = try buildSite()
        #expect(!built.output.localizedCaseInsensitiveContains("liquid"), "jekyll reported: \(built.output)")
        #expect(!built.output.localizedCaseInsensitiveContains("error"), "jekyll reported: \(built.output)")

        let day = try SampleDayDraft.load()
        let markdown = try PostRenderer().render(day.draft, tweets: day.tweets)
        let expectedHeadings = PostSkeleton.lines(of: markdown)
            .filter { $0.first == "h" && $0.dropFirst().first?.isNumber == true }
            .map { $0.replacingOccurrences(of: "**", with: "") }
        #expect(expectedHeadings.count == 8)
        for page in [built.samplePage, built.hostilePage] {
            #expect(PageText.headings(page) == expectedHeadings)
            let text = PageText.visible(page)
            for label in ["Twitter Ai 报告 (", "主要话题与行业趋势概述", "核心信息（10个信息点概述）", "模型与技术突破", "产品与平台发布",
                          "开源与社区动态", "个股分析", "数字货币分析", "人工智能相关内容", "技术发展", "产业创新", "金融市场相关内容", "市场观点与应用"] {
                #expect(text.contains(label), "missing \(label)")
            }
        }
        #expect(built.samplePage.matches(of: /<li>/).count >= 10 + 13)
        // Markers stay out of sight: HTML comments in the page, never shown.
        #expect(!built.samplePage.contains("copydesk:auto"))
        #expect(built.hostilePage.contains("<!-- copydesk:auto models -->"))
        #expect(!PageText.visible(built.hostilePage.replacing(/<!--.*?-->/, with: "")).contains("copydesk"))

        // The image: the page's <img> resolves (relative to the page's folder) to the built file.
        for (page, url, slug) in [(built.samplePage, built.sampleURL, "twitter_ai_20260124_20260124"),
                                  (built.hostilePage, built.hostileURL, "twitter_ai_20260125_20260125")] {
            let sources = PageText.imageSources(page)
            #expect(sources == ["wordcloud_\(slug).jpg"])
            let folder = String(url[...url.lastIndex(of: "/")!])
            let served = built.site.root.appendingPathComponent("_site" + folder + (sources.first ?? ""))
            let bytes = try Data(contentsOf: served)
            #expect(bytes.prefix(4) == Data([0xFF, 0xD8, 0xFF, 0xE0]) && bytes.dropFirst(4) == Data(slug.utf8))
        }
        try? FileManager.default.removeItem(at: built.site.root)
    }

    @Test func hostileTweetsShowLiterallyAndNeverRun() throws {
        let built = try buildSite()
        let page = built.hostilePage
        let text = PageText.visible(page)
        for hostile in PostSamples.hostileTexts {
            let literal = hostile.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains(literal), "not shown literally: \(literal)")
        }
        #expect(text.contains("{{ site.title }} <b>0</b> (@h4x0r_0)"))
        #expect(text.contains("Editor text with {% include_relative _config.yml %} and <script>x</script>"))
        #expect(page.contains("<title>twitter_ai \"{{ site }}\" \\ {% include x %}</title>"))

        // Nothing executed: no include, no site variable, no config file.
        let everything = try FileManager.default.subpathsOfDirectory(atPath: built.site.root.appendingPathComponent("_site").path)
            .filter { $0.hasSuffix(".html") }
            .map { try built.site.read("_site/" + $0) }
            .joined()
        for canary in [JekyllSite.configCanary, JekyllSite.includeCanary, "copydesk test site", "timezone"] {
            #expect(!everything.contains(canary), "Liquid ran: \(canary) is in the built site")
        }
        #expect(!built.output.localizedCaseInsensitiveContains("liquid"), "jekyll reported: \(built.output)")

        // Nothing became markup: no script, handler, table, code, quote, injected heading or bad link.
        for forbidden in ["<script", "<table", "<pre", "<code", "<blockquote", "<h1", "<del", "<b>", "href=\"javascript:",
                          "src=\"//evil", "\\(", "<math", "class=\"evil\""] {
            #expect(!page.contains(forbidden), "markup from a tweet: \(forbidden)")
        }
        #expect(page.matches(of: /<[^>]*\son\w+=/).isEmpty, "an event handler attribute reached the page")
        #expect(PageText.imageSources(page) == ["wordcloud_twitter_ai_20260125_20260125.jpg"])
        // The links copydesk writes still work.
        #expect(page.contains("<a href=\"https://x.com/h4x0r_0/status/1800000000000000000\">来源</a>"))
        #expect(page.contains("<a href=\"https://example.com\">ok</a>"))
        try? FileManager.default.removeItem(at: built.site.root)
    }
}
