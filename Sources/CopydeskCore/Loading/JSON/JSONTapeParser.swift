/// Parses JSON into a `JSONTape`: `JSONScanner` with a sink that lays the tape.
///
/// It only says whether the bytes are JSON: on a failure the caller asks `JSONParser` (the same
/// scanner) for the message and the place.
/// - Complexity: O(n) in the bytes parsed; recursion depth is bounded by `maxDepth`.
enum JSONTapeParser {
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
        var scanner = JSONScanner(bytes: bytes, range: start..<limit, maxDepth: maxDepth, sink: TapeSink(store: store))
        defer { (store.base, store.count, store.capacity) = (scanner.sink.entries, scanner.sink.count, scanner.sink.capacity) }
        do throws(JSONParser.Failure) {
            _ = try scanner.valueAndWhitespace(depth: depth)
            return scanner.index
        } catch {
            return nil
        }
    }

    /// Appends one entry per value and member name (see `JSONTape.Entry`).
    struct TapeSink: JSONSink {
        /// The tape's entry buffer, taken over while parsing (see `JSONTape.Store`).
        fileprivate(set) var entries: UnsafeMutablePointer<JSONTape.Entry>
        fileprivate(set) var count = 0
        fileprivate(set) var capacity: Int

        init(store: JSONTape.Store) {
            entries = store.base
            capacity = store.capacity
        }

        /// An object's entry, and its last name entry so far (0 before the first).
        struct Object {
            let entry: Int
            var lastName = 0
        }

        @inline(__always)
        mutating func beginObject(at offset: Int) -> Object { Object(entry: open(.object, at: offset)) }

        @inline(__always)
        mutating func name(_ range: Range<Int>, escaped: Bool) -> Int {
            append(JSONTape.Entry(kind: escaped ? .escapedString : .string, start: UInt32(range.lowerBound), end: UInt32(range.upperBound)))
            return count - 1
        }

        @inline(__always)
        mutating func add(_ name: Int, _ value: consuming Void, to object: inout Object) {
            entries[name].previous = UInt32(object.lastName)
            object.lastName = name
        }

        @inline(__always)
        mutating func end(_ object: consuming Object) {
            entries[object.entry].end = UInt32(count)
            entries[object.entry].previous = UInt32(object.lastName)
        }

        @inline(__always)
        mutating func beginArray(at offset: Int) -> Int { open(.array, at: offset) }
        @inline(__always)
        mutating func add(_ element: consuming Void, to array: inout Int) {}
        @inline(__always)
        mutating func end(_ array: consuming Int) { entries[array].end = UInt32(count) }

        @inline(__always)
        mutating func string(_ range: Range<Int>, escaped: Bool) {
            _ = name(range, escaped: escaped)
        }

        @inline(__always)
        mutating func number(_ range: Range<Int>) {
            append(JSONTape.Entry(kind: .number, start: UInt32(range.lowerBound), end: UInt32(range.upperBound)))
        }

        @inline(__always)
        mutating func literal(_ literal: JSONLiteral, _ range: Range<Int>) {
            let kind: JSONTape.Kind = switch literal {
            case .true: .true
            case .false: .false
            case .null: .null
            }
            append(JSONTape.Entry(kind: kind, start: UInt32(range.lowerBound), end: UInt32(range.upperBound)))
        }

        /// A container's entry; `end` sets where its contents stop.
        @inline(__always)
        private mutating func open(_ kind: JSONTape.Kind, at offset: Int) -> Int {
            append(JSONTape.Entry(kind: kind, start: UInt32(offset), end: 0))
            return count - 1
        }

        @inline(__always)
        private mutating func append(_ entry: JSONTape.Entry) {
            if count == capacity { grow() }
            (entries + count).initialize(to: entry)
            count += 1
        }

        @inline(never)
        private mutating func grow() {
            let larger = UnsafeMutablePointer<JSONTape.Entry>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: entries, count: count)
            entries.deallocate()
            entries = larger
            capacity *= 2
        }
    }
}
