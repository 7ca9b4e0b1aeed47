@testable import CopydeskCore
import Testing

@Suite struct HeapTuningTests {
    /// The allocator takes the setting (glibc has `mallopt`), and allocating goes on as before.
    @Test func theAllocatorTakesTheSettingAndStillAllocates() {
        #if canImport(Glibc)
        #expect(HeapTuning.apply())
        #endif
        // Many small blocks freed, then a large request: what the setting is for.
        var small: [[UInt64]] = (0..<10_000).map { [UInt64($0)] }
        small.removeAll()
        let large = [UInt64](repeating: 7, count: 1 << 20)
        #expect(large.count == 1 << 20 && large[12_345] == 7 && small.isEmpty)
    }
}
