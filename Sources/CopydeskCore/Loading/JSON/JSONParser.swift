/// A strict JSON parser over UTF-8 bytes with a nesting limit, keeping numbers as written.
///
/// Foundation's `JSONSerialization` turns ids into `NSNumber` and recurses without a limit; this
/// parser does neither, and reports the byte offset of each error so callers can name line and column.
/// - Complexity: O(n) in the bytes parsed; recursion depth is bounded by `maxDepth`.
struct JSONParser {
    /// Deepest nesting accepted. Real tweet exports stay under 20.
    static let maxDepth = 512

    /// Why bytes are not JSON, and where.
    struct Failure: Error, Equatable {
        enum Kind: Equatable { case syntax, tooDeep }
        var kind: Kind
        /// Byte offset of the problem in the whole buffer.
        var offset: Int
        var message: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int
    private let end: Int
    private let maxDepth: Int

    private init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, maxDepth: Int) {
        self.bytes = bytes
        self.index = range.lowerBound
        self.end = range.upperBound
        self.maxDepth = maxDepth
    }

    /// Parses exactly one value filling `range` of `bytes` (surrounding whitespace allowed).
    static func parse(_ bytes: [UInt8], range: Range<Int>? = nil, maxDepth: Int = JSONParser.maxDepth) -> Result<JSONValue, Failure> {
        bytes.withUnsafeBufferPointer { parse($0, range: range ?? 0..<$0.count, maxDepth: maxDepth) }
    }

    /// Parses exactly one value filling `range` of `buffer` (surrounding whitespace allowed).
    static func parse(_ buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>, maxDepth: Int = JSONParser.maxDepth) -> Result<JSONValue, Failure> {
        var parser = JSONParser(bytes: buffer, range: range, maxDepth: maxDepth)
        do {
            parser.skipWhitespace()
            let value = try parser.parseValue(depth: 0)
            parser.skipWhitespace()
            if parser.index < parser.end {
                throw parser.failure("unexpected content after the JSON value")
            }
            return .success(value)
        } catch let error as Failure {
            return .failure(error)
        } catch {
            return .failure(Failure(kind: .syntax, offset: parser.index, message: "\(error)"))
        }
    }

    private func failure(_ message: String, at offset: Int? = nil) -> Failure {
        Failure(kind: .syntax, offset: offset ?? index, message: message)
    }

    private mutating func skipWhitespace() {
        while index < end {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws -> JSONValue {
        guard index < end else { throw failure("unexpected end of input, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw failure("unexpected character \(describe(bytes[index])), expected a value")
        }
    }

    private func checkDepth(_ depth: Int) throws {
        if depth > maxDepth {
            throw Failure(kind: .tooDeep, offset: index, message: "nesting deeper than \(maxDepth) levels")
        }
    }

    private mutating func parseObject(depth: Int) throws -> JSONValue {
        try checkDepth(depth)
        let start = index
        index += 1
        var members: [JSONObject.Member] = []
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(JSONObject(members: members, offset: start))
        }
        while true {
            skipWhitespace()
            guard index < end, bytes[index] == UInt8(ascii: "\"") else {
                throw failure(index < end ? "expected a quoted member name, found \(describe(bytes[index]))" : "unexpected end of input inside an object")
            }
            let key = try parseString()
            skipWhitespace()
            guard index < end, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':' after a member name") }
            index += 1
            skipWhitespace()
            members.append(JSONObject.Member(key: key, value: try parseValue(depth: depth)))
            skipWhitespace()
            guard index < end else { throw failure("unexpected end of input inside an object") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return .object(JSONObject(members: members, offset: start))
            default: throw failure("expected ',' or '}' in an object, found \(describe(bytes[index]))")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws -> JSONValue {
        try checkDepth(depth)
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < end, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard index < end else { throw failure("unexpected end of input inside an array") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return .array(elements)
            default: throw failure("expected ',' or ']' in an array, found \(describe(bytes[index]))")
            }
        }
    }

    private mutating func expectLiteral(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard end - index >= count else { throw failure("unexpected end of input, expected \(word)") }
        let literal = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for i in 0..<count where bytes[index + i] != literal[i] {
            throw failure("unexpected character \(describe(bytes[index + i])), expected \(word)", at: index + i)
        }
        index += count
    }

    private mutating func parseNumber() throws -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        while index < end, isDigit(bytes[index]) { index += 1 }
        guard index > digitsStart else { throw failure("expected digits in a number") }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fraction = index
            while index < end, isDigit(bytes[index]) { index += 1 }
            guard index > fraction else { throw failure("expected digits after '.' in a number") }
        }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            let exponent = index
            while index < end, isDigit(bytes[index]) { index += 1 }
            guard index > exponent else { throw failure("expected digits in a number's exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private mutating func parseString() throws -> String {
        let open = index
        index += 1
        let start = index
        // Fast path: no escapes. Skip eight plain bytes at a time, then look at each byte.
        let raw = UnsafeRawBufferPointer(bytes)
        while end - index >= 8, !Self.mayHoldQuoteEscapeOrControl(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
            index += 8
        }
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw failure("control character \(describe(byte)) inside a string (escape it)") }
            index += 1
        }
        guard index < end else { throw failure("unterminated string", at: open) }
        var scalars = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < end else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append(0x22)
                case UInt8(ascii: "\\"): scalars.append(0x5C)
                case UInt8(ascii: "/"): scalars.append(0x2F)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try parseUnicodeEscape()
                    scalars.append(contentsOf: String(Character(scalar)).utf8)
                default:
                    throw failure("invalid escape \\\(describe(escape)) in a string", at: index - 2)
                }
            default:
                if byte < 0x20 { throw failure("control character \(describe(byte)) inside a string (escape it)") }
                scalars.append(byte)
                index += 1
            }
        }
        throw failure("unterminated string", at: open)
    }

    /// Reads `XXXX` after `\u`, joining surrogate pairs; a lone surrogate becomes U+FFFD.
    private mutating func parseUnicodeEscape() throws -> Unicode.Scalar {
        let high = try parseHex4()
        if (0xD800...0xDBFF).contains(high) {
            if end - index >= 6, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                let save = index
                index += 2
                let low = try parseHex4()
                if (0xDC00...0xDFFF).contains(low) {
                    let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    return Unicode.Scalar(value) ?? "\u{FFFD}"
                }
                index = save
            }
            return "\u{FFFD}"
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}"
    }

    private mutating func parseHex4() throws -> UInt32 {
        guard end - index >= 4 else { throw failure("unexpected end of input in a \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw failure("invalid hex digit \(describe(byte)) in a \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// Whether any of the eight bytes in `word` is a quote, a backslash or below 0x20.
    @inline(__always)
    static func mayHoldQuoteEscapeOrControl(_ word: UInt64) -> Bool {
        quoteEscapeOrControlMask(word) != 0
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

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "0x" + String(byte, radix: 16, uppercase: true)
    }
}
