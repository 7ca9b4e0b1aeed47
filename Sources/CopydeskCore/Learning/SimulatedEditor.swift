import Foundation

/// An editor who knows a labelled day's answer, working on the engine's proposal through the desk's
/// own commands: accepts the proposed points that tell a core point (once each), rejects the others,
/// adds each core point the ten missed (`add TWEET`, from the reserve or beyond), and reclassifies
/// every kept story the labels put in another category. Its session teaches as a real one does.
public enum SimulatedEditor {
    /// The commands typed and the final draft.
    public static func session(_ analysis: Analysis, tweets: [Tweet], labels: DayLabels) -> (lines: [String], draft: Draft) {
        let window = labels.window
        var desk = Desk(draft: Draft(analysis: analysis, window: window, metadata: .init(startingAt: window.lowerBound, window: window)), tweets: tweets)
        var lines: [String] = []
        func run(_ line: String) {
            guard case .change(let events, _)? = try? desk.decide(line: line), (try? desk.apply(events)) != nil else { return }
            lines.append(line)
        }
        let gold = labels.goldStories()
        var corePointOf: [String: Int] = [:]
        for point in labels.corePoints { for story in point.stories where corePointOf[story] == nil { corePointOf[story] = point.n } }
        var covered = Set<Int>()
        /// Reclassifies the story led by `lead` when the labels want another category for it.
        func reclassify(_ lead: String, as labelled: Int) {
            guard let story = desk.draft.stories.first(where: { $0.tweetIDs.first == lead }) else { return }
            if !labels.stories[labelled].accepts(story.category) { run("reclassify \(lead) \(labels.stories[labelled].category.rawValue)") }
        }
        for point in desk.draft.points {
            guard let story = desk.draft.story(point.story) else { continue }
            let (dominant, isNoise) = DayScore.dominant(story.tweetIDs, gold: gold)
            if !isNoise, let dominant, let n = corePointOf[labels.stories[dominant].id], covered.insert(n).inserted {
                run("accept \(story.leadTweetID)")
                reclassify(story.leadTweetID, as: dominant)
            } else {
                run("reject \(story.leadTweetID)")
            }
        }
        // The core points the ten missed: the story holding most of each one's first labelled story.
        for point in labels.corePoints where !covered.contains(point.n) {
            guard let labelled = labels.stories.firstIndex(where: { point.stories.contains($0.id) }) else { continue }
            let ids = Set(labels.stories[labelled].tweets)
            let holder = desk.draft.stories.filter { $0.noise == nil }.max { a, b in
                let x = a.tweetIDs.filter(ids.contains).count, y = b.tweetIDs.filter(ids.contains).count
                return x != y ? x < y : a.id > b.id
            }
            guard let holder, holder.tweetIDs.contains(where: ids.contains), !desk.draft.points.contains(where: { $0.story == holder.id }) else { continue }
            run("add \(holder.leadTweetID)")
            reclassify(holder.leadTweetID, as: labelled)
            covered.insert(point.n)
        }
        return (lines, desk.draft)
    }
}
