import CopydeskCore
import Foundation
import Testing
import TestSupport

@Suite struct PostSkeletonTests {
    static func reference() throws -> String {
        try String(contentsOf: Fixtures.seeds.appendingPathComponent("reference-2026-01-24.md"), encoding: .utf8)
    }

    @Test func renderedPostHasTheReferenceSkeleton() throws {
        let post = try PostRenderer().render(PostSamples.draft(), tweets: PostSamples.tweets())
        let expected = PostSkeleton.lines(of: try Self.reference())
        let actual = PostSkeleton.lines(of: post)
        // Show the first difference, not two 80-line arrays.
        if let i = zip(expected, actual).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            Issue.record("line \(i): reference \(expected[i]) | rendered \(actual[i])")
        }
        #expect(actual == expected)
    }

    @Test func markersDoNotChangeTheSkeleton() throws {
        let marked = try PostRenderer(options: .init(markAutomatic: true)).render(PostSamples.draft(), tweets: PostSamples.tweets())
        #expect(marked.contains("<!-- copydesk:auto models -->"))
        #expect(PostSkeleton.lines(of: marked) == PostSkeleton.lines(of: try Self.reference()))
    }

    @Test func referenceSkeletonHasEveryPart() throws {
        let skeleton = PostSkeleton.lines(of: try Self.reference())
        #expect(skeleton.prefix(4) == ["front layout: post", "front title: \"twitter_ai_99999999_99999999\"",
                                        "front date: \"9999-99-99 99:99:99 +9999\"", "front posttime: \"9999-99-99 99:99:99 +9999\""])
        #expect(skeleton.filter { $0.hasPrefix("ol ") }.count == 10)
        #expect(skeleton.contains("ol \"10. \" lead"))
        #expect(skeleton.contains("li@0 label **模型与技术突破**："))
        #expect(skeleton.contains("li@0 label **个股分析：…**"))
        #expect(skeleton.last == "image 词云图 wordcloud_twitter_ai_99999999_99999999.jpg")
    }

    @Test func severalStocksAreOneElementOfTheForm() throws {
        let one = "*   **个股分析：Intel (INTC)**\n    *   **事件**：a\n    *   **原因**：b\n"
        let two = one + "\n*   **个股分析：$NVDA**\n    *   **事件**：c\n"
        #expect(PostSkeleton.lines(of: two) == PostSkeleton.lines(of: one))
        #expect(PostSkeleton.lines(of: one + "*   **数字货币分析**\n    *   none\n" + "*   **个股分析：$X**\n").count == 5)
    }

    @Test func englishPostHasTheSameShape() throws {
        let zh = PostSkeleton.lines(of: try PostRenderer().render(PostSamples.draft(), tweets: PostSamples.tweets()))
        let en = PostSkeleton.lines(of: try PostRenderer(language: .english).render(PostSamples.draft(), tweets: PostSamples.tweets()))
        let kind = { (line: String) in line.split(separator: " ").first.map(String.init) ?? "" }
        #expect(zh.map(kind) == en.map(kind))
        #expect(zh.count == en.count)
    }

    @Test func emptyDaysSayThereIsNothing() throws {
        var draft = PostSamples.draft()
        draft.stories = draft.stories.filter { $0.category != .stocks && $0.category != .openSource }
        let post = try PostRenderer().render(draft, tweets: PostSamples.tweets())
        #expect(post.contains("*   **个股分析**\n    *   在提供的推文内容中，**未发现关于个股的实质性讨论或市场分析**"))
        #expect(post.contains("*   **开源与社区动态**：\n    *   今日推文中未发现相关的实质性内容。"))
        #expect(PostSkeleton.lines(of: post).contains("li@0 label **个股分析**"))
    }
}

@Suite struct SampleDayPostTests {
    @Test func sampleDayPostHasTheReferenceSkeleton() throws {
        let day = try SampleDayDraft.load()
        #expect(day.draft.points.count == 10)
        let post = try PostRenderer().render(day.draft, tweets: day.tweets)
        try? post.write(toFile: "/tmp/copydesk-sample-day.md", atomically: true, encoding: .utf8)
        let expected = PostSkeleton.lines(of: try PostSkeletonTests.reference())
        let actual = PostSkeleton.lines(of: post)
        if let i = zip(expected, actual).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            Issue.record("line \(i): reference \(expected[i]) | rendered \(actual[i])")
        }
        #expect(actual == expected)
        #expect(PostCheck.warnings(day.draft, tweets: day.tweets).isEmpty)
    }

    @Test func noiseNeverReachesTheSampleDayPost() throws {
        let day = try SampleDayDraft.load()
        let content = PostContent(draft: day.draft, tweets: day.tweets)
        let noise = Set(day.draft.stories.filter { $0.noise != nil }.map(\.id))
        for (_, part) in content.sections {
            if case .automatic(let items) = part { #expect(items.allSatisfy { !noise.contains($0.story) }) }
        }
    }
}

@Suite struct EngineSampleDayPostTests {
    @Test func engineDraftOfTheSampleDayHasTheReferenceSkeleton() throws {
        let day = try SampleDayDraft.fromEngine()
        let post = try PostRenderer().render(day.draft, tweets: day.tweets)
        try? post.write(toFile: "/tmp/copydesk-engine-day.md", atomically: true, encoding: .utf8)
        let expected = PostSkeleton.lines(of: try PostSkeletonTests.reference())
        let actual = PostSkeleton.lines(of: post)
        if let i = zip(expected, actual).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            Issue.record("line \(i): reference \(expected[i]) | rendered \(actual[i])")
        }
        #expect(actual == expected)
    }
}
