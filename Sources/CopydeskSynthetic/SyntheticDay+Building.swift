import CopydeskCore
import Foundation

/// Turning text into tweets: t.co links, entities, metrics, snowflake ids and labels.
extension SyntheticDay {
    @discardableResult
    /// Adds an original, quote or reply; `heat` scales its engagement. Returns its index.
    mutating func add(text: String, author: Int, time: Int, kind: Tweet.Kind, reference: Int?,
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

    /// Adds a retweet of an original: `RT @handle: ` and its text, cut at 140 characters.
    mutating func addRetweet(of target: Int, author: Int, time: Int, label: String, random: inout SeededRandom) {
        let original = tweets[target]
        var body = "RT @\(original.author.handle): "
        let full = original.text
        if full.unicodeScalars.count > 140 {
            // Cut like the legacy API, at a space and never inside a link.
            body += Self.truncated(full, scalars: 139)
        } else {
            body += full
        }
        let links = extras[target].links.filter { SyntheticEntities.contains(body, $0.short) }
        let id = makeID(time: time, random: &random)
        let metrics = Tweet.Metrics(retweets: original.metrics.retweets)
        append(id: id, text: body, author: author, time: time, kind: .retweet, reference: target,
               metrics: metrics, links: links, conversation: id, replyTo: nil, label: label)
    }

    /// Appends the tweet, its writer-side extras and its label.
    mutating func append(id: String, text: String, author: Int, time: Int, kind: Tweet.Kind,
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
        // Each tag, cashtag and mention once, in order of appearance, as the loaders keep them.
        hashtags = Self.unique(hashtags)
        cashtags = Self.unique(cashtags)
        mentions = Self.unique(mentions)
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

    static func unique(_ items: [String]) -> [String] {
        guard items.count > 1 else { return items }
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }


    /// A snowflake-like id: milliseconds since the Twitter epoch, then a 22-bit sequence.
    mutating func makeID(time: Int, random: inout SeededRandom) -> String {
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
