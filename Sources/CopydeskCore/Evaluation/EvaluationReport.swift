import Foundation

/// The scores of several labelled days and their mean, as `copydesk eval` prints them.
public struct EvaluationReport: Sendable, Hashable, Codable {
    /// One day's row.
    public struct Row: Sendable, Hashable, Codable {
        public var day: String
        public var score: DayScore

        public init(day: String, score: DayScore) {
            self.day = day
            self.score = score
        }
    }

    public var rows: [Row]

    public init(rows: [Row]) { self.rows = rows }

    /// The mean of every figure over the days (core points as a mean count).
    public var mean: (precision: Double, recall: Double, core: Double, noise: Double, category: Double) {
        let n = Double(max(rows.count, 1))
        func sum(_ f: (DayScore) -> Double) -> Double { rows.map { f($0.score) }.reduce(0, +) / n }
        return (sum(\.precision), sum(\.recall), sum { Double($0.corePointsCovered) }, sum { Double($0.noiseInTopTen) }, sum(\.categoryAccuracy))
    }

    /// A markdown table: one row per day, then the mean.
    public func table() -> String {
        var out = "| day | B³ precision | B³ recall | core points | noise in top 10 | category |\n"
        out += "|---|---|---|---|---|---|\n"
        for row in rows {
            let s = row.score
            out += "| \(row.day) | \(Self.fixed(s.precision)) | \(Self.fixed(s.recall)) | \(s.corePointsCovered)/\(s.corePoints) | \(s.noiseInTopTen) | \(Self.fixed(s.categoryAccuracy)) |\n"
        }
        let m = mean
        out += "| mean | \(Self.fixed(m.precision)) | \(Self.fixed(m.recall)) | \(Self.fixed(m.core, digits: 1)) | \(Self.fixed(m.noise, digits: 1)) | \(Self.fixed(m.category)) |\n"
        return out
    }

    /// Per day: which core points the ten cover, and each point's dominant labelled story.
    public func details() -> String {
        var out = ""
        for row in rows {
            out += "\(row.day): covers \(row.score.covered.map(String.init).joined(separator: " "))\n"
            for (k, story) in row.score.pointStories.enumerated() { out += "  \(k + 1). \(story)\n" }
            if !row.score.misfiled.isEmpty {
                out += "  misfiled (labelled → proposed):\n"
                for m in row.score.misfiled { out += "    \(m.story): \(m.labelled.rawValue) → \(m.proposed.rawValue)\n" }
            }
        }
        return out
    }

    /// JSON: `{"days":[{"day","precision","recall","core_points","core_points_covered","covered","noise_in_top_10","category_accuracy"}],"mean":{…},"learning":[…]}`.
    /// `learning`: what learning changed (`LearningReport.json()`), under the key `learning`.
    public func json(learning: [LearningReport] = []) -> String {
        func day(_ row: Row) -> String {
            let s = row.score
            return "{\"day\": \(JSONText.string(row.day)), \"precision\": \(Self.fixed(s.precision, digits: 4)), \"recall\": \(Self.fixed(s.recall, digits: 4)), "
                + "\"core_points_covered\": \(s.corePointsCovered), \"core_points\": \(s.corePoints), \"covered\": [\(s.covered.map(String.init).joined(separator: ", "))], "
                + "\"noise_in_top_10\": \(s.noiseInTopTen), \"category_accuracy\": \(Self.fixed(s.categoryAccuracy, digits: 4)), "
                + "\"points\": \(JSONText.strings(s.pointStories))}"
        }
        let m = mean
        var out = "{\n  \"days\": [\n"
        out += rows.map { "    " + day($0) }.joined(separator: ",\n")
        out += "\n  ],\n"
        out += "  \"mean\": {\"precision\": \(Self.fixed(m.precision, digits: 4)), \"recall\": \(Self.fixed(m.recall, digits: 4)), "
        out += "\"core_points_covered\": \(Self.fixed(m.core, digits: 2)), \"noise_in_top_10\": \(Self.fixed(m.noise, digits: 2)), \"category_accuracy\": \(Self.fixed(m.category, digits: 4))}"
        if !learning.isEmpty { out += ",\n  \"learning\": [" + learning.map { $0.json() }.joined(separator: ", ") + "]" }
        out += "\n}\n"
        return out
    }

    static func fixed(_ value: Double, digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
}
