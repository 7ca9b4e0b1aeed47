import Foundation

/// A story's theme as a unit vector over lexicon terms, for telling apart points that retell one theme.
struct Theme: Sendable, Hashable {
    /// Term ids ascending, with their weights scaled to unit length.
    private(set) var terms: [Int32] = []
    private(set) var weights: [Double] = []

    init() {}

    init(_ pairs: [(Int32, Double)]) {
        let sorted = pairs.filter { $0.1 > 0 }.sorted { $0.0 < $1.0 }
        let norm = sorted.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        guard norm > 0 else { return }
        terms = sorted.map(\.0)
        weights = sorted.map { $0.1 / norm }
    }

    /// Cosine similarity, 0...1 (0 when either names no term).
    func similarity(_ other: Theme) -> Double {
        var i = 0, j = 0
        var sum = 0.0
        while i < terms.count && j < other.terms.count {
            if terms[i] == other.terms[j] {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if terms[i] < other.terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return min(1, sum)
    }
}
