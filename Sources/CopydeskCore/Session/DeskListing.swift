import Foundation

/// The text of `points`, `show` and `find`.
enum DeskListing {
    static func points(_ draft: Draft) -> String {
        var lines: [String] = []
        let width = String(draft.points.count).count
        for (i, point) in draft.points.enumerated() {
            let mark = switch draft.decisions[point.story] {
            case .accepted?: "✓"
            case .rejected?: "✗"
            case nil: "·"
            }
            let category = draft.story(point.story)?.category.rawValue ?? "?"
            lines.append("\(pad(String(i + 1), width)) \(mark) [\(category)] \(point.headline)" + coveredNote(draft.story(point.story)))
        }
        if draft.points.isEmpty { lines.append("(no points)") }
        if !draft.reserve.isEmpty {
            lines.append("reserve (promote R):")
            for id in draft.reserve {
                let story = draft.story(id)
                let mark = switch draft.decisions[id] {
                case .accepted?: " ✓"
                case .rejected?: " ✗"
                case nil: ""
                }
                lines.append("  R\(draft.reserveNumber(id) ?? 0)\(mark) [\(story?.category.rawValue ?? "?")] \(story?.headline ?? id.rawValue)" + coveredNote(story))
            }
        }
        let accepted = draft.points.filter { draft.decisions[$0.story] == .accepted }.count
        let rejected = draft.points.filter { draft.decisions[$0.story] == .rejected }.count
        lines.append("\(accepted) accepted, \(rejected) rejected, \(draft.points.count - accepted - rejected) pending")
        return lines.joined(separator: "\n")
    }

    /// `  (covered 2026-01-23 #3)` after a listed story an earlier post told, else nothing.
    static func coveredNote(_ story: Story?) -> String {
        story?.covered.map { "  (\($0.label)\($0.isRetelling ? "" : ", with news"))" } ?? ""
    }

    /// A story under `title` (`3. …`, `R7. …`): where it stands, its score and category, and every tweet.
    static func show(_ draft: Draft, story id: StoryID, title: String, tweets: [String: Tweet]) -> String {
        guard let story = draft.story(id) else { return "\(title) (story \(id) missing)" }
        let isPoint = draft.points.contains { $0.story == id }, inReserve = draft.reserve.contains(id)
        let place = isPoint ? "" : inReserve ? "reserve · " : "not proposed · "
        let decision = draft.decisions[id]?.rawValue ?? "pending"
        var lines = [
            title,
            "   \(place)\(decision) · \(story.category.rawValue) \(story.category.chineseName) · score "
                + String(format: "%.2f", story.score) + " · story \(story.id)" + (story.noise.map { " · noise: \($0)" } ?? "")
                + (story.covered.map { " · \($0.label)" } ?? ""),
        ]
        if !story.keyphrases.isEmpty { lines.append("   keyphrases: " + story.keyphrases.prefix(8).joined(separator: ", ")) }
        lines.append("   tweets (\(story.tweetIDs.count)):")
        for id in story.tweetIDs {
            guard let tweet = tweets[id] else {
                lines.append("   - \(id) (not among the loaded tweets)")
                continue
            }
            let m = tweet.metrics
            lines.append("   - @\(tweet.author.handle) \(localTime(tweet.createdAt, offset: draft.window.utcOffsetSeconds))"
                + " ♥\(m.likes) ↻\(m.retweets) 💬\(m.replies) \(tweet.link)")
            lines.append("     " + StoryHeadline.extract(from: tweet.text))
            // What a quote or a reply comments on, when it is not in the story to read (an original
            // outside the day, whose text the export carried).
            if let original = tweet.commentedText(unlessAtHand: story.tweetIDs.contains) {
                lines.append("     " + (tweet.kind == .quote ? "quoting" : "replying to") + ": " + StoryHeadline.extract(from: original))
            }
        }
        if !isPoint && !inReserve {
            lines.append("   `accept \(story.leadTweetID)` puts it in its section; `add \(story.leadTweetID)` makes it a point; "
                + "`merge N \(story.leadTweetID)` folds it into point N")
        }
        return lines.joined(separator: "\n")
    }

    /// The stories that mention `text` (case ignored, as a word: `Intel` is not in `Intelligence`) in
    /// their headline, keyphrases or tweets, best first, each with where it is and the command that
    /// brings it in: the editor's way to a story beyond the reserve (the reference's protein-design
    /// point ranks far below it).
    static func find(_ text: String, in draft: Draft, tweets: [String: Tweet], limit: Int = 15) -> String {
        func mentions(_ haystack: String) -> Bool { haystack.containsWord(text) }
        let found = draft.stories.filter { story in
            mentions(story.headline) || story.keyphrases.contains(where: mentions)
                || story.tweetIDs.contains { tweets[$0].map { mentions($0.text) } ?? false }
        }
        guard !found.isEmpty else { return "no story mentions '\(text)'" }
        var lines = ["\(found.count) \(found.count == 1 ? "story mentions" : "stories mention") '\(text)'"
            + (found.count > limit ? " (the best \(limit) shown)" : "") + ":"]
        for story in found.prefix(limit) {
            let place: String
            if let p = draft.points.firstIndex(where: { $0.story == story.id }) {
                place = "point \(p + 1)"
            } else if draft.reserve.contains(story.id), let r = draft.reserveNumber(story.id) {
                place = "promote R\(r)"
            } else {
                place = "add \(story.leadTweetID)"
            }
            let noise = story.noise.map { " (noise: \($0))" } ?? ""
            lines.append("  \(place) [\(story.category.rawValue)] \(SafeText.oneLine(story.headline))\(noise)"
                + " · score " + String(format: "%.2f", story.score) + " · \(story.tweetIDs.count) tweet" + (story.tweetIDs.count == 1 ? "" : "s"))
        }
        return lines.joined(separator: "\n")
    }

    /// `2026-01-24 14:32` in the window's offset.
    static func localTime(_ date: Date, offset: Int) -> String {
        let day = LocalDate(containing: date, utcOffsetSeconds: offset)
        let seconds = Int((date.timeIntervalSince1970 + Double(offset)).rounded(.down)) - day.daysSinceEpoch * 86400
        return "\(day) " + String(format: "%02d:%02d", seconds / 3600, seconds % 3600 / 60)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

extension Desk {
    /// `10 points (4 rejected).`: the points the post shows, and the rejected ones still listed
    /// (the shell's opening line).
    public static func banner(_ draft: Draft) -> String {
        let rejected = draft.points.filter { draft.decisions[$0.story] == .rejected }.count
        let live = draft.points.count - rejected
        return "\(live) point\(live == 1 ? "" : "s")" + (rejected > 0 ? " (\(rejected) rejected)." : ".")
    }
}
