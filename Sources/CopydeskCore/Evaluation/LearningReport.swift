import Foundation

/// What learning changed, day by day: each labelled day scored before (without what was learned)
/// and after (with a model trained on the other days only), as `copydesk eval` prints it.
public struct LearningReport: Sendable, Hashable {
    /// One day's scores.
    public struct Row: Sendable, Hashable {
        public var day: String
        public var before: DayScore
        public var after: DayScore

        public init(day: String, before: DayScore, after: DayScore) {
            self.day = day
            self.before = before
            self.after = after
        }
    }

    /// What was learned, for the heading (`ranking`).
    public var title: String
    /// What "before" means (`hand score`).
    public var before: String
    public var rows: [Row]

    public init(title: String, before: String, rows: [Row]) {
        self.title = title
        self.before = before
        self.rows = rows
    }

    /// A markdown table: core points, noise in the top 10 and category accuracy, before → after.
    public func table() -> String {
        var out = "\(title), leave one day out (before: \(before); after: learned from the other days)\n\n"
        out += "| day | core points | noise in top 10 | category |\n|---|---|---|---|\n"
        func line(_ name: String, _ b: (core: Double, noise: Double, category: Double), _ a: (core: Double, noise: Double, category: Double), digits: Int) -> String {
            "| \(name) | \(EvaluationReport.fixed(b.core, digits: digits)) → \(EvaluationReport.fixed(a.core, digits: digits)) | "
                + "\(EvaluationReport.fixed(b.noise, digits: digits)) → \(EvaluationReport.fixed(a.noise, digits: digits)) | "
                + "\(EvaluationReport.fixed(b.category)) → \(EvaluationReport.fixed(a.category)) |\n"
        }
        for row in rows {
            out += line(row.day, Self.figures(row.before), Self.figures(row.after), digits: 0)
        }
        let n = Double(max(rows.count, 1))
        func mean(_ f: (Row) -> DayScore) -> (core: Double, noise: Double, category: Double) {
            let all = rows.map { Self.figures(f($0)) }
            return (all.map(\.core).reduce(0, +) / n, all.map(\.noise).reduce(0, +) / n, all.map(\.category).reduce(0, +) / n)
        }
        out += line("mean", mean(\.before), mean(\.after), digits: 1)
        return out
    }

    /// JSON: `{"title","before","days":[{"day","before":{"core_points_covered","noise_in_top_10","category_accuracy"},"after":{…}}]}`.
    public func json() -> String {
        func score(_ s: DayScore) -> String {
            "{\"core_points_covered\": \(s.corePointsCovered), \"noise_in_top_10\": \(s.noiseInTopTen), \"category_accuracy\": \(EvaluationReport.fixed(s.categoryAccuracy, digits: 4))}"
        }
        let days = rows.map { "{\"day\": \(JSONText.string($0.day)), \"before\": \(score($0.before)), \"after\": \(score($0.after))}" }
        return "{\"title\": \(JSONText.string(title)), \"before\": \(JSONText.string(before)), \"days\": [" + days.joined(separator: ", ") + "]}"
    }

    private static func figures(_ s: DayScore) -> (core: Double, noise: Double, category: Double) {
        (Double(s.corePointsCovered), Double(s.noiseInTopTen), s.categoryAccuracy)
    }
}
