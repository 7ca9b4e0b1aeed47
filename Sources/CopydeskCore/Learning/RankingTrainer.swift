import Foundation

/// Learns a `RankingModel` from stories an editor chose or passed over: a pairwise logistic
/// ranking (each chosen story should outscore each story of its day that was passed over) over
/// `RankingFeatures`, by full-batch gradient descent (deterministic: no sampling).
///
/// The hand score is the prior: a pair's margin is the hand scores' difference plus the learned
/// part's, and the L2 penalty pulls the learned weights toward zero (or toward a `prior` model's,
/// when an editor's sessions refine the built-in model), so a few days move the ranking only where
/// they agree. Every day weighs the same, however many stories it has.
public struct RankingTrainer: Sendable {
    /// One story as the trainer reads it.
    public struct Example: Sendable, Hashable {
        public var day: String
        public var features: [Double]
        /// The hand score (the prior's ranking).
        public var hand: Double
        /// Whether the editor made it a core point.
        public var chosen: Bool

        public init(day: String, features: [Double], hand: Double, chosen: Bool) {
            self.day = day
            self.features = features
            self.hand = hand
            self.chosen = chosen
        }
    }

    public var iterations = 800
    public var learningRate = 0.2
    public var l2 = 0.05
    /// The weights training starts from and is pulled toward (nil: zeros, the hand score's ranking).
    public var prior: RankingModel?

    public init(prior: RankingModel? = nil) {
        self.prior = prior
    }

    /// The model the examples teach (nil when no day has both a chosen story and one passed over).
    public func train(_ examples: [Example]) -> RankingModel? {
        guard let width = examples.first?.features.count else { return nil }
        // Each pair's difference (chosen − passed over), grouped by day.
        var pairs: [(dx: [Double], dh: Double, weight: Double)] = []
        let days = Array(Set(examples.map(\.day))).sorted()
        var trainedOn: [String] = []
        for day in days {
            let ofDay = examples.filter { $0.day == day }
            let chosen = ofDay.filter(\.chosen), passed = ofDay.filter { !$0.chosen }
            guard !chosen.isEmpty, !passed.isEmpty else { continue }
            trainedOn.append(day)
            let weight = 1 / Double(chosen.count * passed.count)
            for c in chosen {
                for p in passed {
                    pairs.append((zip(c.features, p.features).map { $0 - $1 }, c.hand - p.hand, weight))
                }
            }
        }
        guard !trainedOn.isEmpty else { return nil }
        let dayCount = Double(trainedOn.count)
        let start = (0..<width).map { j in prior.map { j < $0.weights.count ? $0.weights[j] : 0 } ?? 0 }
        var w = start
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: width)
            for pair in pairs {
                var margin = pair.dh
                for j in 0..<width { margin += w[j] * pair.dx[j] }
                // d/dm log(1 + e^−m) = −σ(−m)
                let g = -pair.weight / (1 + exp(margin)) / dayCount
                for j in 0..<width where pair.dx[j] != 0 { gradient[j] += g * pair.dx[j] }
            }
            for j in 0..<width { w[j] -= learningRate * (gradient[j] + l2 * (w[j] - start[j])) }
        }
        return RankingModel(weights: w.map(CategoryModel.round), trainedOn: trainedOn)
    }
}
