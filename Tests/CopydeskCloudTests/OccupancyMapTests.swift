import Testing
import CopydeskCore
@testable import CopydeskCloud

/// The coarse summed-area pass and the bitset agree with a brute-force check.
@Suite struct OccupancyMapTests {
    /// A canvas with scattered blobs, and a brute-force list of free boxes.
    static func scattered(seed: UInt64) -> (OccupancyMap, [[Bool]]) {
        var random = SeededRandom(seed: seed)
        var map = OccupancyMap(width: 130, height: 70)
        var inked = [[Bool]](repeating: [Bool](repeating: false, count: 130), count: 70)
        for _ in 0..<14 {
            let w = 2 + random.below(20), h = 2 + random.below(12)
            let x = random.below(130 - w), y = random.below(70 - h)
            var mask = GlyphMask(width: w, height: h)
            for i in 0..<mask.pixels.count where random.below(3) > 0 {
                mask.pixels[i] = UInt8(1 + random.below(255))
                inked[y + i / w][x + i % w] = true
            }
            map.occupy(mask, x: x, y: y)
        }
        return (map, inked)
    }

    static func bruteFree(_ inked: [[Bool]], x: Int, y: Int, w: Int, h: Int) -> Bool {
        for row in y..<(y + h) { for column in x..<(x + w) where inked[row][column] { return false } }
        return true
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func freeChecksMatchBruteForce(seed: UInt64) {
        var (map, inked) = Self.scattered(seed: seed)
        var random = SeededRandom(seed: seed + 100)
        for _ in 0..<300 {
            let w = 1 + random.below(90), h = 1 + random.below(50)
            let x = random.below(130 - w + 1), y = random.below(70 - h + 1)
            #expect(map.isFree(x: x, y: y, width: w, height: h) == Self.bruteFree(inked, x: x, y: y, w: w, h: h))
        }
        for (w, h) in [(3, 3), (8, 9), (20, 10), (40, 16), (70, 30), (129, 5), (5, 69)] {
            let any = (0...(70 - h)).contains { y in (0...(130 - w)).contains { x in Self.bruteFree(inked, x: x, y: y, w: w, h: h) } }
            let found = map.freePosition(width: w, height: h) { random.below($0) }
            #expect((found != nil) == any, "box \(w)×\(h)")
            if let found { #expect(Self.bruteFree(inked, x: found.x, y: found.y, w: w, h: h)) }
        }
    }

    @Test func aBoxBiggerThanTheCanvasFitsNowhere() {
        var map = OccupancyMap(width: 40, height: 20)
        #expect(map.freePosition(width: 41, height: 5) { _ in 0 } == nil)
        #expect(map.freePosition(width: 40, height: 20) { _ in 0 }! == (0, 0))
    }
}
