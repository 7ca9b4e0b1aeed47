@testable import CopydeskCore
import Foundation
import Testing

@Suite struct DecimalIDTests {
    @Test(arguments: [
        ("0", 0), ("7", 7), ("2015122217897118549", 2_015_122_217_897_118_549), ("9999999999999999999", 9_999_999_999_999_999_999),
    ] as [(String, UInt64)])
    func readsPlainDecimalIds(id: String, value: UInt64) {
        #expect(DecimalID.number(id) == value)
    }

    @Test(arguments: ["", "01", "00", "-1", "+1", "1.0", "12a", "a12", "12345678901234567890", "１２", " 12", "12 "])
    func refusesEverythingElse(id: String) {
        #expect(DecimalID.number(id) == nil)
    }

    @Test(arguments: ["0", "42", "01", "2015122217897118549", "12345678901234567890", "x", ""])
    func readsBytesAsItReadsText(id: String) {
        #expect(Array(id.utf8).withUnsafeBufferPointer { DecimalID.number($0) } == DecimalID.number(id))
        // A bridged-like, non-contiguous spelling reads the same.
        #expect(DecimalID.number(String(id.reversed().reversed())) == DecimalID.number(id))
    }
}
