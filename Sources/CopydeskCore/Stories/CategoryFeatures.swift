import Foundation

/// What the learned classifier reads from a story: the lexicon's verdict and how the story is told.
///
/// The lexicon's score for each category (as a share of its evidence) carries what the words say;
/// the rest carries what words cannot: a viewpoint is one voice saying "I think" without a link, a
/// launch links a page and names a version, a market story has cashtags and percentages. Each
/// value is in 0...1, so the weights of a trained model read as they stand.
enum CategoryFeatures {
    /// The features' names, as the model file lists them.
    static let names: [String] = Category.allCases.map { "lexicon:" + $0.rawValue } + [
        "lexicon:none", "first-person", "links", "versioned-name", "cashtag", "percentage", "question",
        "authors", "quotes", "chinese", "bias",
    ]

    /// The story's features. `scores` are the lexicon's category scores; the tellings are its
    /// originals and quotes that are not noise (at most 16 read).
    static func of(_ members: [Int], tweets: [Tweet], profiles: [TweetProfile?], noise: [NoiseKind?], scores: [Double]) -> [Double] {
        let total = scores.reduce(0, +)
        var x = scores.map { $0 / (1 + total) }
        x.append(total == 0 ? 1 : 0)
        var tellings = 0.0, firstPerson = 0.0, links = 0.0, versioned = 0.0, cashtags = 0.0, percents = 0.0
        var questions = 0.0, quotes = 0.0, chinese = 0.0
        var authors = Set<String>()
        for i in members where noise[i] == nil && (tweets[i].kind == .original || tweets[i].kind == .quote) {
            guard tellings < 16, let profile = profiles[i] else { continue }
            tellings += 1
            authors.insert(tweets[i].author.handle.lowercased())
            let text = tweets[i].text
            if Self.speaksForItself(text) { firstPerson += 1 }
            if tweets[i].urls.contains(where: { URLKey.key($0).map { !$0.hasPrefix("status:") } ?? false }) { links += 1 }
            if !profile.entities.isEmpty { versioned += 1 }
            if !profile.cashtags.isEmpty { cashtags += 1 }
            if !profile.percentages.isEmpty { percents += 1 }
            if text.contains("?") || text.contains("？") { questions += 1 }
            if tweets[i].kind == .quote { quotes += 1 }
            if profile.anchors != nil { chinese += 1 }
        }
        let n = max(1, tellings)
        x += [firstPerson / n, links / n, versioned / n, cashtags / n, percents / n, questions / n,
              min(1, log2(1 + Double(authors.count)) / 5), quotes / n, chinese / n, 1]
        return x
    }

    /// Whether the text speaks in the first person singular (`I think`, `my take`, `我觉得`).
    static func speaksForItself(_ text: String) -> Bool {
        let lower = " " + text.lowercased() + " "
        for marker in [" i ", " i'm ", " i’m ", " i've ", " i'd ", " my ", " me ", "我"] where lower.contains(marker) { return true }
        return false
    }
}
