import Foundation

/// Byte searches through `memchr`: long strings and fields cost one call, not a loop per byte.
enum ByteSearch {
    /// The offset of the first `byte` in `bytes[range]`, or `nil`.
    static func first(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard let base = bytes.baseAddress, !range.isEmpty,
              let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    static func first(_ byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        bytes.withUnsafeBufferPointer { first(byte, in: $0, range) }
    }

    /// How many times `byte` occurs in `bytes[range]`.
    static func count(_ byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int {
        bytes.withUnsafeBufferPointer { b in
            var count = 0
            var start = range.lowerBound
            while let found = first(byte, in: b, start..<range.upperBound) {
                count += 1
                start = found + 1
            }
            return count
        }
    }
}
