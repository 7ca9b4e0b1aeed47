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
/// names pointing to two homes equally decide nothing. A home's Chinese tellings that do not write
/// a name (摇光-4 for Yaoguang-4) neither count for it nor against it, unless the day glosses the
/// Chinese name in brackets (`摇光智能（Yaoguang AI）`, `DayAliases`): then a Chinese tweet writing 摇光
/// names Yaoguang. A name's home is read before
/// any join, so no chain forms. Noise never joins, except chatter: a tweet with no link, no version
/// and no term of the lexicon ("Corvo Robotics posts an unedited 8-hour video of its Wren humanoid…")
/// is a reaction, and one that names the news belongs to it. Releases and tickers that the day names once
/// (`day-0`, `Q3_K_XL` in "SGLang day-0 support for the Yaoguang MoE") do not keep a satellite from
/// its home; one the day names again does. Percentages do not keep a satellite from its name's
/// home: a ticker's tellings report its move at different hours ("$KSTL down 11% pre", "-9%
/// premarket", "+3% at the open"). The topic pass, which reads words alone, still asks them to agree.
///
/// - Complexity: O(n · names) for n tweets.
import Foundation
struct NameJoiner {
    var homeSize = 3
    /// Four: an analyst's few follow-ups on the news ("$HLBD -5.8% on the FTC suit to block the
    /// Ferrite deal", "If the deal breaks, Halberd owes Ferrite…") name it as a retelling does. At
    /// six, a story of its own that names a bigger one joined it (2026-02-03's P 0.967 → 0.938).
    var satelliteSize = 4
    var consistency = 0.5
    var minimumScore = 0.8
    var margin = 1.5
    var specificity = 0.7
    var storyShare = 0.4

    /// Joins satellites to the home of their names. `skip[i]` leaves tweet `i` out unless it is
    /// chatter. `uses` counts the tweets (noise skipped) whose features hold a word in any case (the
    /// topic pass's counts, when it ran); `keyUses` the tweets (noise skipped) naming each of the
    /// sets' keys.
    func merge(_ groups: [[Int]], profiles: [TweetProfile?], skip: [NoiseKind?], uses: FeatureCounts? = nil, keyUses: UInt64Table,
               aliases: [UInt64: UInt64] = [:], sets: inout UnionFind) {
        // The tweets the pass reads: news, and the reactions among noise.
        func reads(_ i: Int) -> Bool { skip[i] == nil || skip[i] == .chatter }
        // How many tweets write each word capitalised inside a sentence, and at a sentence's start
        // (each tweet's names are distinct; counted on every core, as the topic pass counts words).
        let inside = FeatureCounts(Parallel.map(profiles.count, grain: 4096) { reads($0) ? profiles[$0]?.names : nil })
        let opening = FeatureCounts(Parallel.map(profiles.count, grain: 4096) { reads($0) ? profiles[$0]?.openingNames : nil })
        guard inside.maximum > 0 else { return }
        let uses = uses ?? FeatureCounts(profiles.indices.map { skip[$0] == nil ? profiles[$0]?.features : nil })
        // A name: written capitalised inside a sentence somewhere, and in most of the word's uses.
        func isName(_ name: UInt64) -> Bool {
            guard let count = inside[name] else { return false }
            let capitals = Int(count) + Int(opening[name] ?? 0)
            return capitals >= 2 && Double(capitals) >= consistency * Double(max(capitals, Int(uses[name] ?? 0)))
        }

        // Per story: its tweets with text (and how many are Chinese), and each name with how many
        // of its tweets mention it, and how many of those are Chinese (sorted by name: sums below
        // run in one order on every run). Stories are read on every core (each writes only its own
        // summary; the tables are only read).
        let summaries = Parallel.map(groups.count, grain: 512, state: { Scratch() }) { scratch, g -> Summary in
            var summary = Summary()
            scratch.all.removeAll(keepingCapacity: true)
            scratch.chinese.removeAll(keepingCapacity: true)
            for i in groups[g] where reads(i) {
                guard let names = profiles[i]?.names, let openingNames = profiles[i]?.openingNames else { continue }
                summary.textSize += 1
                let chinese = profiles[i]?.anchors != nil
                if chinese { summary.chineseSize += 1 }
                // Each name once per tweet.
                var mine = names + openingNames
                // A Chinese tweet names what the day glosses its Chinese name as (摇光 for Yaoguang).
                if chinese, let features = profiles[i]?.features {
                    for (bigram, name) in aliases where Self.holds(features, bigram) { mine.append(name) }
                }
                TweetProfiler.sortUnique(&mine)
                scratch.all.append(contentsOf: mine)
                if chinese { scratch.chinese.append(contentsOf: mine) }
            }
            guard !scratch.all.isEmpty else { return summary }
            scratch.all.sort()
            scratch.chinese.sort()
            var k = 0, c = 0
            while k < scratch.all.count {
                var end = k + 1
                while end < scratch.all.count && scratch.all[end] == scratch.all[k] { end += 1 }
                while c < scratch.chinese.count && scratch.chinese[c] < scratch.all[k] { c += 1 }
                var chineseEnd = c
                while chineseEnd < scratch.chinese.count && scratch.chinese[chineseEnd] == scratch.all[k] { chineseEnd += 1 }
                if isName(scratch.all[k]) { summary.mentions.append((scratch.all[k], end - k, chineseEnd - c)) }
                k = end
                c = chineseEnd
            }
            return summary
        }
        let textSize = summaries.map(\.textSize)
        let chineseSize = summaries.map(\.chineseSize)
        let mentions = summaries.map(\.mentions)

        // The stories that can be a home, by name.
        var storiesByName: [UInt64: [Int]] = [:]
        for g in groups.indices where textSize[g] >= homeSize {
            for mention in mentions[g] { storiesByName[mention.name, default: []].append(g) }
        }
        guard !storiesByName.isEmpty else { return }
        let documents = Double(max(1, textSize.reduce(0, +)))
        for g in groups.indices where textSize[g] >= 1 && textSize[g] <= satelliteSize && !mentions[g].isEmpty {
            // Each candidate home scored by the names' rarity (idf) times how much of it names them.
            var scores: [(story: Int, score: Double)] = []
            for mention in mentions[g] {
                guard let candidates = storiesByName[mention.name] else { continue }
                // A name several stories share (the company behind a launch and a lawsuit) decides nothing.
                let inStories = candidates.map { h in mentions[h].first { $0.name == mention.name }! }
                guard Double(inStories.map(\.count).max()!) >= specificity * Double(inStories.reduce(0) { $0 + $1.count }) else { continue }
                let idf = log(documents / Double(max(1, Int(uses[mention.name] ?? 1))))
                for (h, found) in zip(candidates, inStories) where h != g && textSize[h] > textSize[g] {
                    // The story must be about the name: it names it in much of what it says. Its
                    // Chinese tellings that do not write the name may write it in Chinese (摇光-4
                    // for Yaoguang-4): they neither count for it nor against it.
                    let share = Double(found.count) / Double(textSize[h] - chineseSize[h] + found.chinese)
                    guard found.count >= 2, share >= storyShare else { continue }
                    if let k = scores.firstIndex(where: { $0.story == h }) { scores[k].score += idf * share } else { scores.append((h, idf * share)) }
                }
            }
            let ranked = scores.sorted { $0.score != $1.score ? $0.score > $1.score : $0.story < $1.story }
            guard let first = ranked.first, first.score >= minimumScore else { continue }
            if ranked.count > 1 && first.score < margin * ranked[1].score { continue }
            sets.unionIfCompatible(groups[g][0], groups[first.story][0], ignoring: { (keyUses[$0] ?? 0) < 2 })
        }
    }

    /// Whether the sorted `features` hold `value`.
    private static func holds(_ features: [UInt64], _ value: UInt64) -> Bool {
        var low = 0, high = features.count
        while low < high {
            let middle = (low + high) / 2
            if features[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < features.count && features[low] == value
    }

    /// One story as the pass reads it: its tweets with text, and its names with how many of its
    /// tweets mention each.
    private struct Summary {
        var textSize = 0
        /// Tweets with Chinese text.
        var chineseSize = 0
        /// Each name, the tweets mentioning it and the Chinese ones among them.
        var mentions: [(name: UInt64, count: Int, chinese: Int)] = []
    }

    /// Each core's buffers: the names of a story's tweets, and of its Chinese tweets.
    private struct Scratch {
        var all: [UInt64] = []
        var chinese: [UInt64] = []
    }
}
