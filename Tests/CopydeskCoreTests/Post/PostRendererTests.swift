import CopydeskCore
import Foundation
import Testing

@Suite struct PostRendererTests {
    @Test func frontMatterHasTheReferenceFormat() throws {
        let post = try PostRenderer().render(PostSamples.draft(), tweets: PostSamples.tweets())
        let head = post.split(separator: "\n", omittingEmptySubsequences: false).prefix(8).joined(separator: "\n")
        #expect(head == """
            ---
            layout: post
            title: "twitter_ai_20260124_20260124"
            date: "2026-01-24 14:32:23 +0800"
            posttime: "2026-01-24 14:32:23 +0800"
            ---

            Twitter Ai 报告 (2026-01-24 至 2026-01-24)
            """)
        #expect(post.hasSuffix("## 词云分析\n\n![词云图](wordcloud_twitter_ai_20260124_20260124.jpg)\n"))
    }

    @Test func englishHasNoChineseConnectiveText() throws {
        let post = try PostRenderer(language: .english).render(PostSamples.draft(), tweets: PostSamples.tweets())
        #expect(post.contains("Twitter AI Report (2026-01-24 to 2026-01-24)"))
        #expect(post.contains("#### **Key Events and Developments**"))
        #expect(post.contains("![Word cloud](wordcloud_twitter_ai_20260124_20260124.jpg)"))
        #expect(post.firstMatch(of: /[\u{4e00}-\u{9fff}（）：]/) == nil)
    }

    @Test func renderingIsDeterministic() throws {
        let renderer = try PostRenderer(options: .init(markAutomatic: true))
        let first = try renderer.render(PostSamples.draft(), tweets: PostSamples.tweets())
        for _ in 0..<5 {
            #expect(try renderer.render(PostSamples.draft(), tweets: PostSamples.tweets()) == first)
        }
    }

    @Test func rejectsMalformedFrontMatterDates() throws {
        var draft = PostSamples.draft()
        draft.metadata.date = "2026-01-24"
        #expect(throws: PostError.badDate(field: "date", value: "2026-01-24")) {
            try PostRenderer().render(draft, tweets: PostSamples.tweets())
        }
    }

    @Test func reportsWhereATemplateDoesNotParse() {
        #expect(throws: PostError.badTemplate(line: 2, column: 13, text: "a {{#x}} {{/y}}", reason: "sectionCloseNameIncorrect")) {
            try PostRenderer(template: "title\na {{#x}} {{/y}}")
        }
        #expect(throws: PostError.badTemplate(line: 1, column: 12, text: "{{ unclosed", reason: "overflow")) {
            try PostRenderer(template: "{{ unclosed")
        }
    }

    @Test func usesAUserTemplate() throws {
        let post = try PostRenderer(template: "{{title}}|{{#points}}{{#items}}{{marker}}{{/items}}{{/points}}")
            .render(PostSamples.draft(), tweets: PostSamples.tweets())
        #expect(post == "twitter_ai_20260124_20260124|1.  2.  3.  4.  5.  6.  7.  8.  9.  10. ")
    }

    @Test func postAndImagePaths() throws {
        let window = PostSamples.window
        #expect(PostFiles.postPath(for: PostSamples.draft()) == "_posts/2026-01-24-twitter_ai_20260124_20260124.md")
        #expect(PostFiles.cloudImageName(for: window) == "wordcloud_twitter_ai_20260124_20260124.jpg")
        #expect(PostFiles.cloudImageSitePath(for: PostSamples.draft()) == "2026/01/24/wordcloud_twitter_ai_20260124_20260124.jpg")
        let range = ReportWindow(start: try #require(LocalDate("2026-01-20")), end: try #require(LocalDate("2026-01-24")))
        // A range's post is dated by its last day (or the day after), and its file with it.
        let ranged = Draft(window: range, metadata: Draft.Metadata(startingAt: range.upperBound.addingTimeInterval(3600), window: range),
                           stories: [], points: [], reserve: [])
        #expect(ranged.metadata.date == "2026-01-25 01:00:00 +0800")
        #expect(PostFiles.postPath(for: ranged) == "_posts/2026-01-25-twitter_ai_20260120_20260124.md")
        // Jekyll dates the page by the front matter, so the file and the image follow it, not the window.
        var late = PostSamples.draft()
        late.metadata.date = "2026-11-29 15:56:20 +0800"
        #expect(PostFiles.cloudImageSitePath(for: late) == "2026/11/29/wordcloud_twitter_ai_20260124_20260124.jpg")
        #expect(PostFiles.postPath(for: late) == "_posts/2026-11-29-twitter_ai_20260124_20260124.md")
        #expect(PostFiles.userTemplatePaths(for: .chinese) == ["templates/post.zh.mustache", "templates/post.mustache"])
        #expect(PostFiles.userTemplatePaths(for: .english) == ["templates/post.en.mustache"])
    }

    /// The save time when it is on the report's last day or the day after, else that last day's evening.
    @Test(arguments: [
        ("2026-01-24T06:32:23Z", "2026-01-24 14:32:23 +0800"),  // on the day
        ("2026-01-25T15:59:59Z", "2026-01-25 23:59:59 +0800"),  // the day after, to its last second
        ("2026-01-25T16:00:00Z", "2026-01-24 20:00:00 +0800"),  // two days after
        ("2026-12-07T01:00:00Z", "2026-01-24 20:00:00 +0800"),  // months after
        ("2026-01-23T15:59:59Z", "2026-01-24 20:00:00 +0800"),  // before the day ends... before it begins
    ])
    func defaultDate(now: String, expected: String) throws {
        let date = try #require(ISO8601DateFormatter().date(from: now))
        let metadata = Draft.Metadata(startingAt: date, window: PostSamples.window)
        #expect(metadata.date == expected && metadata.postTime == expected)
        var draft = PostSamples.draft()
        draft.metadata = metadata
        #expect(PostFiles.postPath(for: draft).hasPrefix("_posts/\(expected.prefix(10))-"))
        #expect(!PostCheck.warnings(draft, tweets: [:]).contains { $0.kind == .dateOutsideReport })
    }
}
