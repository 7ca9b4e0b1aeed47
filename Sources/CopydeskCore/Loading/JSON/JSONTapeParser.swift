/// Parses JSON into a `JSONTape`, accepting exactly the texts `JSONParser` accepts.
///
/// It only says whether the bytes are JSON: on a failure the caller asks `JSONParser` for the
/// message and the place, so both paths report the same error. The grammar below mirrors
/// `JSONParser` rule for rule (the nesting limit included); a test holds the two together.
/// - Complexity: O(n) in the bytes parsed; recursion depth is bounded by `maxDepth`.
struct JSONTapeParser {
    /// The bytes are not JSON (or nest too deep).
    struct NotJSON: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int
    private let end: Int
    private let maxDepth: Int
    /// The tape's entry buffer, taken over while parsing (see `JSONTape.Store`).
    private var entries: UnsafeMutablePointer<JSONTape.Entry>
    private var count = 0
    private var capacity: Int

    private init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, maxDepth: Int, store: JSONTape.Store) {
        self.bytes = bytes
        self.index = range.lowerBound
        self.end = range.upperBound
        self.maxDepth = maxDepth
        self.entries = store.base
        self.capacity = store.capacity
    }

    /// Parses exactly one value filling `range` (surrounding whitespace allowed) into `tape`,
    /// replacing what it held but keeping its capacity.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, into tape: inout JSONTape,
                      maxDepth: Int = JSONParser.maxDepth) -> Bool {
        parseValue(bytes, at: range.lowerBound, depth: 0, limit: range.upperBound, into: &tape, maxDepth: maxDepth) == range.upperBound
    }

    /// Parses one value that starts at `start` (after optional whitespace) at nesting `depth`, and
    /// the whitespace after it, into `tape`. Returns the offset past that whitespace, or `nil`.
    ///
    /// `depth` is the depth of the container holding the value, as `JSONParser` counts it, so an
    /// element of a top-level array is parsed with `depth: 1`.
    static func parseValue(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, depth: Int, limit: Int,
                           into tape: inout JSONTape, maxDepth: Int = JSONParser.maxDepth) -> Int? {
        guard limit <= JSONTape.maxBytes else { return nil }
        let store = tape.store
        var parser = JSONTapeParser(bytes: bytes, range: start..<limit, maxDepth: maxDepth, store: store)
        defer { (store.base, store.count, store.capacity) = (parser.entries, parser.count, parser.capacity) }
        do throws(NotJSON) {
            parser.skipWhitespace()
            try parser.parseValue(depth: depth)
            parser.skipWhitespace()
            return parser.index
        } catch {
            return nil
        }
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < end {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(NotJSON) {
        guard index < end else { throw NotJSON() }
        switch bytes[index] {
        case UInt8(ascii: "{"): try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): try parseString()
        case UInt8(ascii: "t"): try literal("true", .true)
        case UInt8(ascii: "f"): try literal("false", .false)
        case UInt8(ascii: "n"): try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
        default: throw NotJSON()
        }
    }

    @inline(__always)
    private mutating func append(_ entry: JSONTape.Entry) {
        if count == capacity { grow() }
        (entries + count).initialize(to: entry)
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<JSONTape.Entry>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: entries, count: count)
        entries.deallocate()
        entries = larger
        capacity *= 2
    }

    /// Opens a container entry; `close` sets where it ends.
    private mutating func open(_ kind: JSONTape.Kind, depth: Int) throws(NotJSON) -> Int {
        if depth > maxDepth { throw NotJSON() }
        append(JSONTape.Entry(kind: kind, start: UInt32(index), end: 0))
        index += 1
        return count - 1
    }

    private mutating func close(_ container: Int) {
        index += 1
        entries[container].end = UInt32(count)
    }

    private mutating func parseObject(depth: Int) throws(NotJSON) {
        let object = try open(.object, depth: depth)
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "}") {
            close(object)
            return
        }
        var previousName: Int?
        while true {
            skipWhitespace()
            guard index < end, bytes[index] == UInt8(ascii: "\"") else { throw NotJSON() }
            let name = count
            try parseString()
            entries[name].previous = UInt32(previousName ?? 0)
            previousName = name
            skipWhitespace()
            guard index < end, bytes[index] == UInt8(ascii: ":") else { throw NotJSON() }
            index += 1
            skipWhitespace()
            try parseValue(depth: depth)
            skipWhitespace()
            guard index < end else { throw NotJSON() }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                close(object)
                entries[object].previous = UInt32(previousName ?? 0)
                return
            default: throw NotJSON()
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(NotJSON) {
        let array = try open(.array, depth: depth)
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "]") {
            close(array)
            return
        }
        while true {
            skipWhitespace()
            try parseValue(depth: depth)
            skipWhitespace()
            guard index < end else { throw NotJSON() }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                close(array)
                return
            default: throw NotJSON()
            }
        }
    }

    private mutating func literal(_ word: StaticString, _ kind: JSONTape.Kind) throws(NotJSON) {
        let count = word.utf8CodeUnitCount
        guard end - index >= count else { throw NotJSON() }
        let literal = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for i in 0..<count where bytes[index + i] != literal[i] { throw NotJSON() }
        append(JSONTape.Entry(kind: kind, start: UInt32(index), end: UInt32(index + count)))
        index += count
    }

    private mutating func parseNumber() throws(NotJSON) {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        while index < end, isDigit(bytes[index]) { index += 1 }
        guard index > digitsStart else { throw NotJSON() }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fraction = index
            while index < end, isDigit(bytes[index]) { index += 1 }
            guard index > fraction else { throw NotJSON() }
        }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            let exponent = index
            while index < end, isDigit(bytes[index]) { index += 1 }
            guard index > exponent else { throw NotJSON() }
        }
        append(JSONTape.Entry(kind: .number, start: UInt32(start), end: UInt32(index)))
    }

    private mutating func parseString() throws(NotJSON) {
        index += 1
        let start = index
        var escaped = false
        let raw = UnsafeRawBufferPointer(bytes)
        while true {
            // Eight bytes at a time: plain ones are skipped, and the first quote, backslash or
            // control byte among them is jumped to directly.
            if end - index >= 8 {
                let mask = JSONParser.quoteEscapeOrControlMask(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if mask == 0 {
                    index += 8
                    continue
                }
                index += mask.trailingZeroBitCount >> 3
            } else {
                guard index < end else { throw NotJSON() }
                let byte = bytes[index]
                if byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20 {
                    index += 1
                    continue
                }
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw NotJSON() }
            // A backslash: check the escape and go on.
            index += 1
            escaped = true
            guard index < end else { throw NotJSON() }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                 UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                break
            case UInt8(ascii: "u"):
                // `JSONParser` reads a low surrogate after a high one as part of the same escape; it
                // accepts the same texts as reading every `\uXXXX` on its own, which this does.
                guard end - index >= 4 else { throw NotJSON() }
                for i in index..<index + 4 where !isHexDigit(bytes[i]) { throw NotJSON() }
                index += 4
            default:
                throw NotJSON()
            }
        }
        append(JSONTape.Entry(kind: escaped ? .escapedString : .string, start: UInt32(start), end: UInt32(index)))
        index += 1
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always)
    private func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
    }
}
