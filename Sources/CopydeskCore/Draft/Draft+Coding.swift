// Dictionaries keyed by these types encode as JSON objects (not as [key, value, …] arrays in hash
// order), so with `.sortedKeys` a draft always encodes to the same bytes.

extension StoryID: CodingKeyRepresentable {
    public var codingKey: any CodingKey { DraftCodingKey(rawValue) }
    public init?<T: CodingKey>(codingKey: T) { self.init(codingKey.stringValue) }
}

extension Section: CodingKeyRepresentable {
    public var codingKey: any CodingKey { DraftCodingKey(rawValue) }
    public init?<T: CodingKey>(codingKey: T) { self.init(rawValue: codingKey.stringValue) }
}

/// A plain string coding key.
struct DraftCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
