extension CloudWords {
    /// The tweets a post's cloud counts: those of the draft's window that belong to a story the
    /// engine did not flag as noise (job posts, giveaways…). Without stories, every tweet in the window.
    public static func keptTweets(for draft: Draft, from tweets: [Tweet]) -> [Tweet] {
        let inWindow = tweets.filter { draft.window.contains($0.createdAt) }
        guard !draft.stories.isEmpty else { return inWindow }
        let kept = Set(draft.stories.filter { $0.noise == nil }.flatMap(\.tweetIDs))
        return inWindow.filter { kept.contains($0.id) }
    }

    /// The post's cloud words: the kept tweets counted, the editor's adjustments applied.
    public func counts(for draft: Draft, tweets: [Tweet], limit: Int? = nil) -> [WordCount] {
        counts(in: Self.keptTweets(for: draft, from: tweets), adjustments: draft.cloud, limit: limit)
    }

    /// `exclusionKeys` for the post's cloud (its kept tweets).
    public func exclusionKeys(for draft: Draft, tweets: [Tweet]) -> [String: String] {
        exclusionKeys(in: Self.keptTweets(for: draft, from: tweets))
    }

    /// The entries of `counts` the editor forced in, as spelled in `counts`.
    public static func includedWords(in counts: [WordCount], adjustments: Draft.CloudAdjustments) -> Set<String> {
        let included = Set(adjustments.included.map(fold))
        return Set(counts.map(\.word).filter { included.contains(fold($0)) })
    }

    /// The `cloud` listing: the top words with their counts, one a line, marking forced words.
    public static func listing(_ counts: [WordCount], adjustments: Draft.CloudAdjustments, top: Int = 40) -> String {
        let included = Set(adjustments.included.map(fold))
        var lines = counts.prefix(top).enumerated().map { index, entry in
            let mark = included.contains(fold(entry.word)) ? "  (included)" : ""
            return String(repeating: " ", count: max(0, 3 - String(index + 1).count)) + "\(index + 1). \(entry.word)  \(entry.count)\(mark)"
        }
        if counts.count > top { lines.append("   … \(counts.count - top) more") }
        if !adjustments.excluded.isEmpty { lines.append("   excluded: " + adjustments.excluded.joined(separator: ", ")) }
        return lines.isEmpty ? "no words for the cloud" : lines.joined(separator: "\n")
    }
}
