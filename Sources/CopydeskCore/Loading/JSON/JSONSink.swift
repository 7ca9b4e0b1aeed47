/// What `JSONScanner` hands on as it reads: the tape the loaders read (`JSONTapeParser`) or the
/// tree used for messages and tests (`JSONParser`). Ranges are byte offsets into the scanned
/// buffer; a string's range is its bytes between the quotes.
///
/// Containers are built bottom-up: `begin…` when the scanner meets `{` or `[`, `add` once each
/// member or element is read, `end` at the closing bracket.
protocol JSONSink {
    /// A finished value.
    associatedtype Value
    /// A member name, as the sink keeps it until its value is read.
    associatedtype Name
    /// An object being read.
    associatedtype ObjectInProgress
    /// An array being read.
    associatedtype ArrayInProgress

    mutating func beginObject(at offset: Int) -> ObjectInProgress
    mutating func name(_ range: Range<Int>, escaped: Bool) -> Name
    mutating func add(_ name: Name, _ value: consuming Value, to object: inout ObjectInProgress)
    mutating func end(_ object: consuming ObjectInProgress) -> Value

    mutating func beginArray(at offset: Int) -> ArrayInProgress
    mutating func add(_ element: consuming Value, to array: inout ArrayInProgress)
    mutating func end(_ array: consuming ArrayInProgress) -> Value

    mutating func string(_ range: Range<Int>, escaped: Bool) -> Value
    mutating func number(_ range: Range<Int>) -> Value
    mutating func literal(_ literal: JSONLiteral, _ range: Range<Int>) -> Value
}

/// `true`, `false` or `null`.
enum JSONLiteral {
    case `true`, `false`, null
}
