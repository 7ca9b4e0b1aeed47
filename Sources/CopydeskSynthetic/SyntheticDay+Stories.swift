import CopydeskCore
import Foundation

/// Stories: heavy-tailed sizes, a lead tweet, rewordings, Chinese versions, retweets, quotes, replies.
extension SyntheticDay {
    /// Stories of Pareto-distributed sizes (at least 2, at most a sixth of the budget) until
    /// `tweetBudget` tweets are made; the first has `firstSize` tweets when given (a lopsided day).
    mutating func makeStories(tweetBudget: Int, firstSize: Int? = nil, random: inout SeededRandom) {
        var remaining = tweetBudget
        var index = 0
        let cap = max(2, tweetBudget / 6)
        while remaining > 0 {
            let drawn = min(cap, Int(2 * random.pareto(alpha: 1.15)))
            let size = min(remaining, index == 0 ? firstSize.map { max(2, $0) } ?? drawn : drawn)
            let topic = SyntheticTopic(index: index, random: &random)
            stories.append(SyntheticStory(label: topic.label, category: topic.category, size: size))
            makeStory(topic, size: size, random: &random)
            remaining -= size
            index += 1
        }
    }

    /// One story of `size` tweets, a few seconds to half an hour apart: 53% originals (the lead,
    /// rewordings of it, other wordings, Chinese versions), 25% retweets, 7% quotes, 15% replies
    /// (three in five of them chatter, labelled noise).
    mutating func makeStory(_ topic: SyntheticTopic, size: Int, random: inout SeededRandom) {
        let v = SyntheticVocabulary.self
        let span = Double(window.upperBound.timeIntervalSince(window.lowerBound))
        let start = Int(window.lowerBound.timeIntervalSince1970)
        let end = Int(window.upperBound.timeIntervalSince1970)
        var time = start + random.below(Int(span * 0.85))
        // Most of a story falls inside the day; a late one may spill past midnight, as real ones do.
        let gap = min(1800.0, Double(end - time) * 0.4 / Double(max(1, size)))
        let lead = topic.english[topic.lead].render(topic.values)
        var originals: [Int] = []
        for position in 0..<size {
            if position > 0 { time += 1 + Int(random.exponential(mean: gap)) }
            let draw = random.unit()
            if position == 0 || originals.isEmpty || draw < 0.53 {
                let author = position == 0 ? random.below(bigAccounts) : random.below(accounts.count)
                var text: String
                let style = random.unit()
                let english = style < 0.8
                if position == 0 {
                    text = lead
                } else if style < 0.45 {
                    text = Self.reword(lead, keeping: topic.keyWord, random: &random)
                } else if style < 0.8 {
                    text = Self.reword(random.pick(topic.english).render(topic.values), keeping: topic.keyWord, random: &random)
                } else {
                    text = random.pick(topic.chinese).render(topic.values)
                }
                if english, random.chance(0.02) {
                    // A long post (a note tweet in the X API).
                    text += "\n\n" + (0..<4).map { _ in random.pick(v.opinions).capitalizedFirst + "." }.joined(separator: " ")
                }
                let heat = position == 0 ? topic.heat * 6 : topic.heat
                let index = add(text: text, author: author, time: time, kind: .original, reference: nil,
                                heat: heat, label: topic.label, random: &random)
                originals.append(index)
            } else if draw < 0.78 {
                let target = originals[random.below(originals.count)]
                addRetweet(of: target, author: random.below(accounts.count), time: time, label: topic.label, random: &random)
            } else if draw < 0.85 {
                let target = originals[random.below(originals.count)]
                let comment = random.chance(0.5) ? random.pick(topic.quoteComments) : Self.reword(random.pick(topic.english).render(topic.values), keeping: topic.keyWord, random: &random)
                add(text: comment, author: random.below(accounts.count), time: time, kind: .quote,
                    reference: target, heat: topic.heat * 0.5, label: topic.label, random: &random)
            } else {
                let target = originals[random.below(originals.count)]
                let chatter = random.chance(0.6)
                let text = chatter ? random.pick(v.chatter) : random.pick(topic.replies)
                add(text: text, author: random.below(accounts.count), time: time, kind: .reply, reference: target,
                    heat: topic.heat * 0.1, label: chatter ? Self.noiseLabel : topic.label, random: &random)
            }
        }
    }

    /// A near-duplicate rewording: word swaps, a prefix, emoji, a hashtag, or a truncation that
    /// keeps the word `keeping` (a truncated copy still names what the story is about).
    static func reword(_ text: String, keeping: String, random: inout SeededRandom) -> String {
        let v = SyntheticVocabulary.self
        // Split on UTF-8 spaces: splitting a String by Character is several times slower.
        var words = text.utf8.split(separator: 0x20, omittingEmptySubsequences: false).map { String(Substring($0)) }
        for i in words.indices where random.chance(0.5) {
            if let options = v.synonyms[words[i]] { words[i] = random.pick(options) }
        }
        if random.chance(0.1), words.count > 6 {
            // Truncated copy: cut at 60–85% of the words, if that keeps the key word.
            let keep = max(4, words.count * random.within(60...85) / 100)
            if words.prefix(keep).contains(where: { $0.hasPrefix(keeping) }) {
                words = Array(words.prefix(keep))
                // Never leave a half link: drop a trailing one before the ellipsis.
                while words.count > 1, words[words.count - 1].hasPrefix("https://") { words.removeLast() }
                words[words.count - 1] += "…"
            }
        }
        var out = words.joined(separator: " ")
        if random.chance(0.2) { out = random.pick(v.prefixes) + out }
        if random.chance(0.3) { out += random.pick(v.suffixEmoji) }
        if random.chance(0.25) { out += " " + random.pick(v.hashtags) }
        return out
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
