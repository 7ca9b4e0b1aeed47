/// A JSON object as the tweet parsers read it: a parsed tree (`JSONObject`) or a view into a tape
/// (`JSONTape.Object`). The field rules (which names, `null` as absent, numbers as text) live once,
/// in the extension below, so both forms read a record the same way.
protocol JSONObjectReading {
    associatedtype Value: JSONValueReading where Value.Object == Self
    /// Byte offset of `{` in the parsed bytes.
    var offset: Int { get }
    /// The value of `key` as written, `null` included; a repeated name gives its last value.
    func member(_ key: String) -> Value?
    /// Where each of `keys` is, as `member` finds it (-1: absent), by its position in `keys`; a
    /// tape finds them in one pass over the object's names.
    func memberPositions(_ keys: JSONKeys) -> JSONMemberPositions
    /// The value at a position `memberPositions` gave.
    func memberValue(at position: Int) -> Value
}

/// A JSON value as the tweet parsers read it.
protocol JSONValueReading {
    associatedtype Object: JSONObjectReading where Object.Value == Self
    var isNull: Bool { get }
    var objectValue: Object? { get }
    /// A string, or a number's digits (ids come both ways).
    var stringValue: String? { get }
    /// The elements, if this is an array.
    var arrayValue: [Self]? { get }
    /// A number, or a string of digits, that is integral (`intValueFromText`).
    var intValue: Int? { get }
    /// `DecimalID.number(stringValue)`, for ids (`nil` when not a string or number).
    var decimalID: UInt64? { get }
    /// `body` over the UTF-8 of `stringValue`, or `nil` when there is none.
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R?
    /// Calls `body` with each element, in order, if this is an array (`arrayValue` without the array).
    func forEachElement(_ body: (Self) -> Void)
}

extension JSONObjectReading {
    /// The members named by `keys`, each as `member` finds it.
    func members(_ keys: JSONKeys) -> JSONMembers<Self> {
        JSONMembers(object: self, positions: memberPositions(keys))
    }

    /// Whether the object names `key` (even with a `null` value).
    func has(_ key: String) -> Bool { member(key) != nil }

    /// The value of `key`, unless absent or `null`.
    subscript(key: String) -> Value? {
        if let value = member(key), !value.isNull { return value }
        return nil
    }

    /// A string member, or a number member's digits.
    func text(_ key: String) -> String? { self[key]?.stringValue }

    /// An integer member written as a number or a string (`"42"` in archives); `nil` if absent or not integral.
    func int(_ key: String) -> Int? { self[key]?.intValue }

    /// A string or number member naming another tweet than `id` (a conversation's first tweet, say);
    /// `nil` when absent, empty or `id` itself. The common case, `id` itself, makes no string.
    func otherID(_ key: String, than id: String) -> String? {
        self[key]?.otherID(than: id)
    }

    func object(_ key: String) -> Value.Object? { self[key]?.objectValue }

    func array(_ key: String) -> [Value]? { self[key]?.arrayValue }

    /// The objects of an array member, ignoring other elements.
    func objects(_ key: String) -> [Value.Object] {
        // A closure, not `\.objectValue`: a key path in generic code is built at run time, on every call.
        (array(key) ?? []).compactMap { $0.objectValue }
    }
}

extension JSONValueReading {
    var intValue: Int? { intValueFromText }

    func forEachElement(_ body: (Self) -> Void) {
        arrayValue?.forEach(body)
    }

    /// This string or number when it names another tweet than `id`: nil when empty or `id` itself
    /// (the common case, which makes no string).
    func otherID(than id: String) -> String? {
        // Byte buffers compared in a loop: comparing a buffer with a string's UTF-8 view, or even
        // with another buffer, went through generic iterators (500 to 870 instructions a tweet).
        guard withUTF8({ bytes in
            !bytes.isEmpty && !(id.utf8.withContiguousStorageIfAvailable { Self.same(bytes, $0) } ?? bytes.elementsEqual(id.utf8))
        }) == true else { return nil }
        return stringValue
    }

    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for k in 0..<a.count where a[k] != b[k] { return false }
        return true
    }

    var decimalID: UInt64? { stringValue.flatMap(DecimalID.number) }

    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard var text = stringValue else { return nil }
        return text.withUTF8(body)
    }

    /// A number, or a string of digits, that is integral: the rule every form of `intValue` keeps.
    var intValueFromText: Int? {
        guard let n = stringValue else { return nil }
        if let value = Int(n) { return value }
        // `1.0e3` or `12.0`: integral but not written as an integer.
        if let value = Double(n), value.rounded() == value, abs(value) < 9e15 { return Int(value) }
        return nil
    }
}
