import CopydeskCore
import Foundation

/// A deterministic synthetic day of tweets of any size, with known stories, for tests and benchmarks.
///
/// Stories have heavy-tailed sizes; each is told by a lead tweet, near-duplicate rewordings (word
/// swaps, added emoji and hashtags, prefixes, truncation), other wordings, Chinese versions,
/// retweets, quotes and replies. About 30% of the day is noise: personal chatter, job posts,
/// conference logistics, shilling with cashtags, giveaways and chatter replies. Engagement is
/// heavy-tailed. About 1% of the tweets fall just outside the day, for the window filter.
/// The same date, count and seed always give the same tweets and the same bytes.
///
/// - Complexity: O(n) to generate; the writers sort by id, O(n log n).
public struct SyntheticDay: Sendable {
    public let date: LocalDate
    public let window: ReportWindow
    public let seed: UInt64
    /// The tweets, story by story, then the noise.
    public internal(set) var tweets: [Tweet] = []
    /// Tweet id → story label (`s12-vega-3.1-flash`), or `noise` for noise and chatter replies.
    public internal(set) var labels: [String: String] = [:]
    /// Every story, in generation order.
    public internal(set) var stories: [SyntheticStory] = []

    /// The label of noise tweets.
    public static let noiseLabel = "noise"

    var accounts: [SyntheticAccount] = []
    var extras: [SyntheticExtra] = []
    var handleIndex: [String: Int] = [:]

    /// - Parameter skewed: a lopsided day, as a big launch makes: the first story holds a tenth of
    ///   the story tweets (about 7% of the day: 7,000 of 100,000), the rest as usual.
    public init(date: LocalDate, tweetCount: Int, seed: UInt64,
                utcOffsetSeconds: Int = ReportWindow.defaultOffsetSeconds, skewed: Bool = false) {
        self.date = date
        self.window = ReportWindow(day: date, utcOffsetSeconds: utcOffsetSeconds)
        self.seed = seed
        let count = max(0, tweetCount)
        var random = SeededRandom(seed: seed ^ 0x5EED_C0DE_DA7A_0124)
        tweets.reserveCapacity(count)
        extras.reserveCapacity(count)
        labels.reserveCapacity(count)
        makeAccounts(for: count, random: &random)
        let noiseCount = count * 27 / 100
        makeStories(tweetBudget: count - noiseCount, firstSize: skewed ? (count - noiseCount) / 10 : nil, random: &random)
        makeNoise(count: count - tweets.count, random: &random)
    }

    /// Accounts `0..<bigAccounts` are the big ones that lead stories.
    var bigAccounts = 8
    /// The last id sequence number handed out.
    var sequence = 0

    /// About one account per 8 tweets (80 to 50,000); the first few percent are big accounts.
    mutating func makeAccounts(for count: Int, random: inout SeededRandom) {
        let v = SyntheticVocabulary.self
        let total = min(50_000, max(80, count / 8))
        let big = max(8, total / 30)
        accounts.reserveCapacity(total)
        for index in 0..<total {
            let first = v.firstNames[random.below(v.firstNames.count)]
            let last = v.lastNames[random.below(v.lastNames.count)]
            let part = v.handleParts[random.below(v.handleParts.count)]
            // Handles are at most 15 characters, as on X.
            let suffix = String(index)
            let base = first.lowercased() + (random.chance(0.5) ? "_" : "") + part
            let handle = String(base.prefix(15 - suffix.count)) + suffix
            let followers: Int
            if index < big {
                followers = min(20_000_000, Int(40_000 * random.pareto(alpha: 1.1)))
            } else {
                followers = min(400_000, Int(60 * random.pareto(alpha: 0.9)))
            }
            // Older, bigger accounts have short ids; newer ones 19-digit snowflakes.
            let id = followers >= 50_000
                ? String(10_000_000 + random.below(3_000_000_000))
                : String(1_300_000_000_000_000_000 + random.below(650_000_000_000_000_000))
            accounts.append(SyntheticAccount(id: id, handle: handle, name: "\(first) \(last)", followers: followers))
            handleIndex[handle] = index
        }
        bigAccounts = big
    }
}

/// A story of a synthetic day: its label, its category and how many tweets tell it (chatter
/// replies included, though they are labelled noise).
public struct SyntheticStory: Sendable, Hashable {
    public var label: String
    public var category: Category
    public var size: Int
}
