/// Parses JSON into a `JSONValue` tree that keeps numbers as written: `JSONScanner` with a sink
/// that builds the tree. The loaders read a tape (`JSONTapeParser`); the tree names what is wrong
/// and where when a record does not parse, and is the reference the tests read.
///
/// Foundation's `JSONSerialization` turns ids into `NSNumber` and recurses without a limit; this
/// does neither, and reports the byte offset of each error so callers can name line and column.
enum JSONParser {
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

    /// Parses exactly one value filling `range` of `bytes` (surrounding whitespace allowed).
    static func parse(_ bytes: [UInt8], range: Range<Int>? = nil, maxDepth: Int = JSONParser.maxDepth) -> Result<JSONValue, Failure> {
        bytes.withUnsafeBufferPointer { parse($0, range: range ?? 0..<$0.count, maxDepth: maxDepth) }
    }

    /// Parses exactly one value filling `range` of `buffer` (surrounding whitespace allowed).
    static func parse(_ buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>, maxDepth: Int = JSONParser.maxDepth) -> Result<JSONValue, Failure> {
        var scanner = JSONScanner(bytes: buffer, range: range, maxDepth: maxDepth, sink: TreeSink(bytes: buffer))
        return Result { () throws(Failure) in try scanner.document() }
    }

    /// Builds `JSONValue`s.
    struct TreeSink: JSONSink {
        let bytes: UnsafeBufferPointer<UInt8>

        func beginObject(at offset: Int) -> JSONObject { JSONObject(members: [], offset: offset) }
        func name(_ range: Range<Int>, escaped: Bool) -> String { text(range, escaped: escaped) }
        func add(_ name: String, _ value: consuming JSONValue, to object: inout JSONObject) {
            object.members.append(JSONObject.Member(key: name, value: value))
        }
        func end(_ object: consuming JSONObject) -> JSONValue { .object(object) }

        func beginArray(at offset: Int) -> [JSONValue] { [] }
        func add(_ element: consuming JSONValue, to array: inout [JSONValue]) { array.append(element) }
        func end(_ array: consuming [JSONValue]) -> JSONValue { .array(array) }

        func string(_ range: Range<Int>, escaped: Bool) -> JSONValue { .string(text(range, escaped: escaped)) }
        func number(_ range: Range<Int>) -> JSONValue { .number(text(range, escaped: false)) }
        func literal(_ literal: JSONLiteral, _ range: Range<Int>) -> JSONValue {
            switch literal {
            case .true: return .bool(true)
            case .false: return .bool(false)
            case .null: return .null
            }
        }

        private func text(_ range: Range<Int>, escaped: Bool) -> String {
            escaped ? JSONEscapes.decode(bytes, range) : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
    }
}
