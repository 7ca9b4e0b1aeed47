/// A parsed JSON value that keeps numbers as their source digits, so tweet ids never pass through `Double`.
///
/// Not `indirect`: arrays and objects already hold their elements out of line, and boxing every
/// scalar cost one allocation per value.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number exactly as written (`1750000000000000001`, `-3.5e2`).
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members and the byte offset of the opening brace (for line numbers).
    case object(JSONObject)
}

/// A JSON object and where it starts in its file.
///
/// Members are kept in a small array, not a dictionary: tweet objects have a dozen members, and
/// a linear scan of short keys beats hashing every key while parsing.
/// - Complexity: member lookup is O(members).
struct JSONObject: Sendable {
    /// One `"name": value` pair.
    struct Member: Sendable, Equatable {
        var key: String
        var value: JSONValue
    }

    /// Members in source order, repeats included.
    var members: [Member]
    /// Byte offset of `{` in the parsed bytes.
    var offset: Int

    init(members: [Member], offset: Int) {
        self.members = members
        self.offset = offset
    }

    /// The value of `key` as written, `null` included; a repeated name gives its last value.
    func member(_ key: String) -> JSONValue? {
        // Comparing byte counts first skips most names without a string comparison.
        let length = key.utf8.count
        var i = members.count
        while i > 0 {
            i -= 1
            if members[i].key.utf8.count == length, members[i].key == key { return members[i].value }
        }
        return nil
    }
}

extension JSONObject: Equatable {
    /// Equal as dictionaries would be: the same names with the same (last) values, in any order.
    static func == (a: JSONObject, b: JSONObject) -> Bool {
        guard a.offset == b.offset else { return false }
        return a.members.allSatisfy { b.member($0.key) == a.member($0.key) }
            && b.members.allSatisfy { a.member($0.key) != nil }
    }
}

extension JSONValue {
    var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    var stringValue: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n
        default: return nil
        }
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }
}

extension JSONObject: JSONObjectReading {
    /// Each key's last member, found as `member` finds it (the tree is read for messages, not speed).
    func memberPositions(_ keys: JSONKeys) -> JSONMemberPositions {
        var positions = JSONMemberPositions(repeating: -1)
        for (k, key) in keys.names.enumerated() {
            let length = key.utf8.count
            var i = members.count
            while i > 0 {
                i -= 1
                if members[i].key.utf8.count == length, members[i].key == key {
                    positions[k] = Int32(i)
                    break
                }
            }
        }
        return positions
    }

    func memberValue(at position: Int) -> JSONValue { members[position].value }
}
extension JSONValue: JSONValueReading {}
