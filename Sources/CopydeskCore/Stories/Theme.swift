import Foundation

/// A story's theme as a unit vector over lexicon terms, with the names it keeps naming, for telling
/// apart points that retell one theme (or one piece of news split in two).
struct Theme: Sendable, Hashable {
    /// Term ids ascending, with their weights scaled to unit length.
    private(set) var terms: [Int32] = []
    private(set) var weights: [Double] = []
    /// The names (hashes, ascending) a good part of the story's tweets mention.
    var names: [UInt64] = []

    init() {}

    init(_ pairs: [(Int32, Double)], names: [UInt64] = []) {
        self.names = names
        let sorted = pairs.filter { $0.1 > 0 }.sorted { $0.0 < $1.0 }
        let norm = sorted.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        guard norm > 0 else { return }
        terms = sorted.map(\.0)
        weights = sorted.map { $0.1 / norm }
    }

    /// Cosine similarity over terms, 0...1 (0 when either names no term); 1 when the two keep
    /// naming the same things: at least two shared names, most of the smaller list's (the FTC suit
    /// to block Halberd's Ferrite deal, told once as news and once as `$HLBD -5.8%`).
    func similarity(_ other: Theme) -> Double {
        sameNews(other) ? 1 : termSimilarity(other)
    }

    /// Whether the two keep naming the same things: the same piece of news, told apart.
    func sameNews(_ other: Theme) -> Bool {
        guard names.count >= 2 && other.names.count >= 2 else { return false }
        let shared = Self.sharedCount(names, other.names)
        return shared >= 2 && 2 * shared > min(names.count, other.names.count)
    }

    private static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }

    /// Cosine similarity over lexicon terms alone.
    func termSimilarity(_ other: Theme) -> Double {
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
