import Foundation

extension StoryEngine {
    /// A labelled day's stories as the ranking trainer reads them: the engine's own stories (grouped
    /// and classified as it would propose them), each chosen when it holds most of the tweets of a
    /// labelled story an editor made (part of) a core point, passed over when it tells no core
    /// point. A fragment of a core point's story (another engine story telling it) is neither.
    /// Noise is left out: it is never a candidate.
    public func rankingExamples(_ tweets: [Tweet], labels: DayLabels, day: String) -> [RankingTrainer.Example] {
        let (analysis, features) = Parallel.onOwnThread { analyzeHere(tweets, window: labels.window) }
        return Self.rankingExamples(analysis, features: features, labels: labels, day: day)
    }

    /// The examples of an analysis whose stories' features are `features` (same order).
    static func rankingExamples(_ analysis: Analysis, features: [[Double]], labels: DayLabels, day: String) -> [RankingTrainer.Example] {
        let gold = labels.goldStories()
        let core = Set(labels.corePoints.flatMap(\.stories))
        var holder: [String: (story: Int, count: Int)] = [:]  // labelled story id → the engine story holding most of it
        var tellsCore = [Bool](repeating: false, count: analysis.stories.count)
        for (k, story) in analysis.stories.enumerated() {
            var counts: [Int: Int] = [:]
            for id in story.tweetIDs { if case let .some(.some(g)) = gold[id] { counts[g, default: 0] += 1 } }
            if let dominant = DayScore.dominant(story.tweetIDs, gold: gold).story, core.contains(labels.stories[dominant].id) { tellsCore[k] = true }
            for (g, count) in counts {
                let label = labels.stories[g].id
                if let held = holder[label], held.count > count || (held.count == count && held.story < k) { continue }
                holder[label] = (k, count)
            }
        }
        let chosen = Set(holder.filter { core.contains($0.key) }.map(\.value.story))
        var examples: [RankingTrainer.Example] = []
        for (k, story) in analysis.stories.enumerated() where story.noise == nil {
            let isChosen = chosen.contains(k)
            if !isChosen && tellsCore[k] { continue }
            let learned = story.scoreParts.filter { $0.name == "learned" }.reduce(0) { $0 + $1.value }
            examples.append(.init(day: day, features: features[k], hand: story.score - learned, chosen: isChosen))
        }
        return examples
    }
}
