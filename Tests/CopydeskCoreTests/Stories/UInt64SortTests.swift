@testable import CopydeskCore
import Testing

/// The engine sorts its hashes with `UInt64Sort`; it must give what the standard library's sort gives.
@Suite struct UInt64SortTests {
    /// Random arrays of many sizes and spreads (few distinct values: many repeats), ascending,
    /// descending, constant and organ-pipe arrays, through the quicksort and the heapsort paths.
    @Test(arguments: [0, 1, 2, 3, 23, 24, 25, 100, 1_000, 20_000])
    func sortsAsTheStandardLibraryDoes(count: Int) {
        var random = SeededRandom(seed: UInt64(count) + 11)
        var inputs: [[UInt64]] = []
        for spread in [UInt64(2), 50, UInt64.max] {
            for _ in 0..<5 { inputs.append((0..<count).map { _ in spread == .max ? random.next() : random.next() % spread }) }
        }
        let ascending = (0..<count).map { UInt64($0) }
        inputs.append(ascending)
        inputs.append(ascending.reversed())
        inputs.append([UInt64](repeating: 7, count: count))
        inputs.append(ascending.map { min($0, UInt64(count) - $0) })
        for input in inputs {
            for depthLimit in [nil, 0, 1] as [Int?] {
                var sorted = input
                if let depthLimit { UInt64Sort.sort(&sorted, depthLimit: depthLimit) } else { UInt64Sort.sort(&sorted) }
                #expect(sorted == input.sorted())
            }
            var unique = input
            UInt64Sort.sortUnique(&unique)
            #expect(unique == Array(Set(input)).sorted())
        }
    }
}
