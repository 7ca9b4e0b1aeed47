import CopydeskCore
import Foundation

/// The day's noise: personal chatter, job posts, conference logistics, shilling and giveaways.
extension SyntheticDay {
    /// `count` noise tweets spread over the day; about 3.5% of them fall just outside it.
    mutating func makeNoise(count: Int, random: inout SeededRandom) {
        let v = SyntheticVocabulary.self
        let start = Int(window.lowerBound.timeIntervalSince1970)
        let span = Int(window.upperBound.timeIntervalSince(window.lowerBound))
        for i in 0..<max(0, count) {
            var time = start + random.below(span)
            if random.chance(0.035) {
                // Just outside the day on either side, so the window filter has something to drop.
                time = random.chance(0.5) ? start - 1 - random.below(7200) : start + span + random.below(7200)
            }
            let text: String
            switch random.below(10) {
            case 0...2:
                text = random.pick(v.personal) + (random.chance(0.3) ? random.pick(v.suffixEmoji) : "")
            case 3...4:
                let org = random.pick(v.organisations)
                text = "We're hiring \(random.pick(v.jobRoles)) at \(org)! Remote-friendly, great team. Apply: https://jobs.example.com/\(SyntheticTopic.slug(org))/\(i) #hiring"
            case 5...6:
                text = "See you at booth \(random.within(1...80)) at \(random.pick(v.conferences))! Demos every hour, Q&A at \(random.within(1...5))pm 🎤"
            case 7...8:
                let coin = random.pick(v.coins)
                let other = v.coins[(v.coins.firstIndex(of: coin)! + 1 + random.below(v.coins.count - 1)) % v.coins.count]
                text = random.chance(0.2)
                    ? "$\(coin) 每次回调都是上车机会，100 倍宝藏币 🚀 私信进群"
                    : "$\(coin) is about to explode, 100x gem 🚀 $\(other) next. NFA, load your bags before Monday 💰"
            default:
                text = "🎁 GIVEAWAY: \(random.pick(["an RTX 5090", "3 Claude Pro subscriptions", "$500 USDT", "a Mac Mini M4"]))! Follow + RT + tag 3 friends to enter. Winner picked Monday."
            }
            add(text: text, author: random.below(accounts.count), time: time, kind: .original, reference: nil,
                heat: 0.3, label: Self.noiseLabel, random: &random)
        }
    }
}
