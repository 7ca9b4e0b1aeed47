@testable import CopydeskCore
import Testing

/// Small tallies count like a dictionary, below and beyond the scan limit.
@Suite struct SmallTallyTests {
    @Test(arguments: [3, 12, 13, 40, 100, 1_000])
    func countsAndMaximaMatchADictionary(distinct: Int) {
        var tally = SmallTally<String>()
        var highest = SmallTally<String>()
        var counts: [String: Int] = [:]
        var maxima: [String: Int] = [:]
        for n in 0..<(distinct * 5) {
            let key = "k\((n * 7) % distinct)"
            let value = (n * 13) % 17 - 3
            tally.increment(key)
            counts[key, default: 0] += 1
            highest.raise(key, to: value)
            maxima[key] = max(maxima[key] ?? 0, value)
        }
        #expect(Dictionary(uniqueKeysWithValues: Array(tally.pairs)) == counts)
        #expect(Dictionary(uniqueKeysWithValues: Array(highest.pairs)) == maxima)
        #expect(tally.count == distinct)
        // Keys keep the order of their first use.
        #expect(tally.keys.first == "k0")
        for n in 0..<(distinct + 5) {
            #expect(tally["k\(n)"] == counts["k\(n)"])
            #expect(highest["k\(n)"] == maxima["k\(n)"])
        }
    }

    /// Integer keys count like a dictionary far beyond the scan limit; an absent key has no count.
    @Test func integerKeysCountLikeADictionary() {
        var tally = SmallTally<UInt64>()
        var counts: [UInt64: Int] = [:]
        for n in 0..<3_000 {
            let key = UInt64((n * 7919) % 500) << 40
            tally.increment(key)
            counts[key, default: 0] += 1
        }
        #expect(Dictionary(uniqueKeysWithValues: Array(tally.pairs)) == counts)
        #expect(tally[1 << 40] == counts[1 << 40])
        #expect(tally[12345] == nil)
    }

    @Test func orderTablesFollowAllCases() {
        #expect(NoiseKind.allCases.map(\.order) == Array(0..<NoiseKind.count))
        #expect(CopydeskCore.Category.allCases.map(\.order) == Array(0..<CopydeskCore.Category.count))
        #expect(CopydeskCore.Category.ordered == CopydeskCore.Category.allCases)
    }
}
