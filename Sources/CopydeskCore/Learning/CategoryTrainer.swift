import Foundation

/// Learns a `CategoryModel` from labelled stories: a multinomial logistic regression over each
/// story's `CategoryFeatures`, by full-batch gradient descent (deterministic: no sampling).
///
/// The lexicon is the prior: training starts from weights that follow the lexicon's verdict
/// (`lexiconPrior` on each `lexicon:X` feature for X) and its L2 penalty pulls toward them, not
/// toward zero, so a few dozen stories move the classifier only where they agree. A story whose
/// labels accept other categories (`also_ok`) spreads `alsoShare` of its target over them.
public struct CategoryTrainer: Sendable {
    /// One labelled story as the trainer reads it.
    public struct Example: Sendable, Hashable {
        public var day: String
        public var category: Category
        public var alsoOK: [Category]
        public var features: [Double]
    }

    public var iterations = 600
    public var learningRate = 1.0
    public var l2 = 0.01
    public var alsoShare = 0.3
    public var lexiconPrior = 6.0
    /// A model to start from and pull toward instead of the lexicon's verdict (an editor's sessions
    /// refining the built-in model).
    public var prior: CategoryModel?

    public init(prior: CategoryModel? = nil) {
        self.prior = prior
    }

    /// The model the examples teach (nil when there are none).
    public func train(_ examples: [Example]) -> CategoryModel? {
        guard let width = examples.first?.features.count else { return nil }
        let classes = Category.count
        let targets: [[Double]] = examples.map { example in
            var t = [Double](repeating: 0, count: classes)
            let also = example.alsoOK.filter { $0 != example.category }
            t[example.category.order] = also.isEmpty ? 1 : 1 - alsoShare
            for category in also { t[category.order] += alsoShare / Double(also.count) }
            return t
        }
        var prior = [[Double]](repeating: [Double](repeating: 0, count: classes), count: width)
        if let model = self.prior, model.weights.count == width {
            prior = model.weights
        } else {
            for c in 0..<min(classes, width) { prior[c][c] = lexiconPrior }
        }
        var w = prior
        let n = Double(examples.count)
        for _ in 0..<iterations {
            var gradient = [[Double]](repeating: [Double](repeating: 0, count: classes), count: width)
            for (k, example) in examples.enumerated() {
                let p = CategoryModel(weights: w).probabilities(example.features)
                for (j, value) in example.features.enumerated() where value != 0 {
                    for c in 0..<classes { gradient[j][c] += (p[c] - targets[k][c]) * value / n }
                }
            }
            for j in 0..<width {
                for c in 0..<classes { w[j][c] -= learningRate * (gradient[j][c] + l2 * (w[j][c] - prior[j][c])) }
            }
        }
        let rounded = w.map { $0.map(CategoryModel.round) }
        return CategoryModel(weights: rounded, trainedOn: Array(Set(examples.map(\.day))).sorted())
    }
}
