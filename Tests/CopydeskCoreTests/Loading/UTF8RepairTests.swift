@testable import CopydeskCore
import Testing

/// Big inputs are checked for valid UTF-8 in parts at once; the answer must be the whole's.
@Suite struct UTF8RepairTests {
    /// 4.4 MB of three-byte characters and ASCII: every part cut lands inside a character at first.
    static let big = Array(String(repeating: "中a", count: 1_100_000).utf8)

    @Test func aBigValidInputIsValid() {
        #expect(UTF8Repair.isValid(Self.big))
    }

    @Test(arguments: 0..<7)
    func aBadByteAnywhereMakesItInvalid(position: Int) {
        // Around the first cut (one eighth in), the middle and both ends.
        let places = [1, Self.big.count / 8, Self.big.count / 8 + 1, Self.big.count / 2, Self.big.count / 2 + 2, Self.big.count - 1, 0]
        var broken = Self.big
        broken[places[position]] = 0xFF
        #expect(!UTF8Repair.isValid(broken))
        var cutShort = Self.big
        cutShort.remove(at: places[position])  // leaves a character without its last byte, or a stray one
        #expect(UTF8Repair.isValid(cutShort) == (String(validating: cutShort, as: UTF8.self) != nil))
        let (repaired, repairs) = UTF8Repair.repair(broken)
        #expect(repairs >= 1)
        #expect(UTF8Repair.isValid(repaired))
    }

    @Test(arguments: 0..<40)
    func agreesWithTheStandardLibraryAroundLongASCIIRuns(seed: Int) {
        // Long ASCII runs (read 32 bytes at a time) with one odd byte or character at every kind of offset.
        var random = SeededRandom(seed: UInt64(seed))
        let odd: [[UInt8]] = [[0x80], [0xC3, 0xA9], [0xE4, 0xB8, 0xAD], [0xF0, 0x9F, 0x8E, 0xA4], [0xE4, 0xB8], [0xFF], [0xED, 0xA0, 0x80]]
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: Int.random(in: 0..<100, using: &random))
        bytes.insert(contentsOf: odd[seed % odd.count], at: Int.random(in: 0...bytes.count, using: &random))
        bytes += [UInt8](repeating: UInt8(ascii: "b"), count: Int.random(in: 0..<70, using: &random))
        #expect(UTF8Repair.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
    }
}
