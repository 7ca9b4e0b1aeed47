import Foundation

/// Classifies a story into a `Category`, with a confidence, from its lexicon hits and cashtags.
///
/// Each distinct term counts its weight times log2(1 + the number of the story's tweets using it).
/// Coin cashtags (the lexicon's `crypto.cashtags`) count for crypto, every other cashtag for stocks.
struct StoryClassifier {
    let index: LexiconIndex

    /// Category scores in `Category.allCases` order.
    func scores(termTweets: SmallTally<Int32>, cashtagTweets: SmallTally<String>) -> [Double] {
        var scores = [Double](repeating: 0, count: Category.count)
        // Sorted: floating-point sums must not depend on the order terms were met.
        for (term, tweets) in termTweets.pairs.sorted(by: { $0.0 < $1.0 }) {
            guard case let .category(category) = index.targets[Int(term)].target else { continue }
            scores[category.order] += index.targets[Int(term)].weight * log2(1 + Double(tweets))
        }
        for (tag, tweets) in cashtagTweets.pairs.sorted(by: { $0.0 < $1.0 }) {
            let category: Category = index.cryptoCashtags.contains(tag) ? .crypto : .stocks
            scores[category.order] += 2.5 * log2(1 + Double(tweets))
        }
        return scores
    }

    /// The best category and a confidence in 0...1 (0 when nothing matched: then `aiTech`).
    func classify(_ scores: [Double]) -> (Category, Double) {
        var best = 0
        for i in scores.indices where scores[i] > scores[best] { best = i }
        let total = scores.reduce(0, +)
        guard scores[best] > 0 else { return (.aiTech, 0) }
        // Share of the evidence, damped when there is little of it.
        let confidence = scores[best] / total * (1 - 1 / (1 + scores[best]))
        return (Category.ordered[best], (confidence * 1000).rounded() / 1000)
    }
}

extension Category {
    /// `allCases`, built once (`allCases` builds an array at each use).
    static let ordered = allCases
    static let count = allCases.count

    /// The category's position in `allCases`.
    var order: Int {
        switch self {
        case .viewpoints: 0
        case .models: 1
        case .products: 2
        case .openSource: 3
        case .stocks: 4
        case .crypto: 5
        case .aiTech: 6
        case .aiIndustry: 7
        case .finance: 8
        case .policy: 9
        }
    }
}
