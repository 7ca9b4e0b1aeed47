import CopydeskCore
import Testing

/// `rewrite SECTION` starts from the section's automatic draft, read off the rendered post.
@Suite struct AutomaticSectionTextTests {
    static func drafts() throws -> [(String, Draft, [String: Tweet])] {
        let (hostile, hostileTweets) = PostSamples.hostile()
        let day = try SampleDayDraft.fromEngine()
        return [("samples", PostSamples.draft(), PostSamples.tweets()), ("sample day", day.draft, day.tweets),
                ("hostile", hostile, hostileTweets)]
    }

    @Test(arguments: PostLanguage.allCases, [false, true])
    func writingTheAutomaticTextBackLeavesThePostAsItWas(language: PostLanguage, marked: Bool) throws {
        let renderer = try PostRenderer(language: language, options: .init(markAutomatic: marked))
        let plain = try PostRenderer(language: language)
        for (name, draft, tweets) in try Self.drafts() {
            for section in Section.allCases where draft.sectionTexts[section] == nil {
                let text = try #require(AutomaticSectionText.text(of: section, in: draft) { try renderer.render($0, tweets: tweets) },
                                        "\(name): no automatic text for \(section)")
                #expect(!text.isEmpty)
                #expect(!text.contains("copydesk:auto"))
                var written = draft
                written.sectionTexts[section] = text
                // The same post, but for the automatic marker: the editor starts from exactly what the post shows.
                #expect(try plain.render(written, tweets: tweets) == plain.render(draft, tweets: tweets), "\(name) \(section)")
            }
        }
    }

    @Test func subBulletSectionsComeBackUnindented() throws {
        let renderer = try PostRenderer()
        let draft = PostSamples.draft(), tweets = PostSamples.tweets()
        let models = try #require(AutomaticSectionText.text(of: .models, in: draft) { try renderer.render($0, tweets: tweets) })
        #expect(models.hasPrefix("*   **"))
        #expect(models.split(separator: "\n").allSatisfy { $0.hasPrefix("*   **") })
        #expect(models.contains("（[来源](https://x.com/"))
        let viewpoints = try #require(AutomaticSectionText.text(of: .viewpoints, in: draft) { try renderer.render($0, tweets: tweets) })
        #expect(viewpoints.hasPrefix("以下观点摘自今日推文，保留原文。\n\n*   **"))
    }

    @Test func aWrittenSectionHasNoAutomaticText() throws {
        let renderer = try PostRenderer()
        var draft = PostSamples.draft()
        draft.sectionTexts[.finance] = "编辑写的金融分析。"
        #expect(AutomaticSectionText.text(of: .finance, in: draft) { try renderer.render($0, tweets: PostSamples.tweets()) } == nil)
    }
}
