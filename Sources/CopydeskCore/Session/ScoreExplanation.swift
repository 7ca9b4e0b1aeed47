import Foundation

/// The text of `why N`: the parts a point's score is made of, and how it was classified.
public enum ScoreExplanation {
    /// Explains point `n` (1-based) of `draft`.
    public static func text(_ draft: Draft, point n: Int) throws(CommandError) -> String {
        guard (1...max(draft.points.count, 1)).contains(n), n <= draft.points.count else {
            throw .pointOutOfRange(n, count: draft.points.count)
        }
        let point = draft.points[n - 1]
        guard let story = draft.story(point.story) else {
            return "\(n). \(point.headline)\n   (story \(point.story) is missing from the draft)"
        }
        var lines = ["\(n). \(point.headline)", "   score \(number(story.score))"]
        let parts = story.scoreParts.sorted { abs($0.value) > abs($1.value) }
        let width = parts.map(\.name.count).max() ?? 0
        for part in parts {
            let name = part.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let sign = part.value < 0 ? "−" : "+"
            lines.append("     \(sign) \(name)  \(number(abs(part.value)))" + (part.detail.isEmpty ? "" : "  \(part.detail)"))
        }
        if parts.isEmpty { lines.append("     (the engine recorded no parts for this score)") }
        let unexplained = story.score - parts.reduce(0) { $0 + $1.value }
        if !parts.isEmpty, abs(unexplained) >= 0.005 {
            lines.append("     (other: \(number(unexplained)))")
        }
        lines.append("   category \(story.category.rawValue) \(story.category.chineseName)"
            + " (confidence \(String(format: "%.2f", story.confidence)))")
        lines.append("   \(story.tweetIDs.count) tweet\(story.tweetIDs.count == 1 ? "" : "s") by "
            + (story.authors.isEmpty ? "unknown authors" : story.authors.prefix(5).map { "@\($0)" }.joined(separator: ", ")))
        if !story.keyphrases.isEmpty { lines.append("   keyphrases: " + story.keyphrases.prefix(8).joined(separator: ", ")) }
        if let noise = story.noise { lines.append("   looks like noise: \(noise)") }
        return lines.joined(separator: "\n")
    }

    static func number(_ value: Double) -> String { String(format: "%.2f", value) }
}
