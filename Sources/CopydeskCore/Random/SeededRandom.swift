import Foundation

/// A small, fast, seeded random number generator (SplitMix64) with its own bounded draws.
///
/// The standard library's `random(in:using:)` algorithms may change between Swift releases; these
/// draws are defined here, so a seed gives the same synthetic day and word cloud on every toolchain.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `0..<bound` (multiply-shift; the bias is negligible for small bounds).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A whole number in `range`.
    public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A double in `0..<1`.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// A log-normal draw: heavy-tailed, always positive.
    public mutating func logNormal(sigma: Double) -> Double {
        // Box–Muller; 1 - unit() keeps the logarithm finite.
        let u1 = 1 - unit()
        let u2 = unit()
        let normal = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        return exp(sigma * normal)
    }

    /// A Pareto draw with minimum 1 and tail index `alpha`: a few huge values, many small ones.
    public mutating func pareto(alpha: Double) -> Double {
        pow(1 - unit(), -1 / alpha)
    }

    /// An exponential draw with the given mean.
    public mutating func exponential(mean: Double) -> Double {
        -log(1 - unit()) * mean
    }
}
