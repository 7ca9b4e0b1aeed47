import CopydeskCore
import Foundation
import TestSupport

/// The bundled sample day (seeds/sample-day) and its hand labels, for quality tests.
struct SampleDay {
    struct Label: Decodable {
        var story: String?
        var noise: String?
        var about: String?
        var inWindow: Bool
    }
    struct StoryLabel: Decodable {
        var title: String
        var category: String
        var point: Int?
    }
    struct Labels: Decodable {
        var stories: [String: StoryLabel]
        var tweets: [String: Label]
    }

    static let window = ReportWindow(day: LocalDate("2026-01-24")!)
    let tweets: [Tweet]
    let labels: Labels

    static func load() throws -> SampleDay {
        let folder = Fixtures.seeds.appendingPathComponent("sample-day")
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("2026-01-24.x-api.json")))
        let parsed = try TweetParser.parse(bytes, file: "2026-01-24.x-api.json")
        let labels = try JSONDecoder().decode(Labels.self, from: Data(contentsOf: folder.appendingPathComponent("2026-01-24.labels.json")))
        return SampleDay(tweets: parsed.tweets.filter { window.contains($0.createdAt) }, labels: labels)
    }

    /// The story a tweet belongs to by the labels: its story, or for chatter replies the story replied to.
    func goldStory(_ id: String) -> String? {
        guard let label = labels.tweets[id] else { return nil }
        return label.story ?? (label.noise == "reply-chatter" ? label.about : nil)
    }

    /// B-cubed precision and recall of `stories` against the labelled stories (noise other than chatter replies left out).
    func bCubed(_ stories: [Story]) -> (precision: Double, recall: Double) {
        var predicted: [String: Int] = [:]
        for (k, story) in stories.enumerated() { for id in story.tweetIDs { predicted[id] = k } }
        let items = tweets.map(\.id).filter { goldStory($0) != nil && predicted[$0] != nil }
        var predictedSize: [Int: Int] = [:], goldSize: [String: Int] = [:], both: [String: Int] = [:]
        for id in items {
            predictedSize[predicted[id]!, default: 0] += 1
            goldSize[goldStory(id)!, default: 0] += 1
            both["\(predicted[id]!)|\(goldStory(id)!)", default: 0] += 1
        }
        var precision = 0.0, recall = 0.0
        for id in items {
            let shared = Double(both["\(predicted[id]!)|\(goldStory(id)!)"]!)
            precision += shared / Double(predictedSize[predicted[id]!]!)
            recall += shared / Double(goldSize[goldStory(id)!]!)
        }
        return (precision / Double(items.count), recall / Double(items.count))
    }

    /// The labelled story most of a story's tweets belong to.
    func majorityStory(_ story: Story) -> String? {
        var counts: [String: Int] = [:]
        for id in story.tweetIDs { if let gold = labels.tweets[id]?.story { counts[gold, default: 0] += 1 } }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}
