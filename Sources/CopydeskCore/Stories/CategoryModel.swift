import Foundation

/// What the labelled days taught about categories: a multinomial logistic regression over
/// `CategoryFeatures` (the lexicon's scores and how the story is told).
///
/// A human-readable file, `category-model.tsv` beside the lexicon: `#` comments, a header line
/// `feature` followed by the category ids, then one line per feature with its weight for each
/// category, tab-separated. It holds feature names and weights, never tweet text. Without a model
/// (or with `--no-learning` in `eval`) the lexicon alone classifies.
public struct CategoryModel: Sendable, Hashable {
    public static let version = 2

    /// `weights[feature][category]`, features in `CategoryFeatures.names` order, categories in
    /// `Category.allCases` order.
    public var weights: [[Double]]
    /// The days it was trained on.
    public var trainedOn: [String]

    public init(weights: [[Double]], trainedOn: [String] = []) {
        self.weights = weights
        self.trainedOn = trainedOn
    }

    /// The bundled model (trained on the labelled days; `copydesk eval --save-model` writes a new one).
    public static let `default`: CategoryModel? = {
        guard let text = BuiltInResources.text("category-model.tsv") else { return nil }
        do { return try CategoryModel(parsing: text) } catch {
            preconditionFailure("the bundled category-model.tsv does not parse: \(error)")
        }
    }()

    /// Each category's probability for a story with features `x`, in `Category.allCases` order.
    func probabilities(_ x: [Double]) -> [Double] {
        var logits = [Double](repeating: 0, count: Category.count)
        for (j, value) in x.enumerated() where j < weights.count && value != 0 {
            for c in logits.indices { logits[c] += weights[j][c] * value }
        }
        let best = logits.max() ?? 0
        let exps = logits.map { exp($0 - best) }
        let total = exps.reduce(0, +)
        return exps.map { $0 / total }
    }

    // MARK: - The file

    /// The file's text: fixed precision, so the same model always writes the same bytes.
    public func text() -> String {
        var out = "# copydesk category model, version \(Self.version)\n"
        out += "# A logistic regression learned from labelled days by `copydesk eval --save-model FILE DAYS…`:\n"
        out += "# each feature's weight for each category (features are 0…1; lexicon:X is the lexicon's share for X).\n"
        out += "# trained on: \(trainedOn.joined(separator: " "))\n"
        out += (["feature"] + Category.allCases.map(\.rawValue)).joined(separator: "\t") + "\n"
        for (j, name) in CategoryFeatures.names.enumerated() where j < weights.count {
            out += ([name] + weights[j].map(Self.number)).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// Reads a model file; errors name the line.
    public init(parsing text: String, file: String = "category-model.tsv") throws(DataFileError) {
        let read = try ModelFileRows(text, kind: "category model", version: Self.version, rewrite: "write the model anew with `copydesk eval --save-model`", file: file)
        var rows: [String: [Double]] = [:]
        var columns: [Category]?
        for (number, fields) in read.rows {
            guard let header = columns else {
                guard fields.first == "feature" else { throw DataFileError(file: file, line: number, problem: "expected the header line `feature<TAB>category…`") }
                var categories: [Category] = []
                for name in fields.dropFirst() {
                    guard let category = Category(rawValue: name) else { throw DataFileError(file: file, line: number, problem: "unknown category \(name)") }
                    categories.append(category)
                }
                columns = categories
                continue
            }
            guard fields.count == header.count + 1 else {
                throw DataFileError(file: file, line: number, problem: "expected \(header.count + 1) tab-separated fields, found \(fields.count)")
            }
            guard CategoryFeatures.names.contains(fields[0]) else {
                throw DataFileError(file: file, line: number, problem: "unknown feature \(fields[0])")
            }
            var row = [Double](repeating: 0, count: Category.count)
            for (k, field) in fields.dropFirst().enumerated() {
                guard let value = Double(field), value.isFinite else { throw DataFileError(file: file, line: number, problem: "\(field) is not a number") }
                row[header[k].order] = value
            }
            rows[fields[0]] = row
        }
        guard columns != nil else { throw DataFileError(file: file, line: 1, problem: "no header line `feature<TAB>category…`") }
        // A feature the file does not list weighs nothing.
        self.init(weights: CategoryFeatures.names.map { rows[$0] ?? [Double](repeating: 0, count: Category.count) }, trainedOn: read.trainedOn)
    }

    static func number(_ value: Double) -> String { String(format: "%.4f", value) }
    /// Four decimals, as the file writes them: a trained model and its file agree exactly.
    static func round(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
}
