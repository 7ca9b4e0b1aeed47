/// The name pass: a small story joins the one story that the names it mentions belong to.
///
/// Independent retellings of one piece of news share few words, but they name it: "Gave the new
/// Kestrel model my nastiest bug", "Talon 3 looks great, but…", "$CRVN implied move was ±11%".
/// A name here is a capitalised word inside a sentence (not a common brand), a distinctive name or
/// a cashtag; the day must write it capitalised in at least `consistency` of the tweets that use
/// the word, so a capital at the start of a title or a sentence makes no name.
///
/// A name belongs to a story (its home) when that story has at least `homeSize` tweets with text,
/// mentions the name in at least two of them, and in at least `dominance` times as many as any
/// other such story: `Kestrel` on a day with a Kestrel launch and a Kestrel lawsuit belongs to
/// neither unless one of them says it far more often. A story of at most `satelliteSize` tweets
/// joins the home its names point to, weighing each name by its home's share of its mentions;
/// names pointing to two homes equally decide nothing. A name's home is read before any join, so
/// no chain forms, and noise never joins.
///
/// - Complexity: O(n · names) for n tweets.
import Foundation
struct NameJoiner {
    var homeSize = 3
    var satelliteSize = 3
    var consistency = 0.5
    var minimumScore = 0.8
    var margin = 1.5
    var specificity = 0.7
    var storyShare = 0.4

    func merge(_ groups: [[Int]], profiles: [TweetProfile?], skip: [NoiseKind?], sets: inout UnionFind) {
        // How many tweets write each word capitalised inside a sentence, and at a sentence's start;
        // then how many use it at all (any case).
        var inside: [UInt64: Int] = [:], opening: [UInt64: Int] = [:]
        for i in profiles.indices where skip[i] == nil {
            guard let profile = profiles[i] else { continue }
            for name in profile.names { inside[name, default: 0] += 1 }
            for name in profile.openingNames { opening[name, default: 0] += 1 }
        }
        guard !inside.isEmpty else { return }
        var uses: [UInt64: Int] = [:]
        for i in profiles.indices where skip[i] == nil {
            guard let features = profiles[i]?.features else { continue }
            for feature in features where inside[feature] != nil { uses[feature, default: 0] += 1 }
        }
        let isName: (UInt64) -> Bool = { name in
            guard let count = inside[name] else { return false }
            let capitals = count + (opening[name] ?? 0)
            return capitals >= 2 && Double(capitals) >= consistency * Double(max(capitals, uses[name] ?? 0))
        }

        // Per story: its tweets with text, and how many of them mention each name.
        var textSize = [Int](repeating: 0, count: groups.count)
        var percentages = [[UInt64]](repeating: [], count: groups.count)
        var mentions = [[UInt64: Int]](repeating: [:], count: groups.count)
        for (g, members) in groups.enumerated() {
            for i in members where skip[i] == nil {
                guard let profile = profiles[i] else { continue }
                textSize[g] += 1
                percentages[g].append(contentsOf: profile.percentages)
                for name in TweetProfiler.unique((profile.names + profile.openingNames).sorted()) where isName(name) {
                    mentions[g][name, default: 0] += 1
                }
            }
        }

        for g in groups.indices { percentages[g] = TweetProfiler.unique(percentages[g].sorted()) }
        // Each satellite's candidates: the bigger stories mentioning its names, each scored by the
        // names' rarity (idf) times how much of the story mentions them.
        var storiesByName: [UInt64: [Int]] = [:]
        for g in groups.indices where textSize[g] >= homeSize {
            for name in mentions[g].keys { storiesByName[name, default: []].append(g) }
        }
        let documents = Double(max(1, textSize.reduce(0, +)))
        var satellitesByName: [UInt64: [Int]] = [:]
        for g in groups.indices where textSize[g] >= 1 && textSize[g] <= satelliteSize {
            var scores: [Int: Double] = [:]
            for (name, _) in mentions[g] {
                let idf = log(documents / Double(max(1, uses[name] ?? 1)))
                guard let candidates = storiesByName[name] else {
                    satellitesByName[name, default: []].append(g)
                    continue
                }
                // A name several stories share (the company behind a launch and a lawsuit) decides nothing.
                let inStories = candidates.map { mentions[$0][name]! }
                guard Double(inStories.max()!) >= specificity * Double(inStories.reduce(0, +)) else { continue }
                for h in candidates where h != g && textSize[h] > textSize[g] && TopicMerger.percentagesAgree(percentages[g], percentages[h]) {
                    // The story must be about the name: most stories name it in many of their tweets.
                    let share = Double(mentions[h][name]!) / Double(textSize[h])
                    guard share >= storyShare else { continue }
                    scores[h, default: 0] += idf * share
                }
            }
            let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            guard let first = ranked.first, first.value >= minimumScore else { continue }
            if ranked.count > 1 && first.value < margin * ranked[1].value { continue }
            sets.unionIfCompatible(groups[g][0], groups[first.key][0])
        }
    }
}
