import Foundation

/// The text of `why N` and `why R7`: the parts a story's score is made of, how it was classified,
/// and for a reserve story why it is not among the points.
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
        var lines = details(story, title: "\(n). \(point.headline)")
        // Stories the editor merged in: their tweets are counted above; the score is still the engine's.
        let merged = draft.mergedInto.filter { $0.value == story.id }.count
        if merged > 0 {
            lines.insert("   \(merged) stor\(merged == 1 ? "y" : "ies") merged in this session: the tweets below include "
                + "theirs; the score is the engine's, from before the merge", at: 1)
        }
        return lines.joined(separator: "\n")
    }

    /// Explains reserve story R`r` of `draft`: its score, and what kept it out of the points under
    /// the engine's rules (`settings`: the ones every draft is proposed with unless told otherwise).
    public static func text(_ draft: Draft, reserve r: Int, settings: EngineSettings = EngineSettings()) throws(CommandError) -> String {
        let id = try draft.reserveItem(r)
        guard let story = draft.story(id) else { return "R\(r). (story \(id) is missing from the draft)" }
        var lines = details(story, title: "R\(r). \(SafeText.oneLine(story.headline))")
        lines.append("   not a point: " + reason(story, draft: draft, settings: settings))
        return lines.joined(separator: "\n")
    }

    /// Why the engine's rules leave `story` out of the points as they stand.
    static func reason(_ story: Story, draft: Draft, settings: EngineSettings) -> String {
        let category = story.category
        if let covered = story.covered, covered.isRetelling {
            return "it retells point \(covered.point) of the post of \(covered.date) and brings nothing new"
        }
        if settings.pointsExclude.contains(category) {
            return "\(category.rawValue) \(category.chineseName) has a section of its own; the engine proposes such a "
                + "story as a point only when it leads the day"
        }
        let same = draft.points.filter { draft.decisions[$0.story] != .rejected && draft.story($0.story)?.category == category }
        if same.count >= settings.pointsPerCategoryMax {
            return "the engine proposes at most \(settings.pointsPerCategoryMax) points a category, and the points hold "
                + "\(same.count) in \(category.rawValue): " + same.map { "«\(short($0.headline))»" }.joined(separator: ", ")
        }
        let scored = draft.points.compactMap { point in draft.story(point.story).map { (point.headline, $0.score) } }
        guard let lowest = scored.min(by: { $0.1 < $1.1 }) else { return "there are no points to compare it with" }
        if story.score < lowest.1 {
            return "it scores below every point (the lowest, «\(short(lowest.0))», has \(number(lowest.1)))"
        }
        return "it scores above «\(short(lowest.0))» (\(number(lowest.1))), but the engine lowers a story that retells "
            + "a chosen point's theme (by up to \(number(settings.pointsThemePenalty))), and this one fell below it"
    }

    /// A headline cut to 40 characters.
    static func short(_ text: String) -> String {
        let line = SafeText.oneLine(text)
        return line.count <= 40 ? line : String(line.prefix(40)) + "…"
    }

    /// The score's parts, the category, the tweets and keyphrases, under `title`.
    static func details(_ story: Story, title: String) -> [String] {
        var lines = [title, "   score \(number(story.score))"]
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
        if let covered = story.covered {
            lines.append("   \(covered.label): it \(covered.because); " + (covered.isRetelling
                ? "it brings no new number, name or link, so the engine kept it out of the ten (promote it to bring it back)"
                : "it stays a candidate: it brings " + covered.new.prefix(6).joined(separator: ", ")))
        }
        return lines
    }

    static func number(_ value: Double) -> String { String(format: "%.2f", value) }
}
