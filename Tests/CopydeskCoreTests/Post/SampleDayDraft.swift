import CopydeskCore
import Foundation
import TestSupport

/// The sample day (seeds/sample-day) as a draft built from its hand labels: the stories the
/// engine should find, with their categories, and the reference post's ten points in order.
///
/// Stands in for the engine's analysis so the post tests run on real tweets; the headline of each
/// story is its label title, the lead tweet its most-liked original.
enum SampleDayDraft {
    struct Loaded {
        var draft: Draft
        var tweets: [String: Tweet]
    }

    static func load() throws -> Loaded {
        let folder = Fixtures.seeds.appendingPathComponent("sample-day")
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("2026-01-24.x-api.json")))
        let parsed = try TweetParser.parse(bytes, file: "2026-01-24.x-api.json")
        let tweets = Dictionary(parsed.tweets.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        let labels = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("2026-01-24.labels.json"))) as! [String: Any]
        let storyLabels = labels["stories"] as! [String: [String: Any]]
        let tweetLabels = labels["tweets"] as! [String: [String: Any]]
        var members: [String: [String]] = [:]
        var noise: [String: [String]] = [:]
        for (id, label) in tweetLabels.sorted(by: { $0.key < $1.key }) where label["inWindow"] as? Bool == true {
            if let story = label["story"] as? String { members[story, default: []].append(id) }
            else if let kind = label["noise"] as? String { noise[kind, default: []].append(id) }
        }

        func leadFirst(_ ids: [String]) -> [String] {
            ids.sorted { a, b in
                let (ta, tb) = (tweets[a], tweets[b])
                let ka = (ta?.kind == .retweet ? 0 : 1, ta?.metrics.likes ?? -1)
                let kb = (tb?.kind == .retweet ? 0 : 1, tb?.metrics.likes ?? -1)
                return ka != kb ? ka > kb : a < b
            }
        }

        var stories: [Story] = []
        var pointOf: [StoryID: Int] = [:]
        for (slug, label) in storyLabels.sorted(by: { $0.key < $1.key }) {
            let ids = leadFirst(members[slug] ?? [])
            let id = StoryID(slug)
            stories.append(Story(
                id: id, tweetIDs: ids, headline: label["title"] as! String,
                category: Category(rawValue: label["category"] as! String)!, confidence: 1, score: Double(ids.count),
                authors: ids.compactMap { tweets[$0]?.author.handle }))
            if let point = label["point"] as? Int { pointOf[id] = point }
        }
        for (kind, ids) in noise.sorted(by: { $0.key < $1.key }) {
            stories.append(Story(
                id: StoryID("noise-\(kind)"), tweetIDs: leadFirst(ids), headline: "noise: \(kind)", category: .products,
                score: Double(ids.count), noise: kind))
        }
        // Best first: bigger stories first, then by id.
        stories.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        // The reference's ten points in order; the biggest story illustrating each.
        var points: [StoryID] = []
        for n in 1...10 {
            if let best = stories.first(where: { pointOf[$0.id] == n }) { points.append(best.id) }
        }
        let window = ReportWindow(day: LocalDate("2026-01-24")!)
        let analysis = Analysis(stories: stories, points: points, reserve: [], keyphrases: [])
        let metadata = Draft.Metadata(title: window.slug, date: "2026-01-24 14:32:23 +0800", postTime: "2026-01-24 14:32:23 +0800")
        return Loaded(draft: Draft(analysis: analysis, window: window, metadata: metadata), tweets: tweets)
    }
}

extension SampleDayDraft {
    /// The sample day as the story engine proposes it: the automatic draft `copydesk draft` writes.
    static func fromEngine() throws -> Loaded {
        let labelled = try load()
        let window = labelled.draft.window
        let inWindow = labelled.tweets.values.filter { window.contains($0.createdAt) }
        let analysis = StoryEngine().analyze(Array(inWindow), window: window)
        return Loaded(draft: Draft(analysis: analysis, window: window, metadata: labelled.draft.metadata), tweets: labelled.tweets)
    }
}
