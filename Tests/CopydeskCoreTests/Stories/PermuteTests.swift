@testable import CopydeskCore
import Testing

/// The engine puts its stories in rank order by swapping along the order's cycles.
@Suite struct PermuteTests {
    @Test(arguments: [0, 1, 2, 7, 100])
    func swappingAlongCyclesIsTheOrdersMap(count: Int) {
        var random = SeededRandom(seed: UInt64(count) + 3)
        for _ in 0..<20 {
            var order = Array(0..<count)
            for k in order.indices.reversed() where k > 0 { order.swapAt(k, random.below(k + 1)) }
            let values = (0..<count).map { "v\($0)" }
            var permuted = values
            StoryEngine.permute(&permuted, by: order)
            #expect(permuted == order.map { values[$0] })
        }
    }
}
