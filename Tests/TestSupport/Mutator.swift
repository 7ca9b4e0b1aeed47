import CopydeskCore
import Foundation

/// Deterministic mutations of an input's bytes for fuzz tests: one seed, one sequence of cases.
///
/// Each mutation is one of the damages a real export or log meets: flipped or inserted bytes, a
/// cut, lines duplicated, dropped or swapped, a value of another JSON type, extreme numbers, odd
/// dates, other encodings (invalid UTF-8, a byte-order mark, UTF-16).
public struct Mutator {
    public private(set) var random: SeededRandom

    public init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// The kinds of mutation, by name (the name is part of a failure's message).
    public static let kinds = [
        "flip", "insert", "truncate", "duplicate-line", "drop-line", "swap-lines", "swap-type",
        "extreme-number", "odd-date", "bad-utf8", "bom", "utf16", "blank-lines", "crlf", "splice",
    ]

    /// `bytes` with one to three mutations applied, and their names.
    public mutating func mutate(_ bytes: [UInt8]) -> (bytes: [UInt8], kinds: [String]) {
        var bytes = bytes
        var applied: [String] = []
        for _ in 0..<random.within(1...3) {
            let kind = random.pick(Self.kinds)
            bytes = apply(kind, to: bytes)
            applied.append(kind)
        }
        return (bytes, applied)
    }

    mutating func apply(_ kind: String, to bytes: [UInt8]) -> [UInt8] {
        guard !bytes.isEmpty else { return Array("{".utf8) }
        var bytes = bytes
        switch kind {
        case "flip":
            for _ in 0..<random.within(1...4) { bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8)) }
        case "insert":
            let junk: [[UInt8]] = [[0], [0x7B], [0x7D], [0x22], [0x5B], [0x2C], [0x0A], [0x5C], Array("null".utf8), [0xFF, 0xFE]]
            bytes.insert(contentsOf: random.pick(junk), at: random.below(bytes.count + 1))
        case "truncate":
            bytes = Array(bytes.prefix(random.below(bytes.count)))
        case "duplicate-line", "drop-line", "swap-lines", "blank-lines", "crlf":
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            let i = random.below(lines.count), j = random.below(lines.count)
            switch kind {
            case "duplicate-line": lines.insert(lines[i], at: j)
            case "drop-line": lines.remove(at: i)
            case "swap-lines": lines.swapAt(i, j)
            case "blank-lines": lines.insert(contentsOf: Array(repeating: [], count: random.within(1...3)), at: j)
            default: lines = lines.map { $0 + [0x0D] }
            }
            bytes = Array(lines.joined(separator: [0x0A]))
        case "swap-type":
            // A number becomes a string, a string a number, an object or array a scalar, or the reverse.
            let replacements: [[UInt8]] = [Array("\"12k\"".utf8), Array("true".utf8), Array("null".utf8), Array("[]".utf8),
                                           Array("{}".utf8), Array("\"\"".utf8), Array("0".utf8), Array("{\"count\":\"x\"}".utf8)]
            if let range = valueRange(in: bytes) { bytes.replaceSubrange(range, with: random.pick(replacements)) }
        case "extreme-number":
            let numbers = ["9223372036854775807", "-9223372036854775808", "99999999999999999999999", "-1", "1e400",
                           "-0", "1.5e308", "0.000001", "18446744073709551616"]
            if let range = digitRange(in: bytes) { bytes.replaceSubrange(range, with: Array(random.pick(numbers).utf8)) }
        case "odd-date":
            let dates = ["0x69745e70", "2026-13-45T25:61:00Z", "2026-01-24T03:12:00", "Wed Oct 10 20:19:24 +9999 2018",
                         "1769224320", "2026-01-24T03:12:00Z" + String(repeating: " ", count: 70) + "x", "", "9999-12-31T23:59:59Z",
                         "0001-01-01T00:00:00Z", "2026-02-29T00:00:00Z"]
            if let range = dateRange(in: bytes) { bytes.replaceSubrange(range, with: Array(random.pick(dates).utf8)) }
        case "bad-utf8":
            let sequences: [[UInt8]] = [[0xC4, 0xE3], [0xE9], [0xF0, 0x9F], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xFF]]
            bytes.insert(contentsOf: random.pick(sequences), at: random.below(bytes.count + 1))
        case "bom":
            bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0)
        case "utf16":
            let little = random.chance(0.5)
            bytes = String(decoding: bytes, as: UTF8.self).utf16.flatMap { unit in
                little ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            }
        default:  // "splice": a piece of the input copied elsewhere in it
            let start = random.below(bytes.count)
            let piece = bytes[start..<min(bytes.count, start + random.within(1...200))]
            bytes.insert(contentsOf: piece, at: random.below(bytes.count + 1))
        }
        return bytes
    }

    /// A run of digits (a count, an id, a time's part), chosen at random.
    private mutating func digitRange(in bytes: [UInt8]) -> Range<Int>? {
        runRange(in: bytes) { (0x30...0x39).contains($0) }
    }

    /// A JSON number or string value after a `:`, chosen at random.
    private mutating func valueRange(in bytes: [UInt8]) -> Range<Int>? {
        let colons = bytes.indices.filter { bytes[$0] == UInt8(ascii: ":") }
        guard !colons.isEmpty else { return nil }
        var start = random.pick(colons) + 1
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        guard start < bytes.count else { return nil }
        var end = start + 1
        if bytes[start] == UInt8(ascii: "\"") {
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == 0x5C ? 2 : 1 }
            end = min(bytes.count, end + 1)
        } else {
            while end < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x0A].contains(bytes[end]) { end += 1 }
        }
        return start..<end
    }

    /// The inside of a string that looks like a date (`2026-…` or a weekday), chosen at random.
    private mutating func dateRange(in bytes: [UInt8]) -> Range<Int>? {
        let starts = bytes.indices.dropLast(5).filter { i in
            bytes[i] == UInt8(ascii: "\"") && bytes[i + 1] == UInt8(ascii: "2") && bytes[i + 2] == UInt8(ascii: "0")
                && (0x30...0x39).contains(bytes[i + 3])
        }
        guard !starts.isEmpty else { return digitRange(in: bytes) }
        let start = random.pick(starts) + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: ","), bytes[end] != 0x0A { end += 1 }
        return start..<end
    }

    private mutating func runRange(in bytes: [UInt8], where belongs: (UInt8) -> Bool) -> Range<Int>? {
        var runs: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            guard belongs(bytes[i]) else { i += 1; continue }
            let start = i
            while i < bytes.count, belongs(bytes[i]) { i += 1 }
            runs.append(start..<i)
        }
        return runs.isEmpty ? nil : random.pick(runs)
    }
}
