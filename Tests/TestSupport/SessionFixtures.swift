import CopydeskCore
import Foundation

/// A small made-up day for session tests: 20 stories of three tweets, ten points, a reserve of ten,
/// and five tweets that belong to no story.
public enum SessionFixtures {
    public static let day = LocalDate("2026-01-24")!
    public static let window = ReportWindow(day: day)
    public static let storyCount = 20
    public static let looseTweetIDs = (0..<5).map { "9\($0)" }

    public static func tweetID(story: Int, index: Int) -> String { String(1000 + story * 10 + index) }

    public static func storyID(_ i: Int) -> StoryID { StoryID(String(format: "s%02d", i)) }

    public static let tweets: [Tweet] = {
        var tweets: [Tweet] = []
        let base = window.lowerBound
        for story in 0..<storyCount {
            for index in 0..<3 {
                tweets.append(Tweet(
                    id: tweetID(story: story, index: index),
                    author: .init(handle: "author\(story)_\(index)", name: "Author \(story)", followers: 1000 * (story + 1)),
                    createdAt: base.addingTimeInterval(Double(story * 600 + index * 60)),
                    text: "Story \(story) tweet \(index): news about topic \(story) https://example.com/\(story)",
                    metrics: .init(likes: 100 - story, retweets: 10, replies: 2),
                    urls: ["https://example.com/\(story)"]))
            }
        }
        for (i, id) in looseTweetIDs.enumerated() {
            tweets.append(Tweet(
                id: id, author: .init(handle: "loose\(i)"), createdAt: base.addingTimeInterval(Double(40_000 + i)),
                text: "一条独立的推文 \(i)：开源模型发布\nsecond line", urls: []))
        }
        return tweets
    }()

    public static let analysis: Analysis = {
        let stories = (0..<storyCount).map { i in
            Story(
                id: storyID(i), tweetIDs: (0..<3).map { tweetID(story: i, index: $0) }, headline: "Headline \(i)",
                category: Category.allCases[i % Category.allCases.count], confidence: 0.5, score: Double(storyCount - i),
                keyphrases: ["topic\(i)"], urls: ["https://example.com/\(i)"], authors: (0..<3).map { "author\(i)_\($0)" })
        }
        return Analysis(stories: stories, points: (0..<10).map(storyID), reserve: (10..<storyCount).map(storyID),
                        keyphrases: ["topic"])
    }()

    public static let metadata = Draft.Metadata(
        title: window.slug, date: "2026-01-24 14:32:23 +0800", postTime: "2026-01-24 14:32:23 +0800")

    public static var draft: Draft { Draft(analysis: analysis, window: window, metadata: metadata) }

    public static var header: SessionHeader {
        SessionHeader(
            inputs: [.init(path: "day.json", sha256: String(repeating: "ab", count: 32), size: 1234)],
            fingerprint: "test", startedAt: metadata.date, proposal: draft)
    }

    /// One command of every kind that changes the draft, each valid on the starting draft.
    public static let changingCommands: [String] = [
        "accept 1-3,5", "reject 4", "accept R2", "reject R3", "reclassify 2 open_source", "reclassify 3 数字货币", "move 7 1", "swap 2 9",
        "promote 3", "demote 8", "reclassify R4 models", "add 1121", "add 91", "merge 1 2", "split 5", "split 6 1052", "edit 1 新的标题 with spaces",
        "rewrite overview 今天的概述", "title 我的报告", "date 2026-01-24 09:00:00", "cloud exclude news", "cloud include 智能体",
    ]

    /// A command line, valid or not, of any kind, for random sessions.
    public static func randomLine(_ rng: inout SeededRandom, points: Int, reserve: Int) -> String {
        let n = Int.random(in: 1...max(points, 1), using: &rng)
        let m = Int.random(in: 1...max(points, 1), using: &rng)
        let r = Int.random(in: 1...max(reserve, 1), using: &rng)
        let category = Category.allCases.randomElement(using: &rng)!
        let section = Section.allCases.randomElement(using: &rng)!
        let word = ["news", "智能体", "GLM-4.7", "topic story"].randomElement(using: &rng)!
        let choices = [
            "accept \(n)", "reject \(n)-\(max(n, m))", "reclassify \(n) \(category.rawValue)", "move \(n) \(m)",
            "swap \(n) \(m)", "promote \(r)", "demote \(n)", "reclassify R\(r) \(category.rawValue)",
            "accept https://x.com/a/status/\(tweetID(story: Int.random(in: 0..<storyCount, using: &rng), index: 2))", "add \(looseTweetIDs.randomElement(using: &rng)!)",
            "add \(tweetID(story: Int.random(in: 0..<storyCount, using: &rng), index: 1))", "merge \(n) \(m)",
            "split \(n)", "edit \(n) 标题 \(Int.random(in: 0...99, using: &rng))", "rewrite \(section.rawValue) 文字 \(n)",
            "title T\(n)", "date 2026-01-24 1\(n % 10):00:00", "cloud exclude \(word)", "cloud include \(word)",
            "undo", "undo", "redo",
        ]
        return choices.randomElement(using: &rng)!
    }
}

