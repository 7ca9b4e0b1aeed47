import Foundation

/// What the labelled days taught about which stories an editor makes core points: a weight per
/// `RankingFeatures` feature, added to the hand score (`StoryRanker`), which is the prior (a model
/// of zeros ranks as the hand score does).
///
/// A human-readable file, `ranking-model.tsv` beside the lexicon: `#` comments, a header line
/// `feature<TAB>weight`, then one line per feature. It holds feature names and weights, never
/// tweet text. `copydesk eval --save-ranking-model FILE DAYS…` writes one (`make train-models`).
public struct RankingModel: Sendable, Hashable {
    public static let version = 1

    /// One weight per feature, in `RankingFeatures.names` order.
    public var weights: [Double]
    /// The days it was trained on.
    public var trainedOn: [String]

    public init(weights: [Double], trainedOn: [String] = []) {
        self.weights = weights
        self.trainedOn = trainedOn
    }

    /// The bundled model (trained on the labelled days).
    public static let `default`: RankingModel? = {
        guard let text = BuiltInResources.text("ranking-model.tsv") else { return nil }
        do { return try RankingModel(parsing: text) } catch {
            preconditionFailure("the bundled ranking-model.tsv does not parse: \(error)")
        }
    }()

    /// The learned part of a story's score for features `x`.
    func value(_ x: [Double]) -> Double {
        var sum = 0.0
        for (j, v) in x.enumerated() where j < weights.count { sum += weights[j] * v }
        return sum
    }

    /// The learned part as a score part; its detail is formatted only when read (`explanation`).
    func part(_ x: [Double]) -> ScorePart {
        ScorePart(name: "learned", value: StoryRanker.round(value(x)), explanation: .learned(self, features: x))
    }

    /// The learned part's detail for features `x`: where the model comes from, and the features
    /// that moved it most.
    func explanation(_ x: [Double]) -> String {
        var contributions: [(name: String, value: Double)] = []
        for (j, v) in x.enumerated() where j < weights.count && weights[j] * v != 0 {
            contributions.append((RankingFeatures.names[j], weights[j] * v))
        }
        contributions.sort { abs($0.value) != abs($1.value) ? abs($0.value) > abs($1.value) : $0.name < $1.name }
        let top = contributions.prefix(4).map { "\($0.name) \($0.value < 0 ? "−" : "+")\(String(format: "%.2f", abs($0.value)))" }
        let source = trainedOn.isEmpty ? "learned" : "learned from \(trainedOn.count) day\(trainedOn.count == 1 ? "" : "s")"
        return "\(source): " + (top.isEmpty ? "no feature moved it" : top.joined(separator: ", "))
    }

    // MARK: - The file

    /// The file's text: fixed precision, so the same model always writes the same bytes.
    public func text() -> String {
        var out = "# copydesk ranking model, version \(Self.version)\n"
        out += "# Learned from which stories editors made core points (labelled days: `copydesk eval --save-ranking-model FILE DAYS…`; sessions: `copydesk learn`):\n"
        out += "# each feature's weight, added to the hand score (engagement, authors, reach, time); 0 keeps the hand ranking.\n"
        out += "# trained on: \(trainedOn.joined(separator: " "))\n"
        out += "feature\tweight\n"
        for (j, name) in RankingFeatures.names.enumerated() where j < weights.count {
            out += name + "\t" + CategoryModel.number(weights[j]) + "\n"
        }
        return out
    }

    /// Reads a model file; errors name the line.
    public init(parsing text: String, file: String = "ranking-model.tsv") throws(DataFileError) {
        let read = try ModelFileRows(text, kind: "ranking model", version: Self.version, rewrite: "write the model anew with `copydesk eval --save-ranking-model`", file: file)
        var values: [String: Double] = [:]
        var sawHeader = false
        for (number, fields) in read.rows {
            guard sawHeader else {
                guard fields == ["feature", "weight"] else { throw DataFileError(file: file, line: number, problem: "expected the header line `feature<TAB>weight`") }
                sawHeader = true
                continue
            }
            guard fields.count == 2 else { throw DataFileError(file: file, line: number, problem: "expected 2 tab-separated fields, found \(fields.count)") }
            guard RankingFeatures.names.contains(fields[0]) else { throw DataFileError(file: file, line: number, problem: "unknown feature \(fields[0])") }
            guard let value = Double(fields[1]), value.isFinite else { throw DataFileError(file: file, line: number, problem: "\(fields[1]) is not a number") }
            values[fields[0]] = value
        }
        guard sawHeader else { throw DataFileError(file: file, line: 1, problem: "no header line `feature<TAB>weight`") }
        // A feature the file does not list weighs nothing.
        self.init(weights: RankingFeatures.names.map { values[$0] ?? 0 }, trainedOn: read.trainedOn)
    }
}
