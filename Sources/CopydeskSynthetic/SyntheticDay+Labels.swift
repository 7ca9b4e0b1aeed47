import CopydeskCore
import Foundation

extension SyntheticDay {
    /// The labels as JSON: the stories (label, category, size) and `labels` (tweet id → story
    /// label or `noise`), in tweet order, one entry a line.
    public func labelsJSON() -> Data {
        var json = JSONBytes(capacity: tweets.count * 48)
        json.raw("{")
        json.field("date", date.description, first: true)
        json.raw(",\"seed\":")
        json.raw(String(seed))
        json.field("noiseLabel", Self.noiseLabel)
        json.raw(",\"stories\":[\n")
        for (n, story) in stories.enumerated() {
            if n > 0 { json.raw(",\n") }
            json.raw("{")
            json.field("label", story.label, first: true)
            json.field("category", story.category.rawValue)
            json.field("size", story.size)
            json.raw("}")
        }
        json.raw("\n],\"labels\":{\n")
        for (n, tweet) in tweets.enumerated() {
            if n > 0 { json.raw(",\n") }
            json.string(tweet.id)
            json.raw(":")
            json.string(labels[tweet.id] ?? Self.noiseLabel)
        }
        json.raw("\n}}\n")
        return Data(json.bytes)
    }
}
