/// The JSON grammar, once: a strict scanner over UTF-8 bytes with a nesting limit, handing what it
/// reads to a sink (`JSONSink`) that builds the loaders' tape or the tree used for messages.
///
/// Every rule, message, byte offset and limit lives here, so the two outputs accept exactly the
/// same texts and refuse them with the same words at the same place. Strings are checked, not
/// decoded: a sink gets each string's bytes between the quotes and whether it holds escapes
/// (`JSONEscapes` decodes those).
/// - Complexity: O(n) in the bytes scanned; recursion depth is bounded by `maxDepth`.
struct JSONScanner<Sink: JSONSink> {
    /// Deepest nesting accepted. Real tweet exports stay under 20.
    static var maxDepth: Int { JSONParser.maxDepth }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The same bytes, for reading eight at a time.
    private let raw: UnsafeRawBufferPointer
    private(set) var index: Int
    private let end: Int
    private let maxDepth: Int
    var sink: Sink

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, maxDepth: Int, sink: Sink) {
        self.bytes = bytes
        self.raw = UnsafeRawBufferPointer(bytes)
        self.index = range.lowerBound
        self.end = range.upperBound
        self.maxDepth = maxDepth
        self.sink = sink
    }

    /// Scans exactly one value filling the range (surrounding whitespace allowed).
    mutating func document() throws(JSONParser.Failure) -> Sink.Value {
        let value = try valueAndWhitespace(depth: 0)
        if index < end { throw failure("unexpected content after the JSON value") }
        return value
    }

    /// Scans optional whitespace, one value inside a container at nesting `depth` (0 for a whole
    /// document, 1 for an element of a top-level array), and the whitespace after it.
    mutating func valueAndWhitespace(depth: Int) throws(JSONParser.Failure) -> Sink.Value {
        skipWhitespace()
        let value = try value(depth: depth)
        skipWhitespace()
        return value
    }

    private func failure(_ message: String, at offset: Int? = nil) -> JSONParser.Failure {
        JSONParser.Failure(kind: .syntax, offset: offset ?? index, message: message)
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

    private mutating func value(depth: Int) throws(JSONParser.Failure) -> Sink.Value {
        guard index < end else { throw failure("unexpected end of input, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""):
            let (range, escaped) = try string()
            return sink.string(range, escaped: escaped)
        case UInt8(ascii: "t"): return try literal("true", .true)
        case UInt8(ascii: "f"): return try literal("false", .false)
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return sink.number(try number())
        default: throw failure("unexpected character \(describe(bytes[index])), expected a value")
        }
    }

    private func checkDepth(_ depth: Int) throws(JSONParser.Failure) {
        if depth > maxDepth {
            throw JSONParser.Failure(kind: .tooDeep, offset: index, message: "nesting deeper than \(maxDepth) levels")
        }
    }

    private mutating func object(depth: Int) throws(JSONParser.Failure) -> Sink.Value {
        try checkDepth(depth)
        var object = sink.beginObject(at: index)
        index += 1
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return sink.end(object)
        }
        while true {
            skipWhitespace()
            guard index < end, bytes[index] == UInt8(ascii: "\"") else {
                throw failure(index < end ? "expected a quoted member name, found \(describe(bytes[index]))" : "unexpected end of input inside an object")
            }
            let (range, escaped) = try string()
            let name = sink.name(range, escaped: escaped)
            skipWhitespace()
            guard index < end, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':' after a member name") }
            index += 1
            skipWhitespace()
            let member = try value(depth: depth)
            sink.add(name, member, to: &object)
            skipWhitespace()
            guard index < end else { throw failure("unexpected end of input inside an object") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return sink.end(object)
            default: throw failure("expected ',' or '}' in an object, found \(describe(bytes[index]))")
            }
        }
    }

    private mutating func array(depth: Int) throws(JSONParser.Failure) -> Sink.Value {
        try checkDepth(depth)
        var array = sink.beginArray(at: index)
        index += 1
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return sink.end(array)
        }
        while true {
            skipWhitespace()
            let element = try value(depth: depth)
            sink.add(element, to: &array)
            skipWhitespace()
            guard index < end else { throw failure("unexpected end of input inside an array") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return sink.end(array)
            default: throw failure("expected ',' or ']' in an array, found \(describe(bytes[index]))")
            }
        }
    }

    private mutating func literal(_ word: StaticString, _ literal: JSONLiteral) throws(JSONParser.Failure) -> Sink.Value {
        let count = word.utf8CodeUnitCount
        guard end - index >= count else { throw failure("unexpected end of input, expected \(word)") }
        let spelling = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for i in 0..<count where bytes[index + i] != spelling[i] {
            throw failure("unexpected character \(describe(bytes[index + i])), expected \(word)", at: index + i)
        }
        index += count
        return sink.literal(literal, index - count..<index)
    }

    /// A number's bytes as written.
    @inline(__always)
    private mutating func number() throws(JSONParser.Failure) -> Range<Int> {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        try digits("expected digits in a number")
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            try digits("expected digits after '.' in a number")
        }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            try digits("expected digits in a number's exponent")
        }
        return start..<index
    }

    /// One or more digits, or `message`.
    @inline(__always)
    private mutating func digits(_ message: @autoclosure () -> String) throws(JSONParser.Failure) {
        let start = index
        while index < end, isDigit(bytes[index]) { index += 1 }
        guard index > start else { throw failure(message()) }
    }

    /// A string from its opening quote: the bytes between the quotes, and whether any is escaped.
    private mutating func string() throws(JSONParser.Failure) -> (Range<Int>, escaped: Bool) {
        let open = index
        index += 1
        let start = index
        var escaped = false
        while true {
            // Eight bytes at a time: plain ones are skipped, and the first quote, backslash or
            // control byte among them is jumped to directly.
            if end - index >= 8 {
                let mask = Self.quoteEscapeOrControlMask(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if mask == 0 {
                    index += 8
                    continue
                }
                index += mask.trailingZeroBitCount >> 3
            } else {
                guard index < end else { throw failure("unterminated string", at: open) }
                let byte = bytes[index]
                if byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20 {
                    index += 1
                    continue
                }
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw failure("control character \(describe(byte)) inside a string (escape it)") }
            // A backslash: check the escape and go on.
            index += 1
            escaped = true
            guard index < end else { throw failure("unterminated string", at: open) }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                 UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                break
            case UInt8(ascii: "u"):
                // Each `\uXXXX` on its own: a surrogate pair is two of them, joined when decoded.
                guard end - index >= 4 else { throw failure("unexpected end of input in a \\u escape") }
                for _ in 0..<4 {
                    guard JSONEscapes.hexValue(bytes[index]) != nil else {
                        throw failure("invalid hex digit \(describe(bytes[index])) in a \\u escape")
                    }
                    index += 1
                }
            default:
                throw failure("invalid escape \\\(describe(escape)) in a string", at: index - 2)
            }
        }
        let range = start..<index
        index += 1
        return (range, escaped)
    }

    /// The high bit of each byte of `word` (little-endian) that may be a quote, a backslash or below
    /// 0x20 (zero-byte tests). The lowest bit set always marks a real one: a false mark only ever
    /// sits above a real one, where a borrow ran on.
    @inline(__always)
    static func quoteEscapeOrControlMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let control = (word &- ones &* 0x20) & ~word
        let zeroQuote = (quote &- ones) & ~quote
        let zeroBackslash = (backslash &- ones) & ~backslash
        return (control | zeroQuote | zeroBackslash) & highs
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "0x" + String(byte, radix: 16, uppercase: true)
    }
}
