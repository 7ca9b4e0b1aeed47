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
    public private(set) var tweets: [Tweet] = []
    /// Tweet id → story label (`s12-vega-3.1-flash`), or `noise` for noise and chatter replies.
    public private(set) var labels: [String: String] = [:]
    /// Every story, in generation order.
    public private(set) var stories: [SyntheticStory] = []

    /// The label of noise tweets.
    public static let noiseLabel = "noise"

    var accounts: [SyntheticAccount] = []
    var extras: [SyntheticExtra] = []
    var handleIndex: [String: Int] = [:]

    public init(date: LocalDate, tweetCount: Int, seed: UInt64,
                utcOffsetSeconds: Int = ReportWindow.defaultOffsetSeconds) {
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
        makeStories(tweetBudget: count - noiseCount, random: &random)
        makeNoise(count: count - tweets.count, random: &random)
    }

    // MARK: Accounts

    private mutating func makeAccounts(for count: Int, random: inout SeededRandom) {
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

    /// Accounts `0..<bigAccounts` are the big ones that lead stories.
    var bigAccounts = 8

    // MARK: Stories

    private mutating func makeStories(tweetBudget: Int, random: inout SeededRandom) {
        var remaining = tweetBudget
        var index = 0
        let cap = max(2, tweetBudget / 6)
        while remaining > 0 {
            let size = min(remaining, min(cap, Int(2 * random.pareto(alpha: 1.15))))
            let topic = SyntheticTopic(index: index, random: &random)
            stories.append(SyntheticStory(label: topic.label, category: topic.category, size: size))
            makeStory(topic, size: size, random: &random)
            remaining -= size
            index += 1
        }
    }

    private mutating func makeStory(_ topic: SyntheticTopic, size: Int, random: inout SeededRandom) {
        let v = SyntheticVocabulary.self
        let span = Double(window.upperBound.timeIntervalSince(window.lowerBound))
        let start = Int(window.lowerBound.timeIntervalSince1970)
        let end = Int(window.upperBound.timeIntervalSince1970)
        var time = start + random.below(Int(span * 0.85))
        // Most of a story falls inside the day; a late one may spill past midnight, as real ones do.
        let gap = min(1800.0, Double(end - time) * 0.4 / Double(max(1, size)))
        let lead = topic.english[0].render(topic.values)
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
                    text = Self.reword(lead, random: &random)
                } else if style < 0.8 {
                    text = Self.reword(random.pick(topic.english).render(topic.values), random: &random)
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
                let comment = random.chance(0.5) ? random.pick(v.quoteComments) : Self.reword(random.pick(topic.english).render(topic.values), random: &random)
                add(text: comment, author: random.below(accounts.count), time: time, kind: .quote,
                    reference: target, heat: topic.heat * 0.5, label: topic.label, random: &random)
            } else {
                let target = originals[random.below(originals.count)]
                let chatter = random.chance(0.6)
                let text = chatter ? random.pick(v.chatter) : random.pick(v.substantiveReplies)
                add(text: text, author: random.below(accounts.count), time: time, kind: .reply, reference: target,
                    heat: topic.heat * 0.1, label: chatter ? Self.noiseLabel : topic.label, random: &random)
            }
        }
    }

    /// A near-duplicate rewording: word swaps, a prefix, emoji, a hashtag, or a truncation.
    static func reword(_ text: String, random: inout SeededRandom) -> String {
        let v = SyntheticVocabulary.self
        // Split on UTF-8 spaces: splitting a String by Character is several times slower.
        var words = text.utf8.split(separator: 0x20, omittingEmptySubsequences: false).map { String(Substring($0)) }
        for i in words.indices where random.chance(0.5) {
            if let options = v.synonyms[words[i]] { words[i] = random.pick(options) }
        }
        if random.chance(0.1), words.count > 6 {
            // Truncated copy: cut at 60–85% of the words.
            let keep = max(4, words.count * random.within(60...85) / 100)
            words = Array(words.prefix(keep))
            words[words.count - 1] += "…"
        }
        var out = words.joined(separator: " ")
        if random.chance(0.2) { out = random.pick(v.prefixes) + out }
        if random.chance(0.3) { out += random.pick(v.suffixEmoji) }
        if random.chance(0.25) { out += " " + random.pick(v.hashtags) }
        return out
    }

    // MARK: Noise

    private mutating func makeNoise(count: Int, random: inout SeededRandom) {
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
                let other = random.pick(v.coins)
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

    // MARK: Building tweets

    @discardableResult
    private mutating func add(text: String, author: Int, time: Int, kind: Tweet.Kind, reference: Int?,
                              heat: Double, label: String, random: inout SeededRandom) -> Int {
        var text = text
        var links: [SyntheticExtra.Link] = []
        var replyTo: Int?
        if kind == .reply, let reference {
            let parent = extras[reference].author
            if parent != author { text = "@\(accounts[parent].handle) " + text }
            replyTo = parent
        }
        // Swap each article URL for a t.co link, as the API does.
        text = Self.shortenLinks(text, links: &links, random: &random)
        let index = tweets.count
        let id = makeID(time: time, random: &random)
        if kind == .quote, let reference {
            let target = tweets[reference]
            let short = Self.tco(&random)
            links.append(.init(short: short, expanded: "https://x.com/\(target.author.handle)/status/\(target.id)"))
            text += " " + short
        }
        let account = accounts[author]
        let followers = Double(min(account.followers, 300_000)) + Double(max(0, account.followers - 300_000)) * 0.08
        // Reach grows slower than followers; most tweets get a handful of likes, a few go viral.
        let likes = min(2_000_000, Int(followers * 0.0012 * heat * random.logNormal(sigma: 1.1)))
            + (random.chance(0.5) ? random.below(4) : 0)
        let views = Int(Double(likes) * (70 + random.unit() * 150) + Double(account.followers) * 0.02 * random.unit()) + random.below(400)
        let metrics = Tweet.Metrics(
            likes: likes, retweets: Int(Double(likes) * (0.06 + 0.16 * random.unit())),
            replies: Int(Double(likes) * (0.02 + 0.07 * random.unit())),
            quotes: Int(Double(likes) * (0.004 + 0.026 * random.unit())), views: views)
        let conversation = kind == .reply ? extras[reference!].conversationID : id
        append(id: id, text: text, author: author, time: time, kind: kind, reference: reference,
               metrics: metrics, links: links, conversation: conversation, replyTo: replyTo, label: label)
        return index
    }

    private mutating func addRetweet(of target: Int, author: Int, time: Int, label: String, random: inout SeededRandom) {
        let original = tweets[target]
        var body = "RT @\(original.author.handle): "
        let full = original.text
        if full.unicodeScalars.count > 140 {
            // Cut like the legacy API: at a space, never inside a link.
            var cut = String(String.UnicodeScalarView(full.unicodeScalars.prefix(139)))
            if let space = cut.lastIndex(where: { $0 == " " || $0 == "\n" }) { cut = String(cut[..<space]) }
            body += cut + "…"
        } else {
            body += full
        }
        let links = extras[target].links.filter { SyntheticEntities.contains(body, $0.short) }
        let id = makeID(time: time, random: &random)
        let metrics = Tweet.Metrics(retweets: original.metrics.retweets)
        append(id: id, text: body, author: author, time: time, kind: .retweet, reference: target,
               metrics: metrics, links: links, conversation: id, replyTo: nil, label: label)
    }

    private mutating func append(id: String, text: String, author: Int, time: Int, kind: Tweet.Kind,
                                 reference: Int?, metrics: Tweet.Metrics, links: [SyntheticExtra.Link],
                                 conversation: String, replyTo: Int?, label: String) {
        let account = accounts[author]
        var hashtags: [String] = []
        var cashtags: [String] = []
        var mentions: [String] = []
        // Entities are found once, on the text as the X API writes it (HTML-escaped), and kept.
        let entities = SyntheticEntities.scan(Self.htmlEscaped(text))
        for entity in entities {
            switch entity.kind {
            case .hashtag: hashtags.append(entity.value)
            case .cashtag: cashtags.append(entity.value.uppercased())
            case .mention: mentions.append(entity.value)
            case .url: break
            }
        }
        let tweet = Tweet(
            id: id, author: Tweet.Author(handle: account.handle, name: account.name, followers: account.followers),
            createdAt: Date(timeIntervalSince1970: TimeInterval(time)), text: text,
            lang: SyntheticEntities.language(of: text), metrics: metrics, urls: links.map(\.expanded),
            hashtags: hashtags, cashtags: cashtags, mentions: mentions, kind: kind,
            referencedID: reference.map { tweets[$0].id },
            source: SourceLocation(file: "synthetic-\(seed)", line: tweets.count + 1))
        tweets.append(tweet)
        extras.append(SyntheticExtra(author: author, seconds: time, links: links, conversationID: conversation,
                                     reference: reference, replyToAuthor: replyTo, entities: entities))
        labels[id] = label
    }

    private var sequence = 0

    /// A snowflake-like id: milliseconds since the Twitter epoch, then a 22-bit sequence.
    private mutating func makeID(time: Int, random: inout SeededRandom) -> String {
        let milliseconds = Int64(time) * 1000 + Int64(random.below(1000))
        sequence += 1
        let value = (UInt64(max(0, milliseconds - 1_288_834_974_657)) << 22) | UInt64(sequence & 0x3F_FFFF)
        return String(value)
    }

    static func shortenLinks(_ text: String, links: inout [SyntheticExtra.Link], random: inout SeededRandom) -> String {
        guard SyntheticEntities.contains(text, "https://") else { return text }
        var words = text.utf8.split(separator: 0x20, omittingEmptySubsequences: false).map { String(Substring($0)) }
        for i in words.indices where words[i].hasPrefix("https://") {
            let short = tco(&random)
            links.append(.init(short: short, expanded: words[i]))
            words[i] = short
        }
        return words.joined(separator: " ")
    }

    private static let tcoAlphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

    static func tco(_ random: inout SeededRandom) -> String {
        var code = Array("https://t.co/".utf8)
        for _ in 0..<10 { code.append(tcoAlphabet[random.below(tcoAlphabet.count)]) }
        return String(decoding: code, as: UTF8.self)
    }
}

/// A synthetic account.
struct SyntheticAccount: Sendable {
    var id: String
    var handle: String
    var name: String
    var followers: Int
}

/// What the writers need beyond the `Tweet` value.
struct SyntheticExtra: Sendable {
    struct Link: Sendable {
        var short: String
        var expanded: String
    }

    var author: Int
    var seconds: Int
    var links: [Link]
    var conversationID: String
    /// Index of the retweeted, quoted or replied-to tweet.
    var reference: Int?
    var replyToAuthor: Int?
    /// The entities of the HTML-escaped text.
    var entities: [SyntheticEntities.Entity]
}

/// A story of a synthetic day: its label, its category and how many tweets tell it (chatter
/// replies included, though they are labelled noise).
public struct SyntheticStory: Sendable, Hashable {
    public var label: String
    public var category: Category
    public var size: Int
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
