@testable import CopydeskCore
import Testing

/// The tape and the tree come from one scanner (`JSONScanner`): both sinks must accept the same texts
/// and read the same values.
@Suite struct JSONTapeParserTests {
    /// Valid JSON with every kind of value, escape and nesting the loaders meet.
    static let samples = [
        #"{"a": 9007199254740993, "b": "x\"y\\z\/w\n", "c": [true, false, null, -1.5e3, 0.25, 1E+2], "d": {}}"#,
        #"["\u4e2d\u6587", "\ud83d\ude80", "\ud800x", "\ud800\u0041", "\uDBFF\uDFFF", "", "caf\u00e9"]"#,
        #"{"te\u0078t": "escaped name", "text": "plain", "text": "repeated", "n": null}"#,
        #"[[[[{"deep": [{"er": [1, [2, [3]]]}]}]]]]"#,
        "{\"zh\": \"今天 🚀 naïve\", \"tab\": \"a\\tb\", \"sp\" :  [ 1 ,2 , 3 ] }",
        "  [ {\"data\": [{\"id\": \"1\"}]} ,\n {\"data\": []} ]  \n",
        "007",
        "\"just a string\"",
    ]

    @Test(arguments: samples)
    func readsTheSameValuesAsTheTreeParser(text: String) throws {
        let bytes = Array(text.utf8)
        let tree = try JSONParser.parse(bytes).get()
        #expect(tapeValue(bytes) == tree)
    }

    @Test func acceptsExactlyWhatTheTreeParserAcceptsUnderMutation() {
        var random = SeededRandom(seed: 42)
        // Bytes that make or break JSON: structure, escapes, controls, digits, literals, non-ASCII.
        let alphabet = Array(#"{}[]":,\/"bfnrtu0123456789eE+-.aA xnull"#.utf8) + [0x0A, 0x09, 0x01, 0x00, 0xC3, 0xA9, 0x7F]
        var disagreements: [String] = []
        for round in 0..<4000 {
            var bytes = Array(Self.samples[round % Self.samples.count].utf8)
            for _ in 0..<random.within(1...3) {
                let at = random.below(bytes.count + 1)
                switch random.below(3) {
                case 0 where at < bytes.count: bytes.remove(at: at)
                case 1 where at < bytes.count: bytes[at] = alphabet[random.below(alphabet.count)]
                default: bytes.insert(alphabet[random.below(alphabet.count)], at: at)
                }
            }
            let tree = try? JSONParser.parse(bytes).get()
            let tape = tapeValue(bytes)
            if tree != tape { disagreements.append(String(decoding: bytes, as: UTF8.self)) }
        }
        #expect(disagreements.isEmpty, "first: \(disagreements.first ?? "")")
    }

    @Test func refusesNestingPastTheLimitButAcceptsUpToIt() {
        let limit = JSONParser.maxDepth
        let ok = Array((String(repeating: "[", count: limit) + String(repeating: "]", count: limit)).utf8)
        let deep = Array((String(repeating: "{\"a\":", count: limit + 1) + "1" + String(repeating: "}", count: limit + 1)).utf8)
        #expect(tapeValue(ok) != nil)
        #expect(tapeValue(deep) == nil)
        #expect((try? JSONParser.parse(deep).get()) == nil)
    }

    @Test func anElementOfATopLevelArrayIsParsedAtDepthOne() {
        // `[` plus 511 more levels is the limit; the element alone must be held to the same count.
        let limit = JSONParser.maxDepth
        let element = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        let bytes = Array(("[" + element + "]").utf8)
        var tape = JSONTape()
        let parsed = bytes.withUnsafeBufferPointer {
            JSONTapeParser.parseValue($0, at: 1, depth: 1, limit: $0.count - 1, into: &tape)
        }
        #expect(parsed == nil)
        #expect((try? JSONParser.parse(bytes).get()) == nil)
    }

    @Test func aMemberLookupFindsTheLastOfRepeatedNames() throws {
        let bytes = Array(#"{"text": "first", "te\u0078t": "second", "other": {"text": "inner"}}"#.utf8)
        var tape = JSONTape()
        try #require(bytes.withUnsafeBufferPointer { JSONTapeParser.parse($0, range: 0..<$0.count, into: &tape) })
        let text = bytes.withUnsafeBufferPointer { buffer in
            tape.withRoot(in: buffer) { $0.objectValue?.text("text") }
        }
        #expect(text == "second")
    }

    /// `members` finds each name in one pass as `member` finds it alone: the last of repeated names
    /// (escaped or not), `null` as written, a name in a nested object not at all; the tree the same.
    @Test(arguments: [
        #"{"text": "first", "te\u0078t": "second", "id": 1, "other": {"text": "inner", "id": 2}, "lang": null, "id": "3"}"#,
        #"{"lang": "en", "text": {"a": [1, {"id": 4}]}, "i\u0064": "5", "idx": 6, "tex": 7, "texts": 8}"#,
        #"{}"#, #"{"a": 1}"#, #"{"\u0069d": "9", "id": "10", "text": "x", "t": "y"}"#,
    ])
    func membersFindsEachNameAsMemberDoes(text: String) throws {
        let keys = JSONKeys(["id", "text", "lang", "other", "absent", "t", "tex"])
        let bytes = Array(text.utf8)
        let treeObject = try #require(try JSONParser.parse(bytes).get().objectValue)
        let treeFound = treeObject.members(keys)
        var tape = JSONTape()
        try #require(bytes.withUnsafeBufferPointer { JSONTapeParser.parse($0, range: 0..<$0.count, into: &tape) })
        bytes.withUnsafeBufferPointer { buffer in
            tape.withRoot(in: buffer) { root in
                let object = root.objectValue!
                let found = object.members(keys)
                for (k, key) in keys.names.enumerated() {
                    #expect(found.member(k).map(tree(of:)) == object.member(key).map(tree(of:)), "\(key) in \(text)")
                    #expect(found.member(k).map(tree(of:)) == treeObject.member(key), "\(key) in \(text)")
                    #expect(treeFound.member(k) == treeObject.member(key), "\(key) in \(text)")
                    #expect(found[k]?.isNull != true)
                }
            }
        }
    }

    /// Scalars whose integer, id and text readings the tape takes from the bytes in place.
    static let scalars = [
        "0", "-0", "7", "42", "-42", "007", "123456789012345678", "-123456789012345678", "1234567890123456789",
        "99999999999999999999", "12.0", "1.0e3", "1e20", "-1.5", "\"42\"", "\"0\"", "\"01\"", "\"2015122217897118549\"",
        "\"\\u0032015\"", "\"abc\"", "\"\"", "true", "null", "[1]", "{\"a\": 1}", "\"\\u00e9t\\u00e9\"",
    ]

    @Test(arguments: scalars)
    func readsIntegersIdsAndTextAsTheTreeDoes(scalar: String) throws {
        let bytes = Array("{\"v\": \(scalar)}".utf8)
        let tree = try #require(try? JSONParser.parse(bytes).get()).objectValue?.member("v")
        var tape = JSONTape()
        try #require(bytes.withUnsafeBufferPointer { JSONTapeParser.parse($0, range: 0..<$0.count, into: &tape) })
        let (int, id, text) = bytes.withUnsafeBufferPointer { buffer in
            tape.withRoot(in: buffer) { root in
                let value = root.objectValue!.member("v")!
                return (value.intValue, value.decimalID, value.withUTF8 { String(decoding: $0, as: UTF8.self) })
            }
        }
        #expect(int == tree?.intValue)
        #expect(int == tree?.intValueFromText)
        #expect(id == tree?.decimalID)
        #expect(id == tree?.stringValue.flatMap(DecimalID.number))
        #expect(text == tree?.stringValue)
    }
}

/// The value the tape parser reads from `bytes`, as a tree, or `nil` if it refuses them.
func tapeValue(_ bytes: [UInt8]) -> JSONValue? {
    var tape = JSONTape()
    return bytes.withUnsafeBufferPointer { buffer -> JSONValue? in
        guard JSONTapeParser.parse(buffer, range: 0..<buffer.count, into: &tape) else { return nil }
        return tape.withRoot(in: buffer) { tree(of: $0) }
    }
}

private func tree(of value: JSONTape.Value) -> JSONValue {
    switch value.kind {
    case .object:
        let entries = value.storage.entries
        var members: [JSONObject.Member] = []
        var name = value.index + 1
        while name < Int(entries[value.index].end) {
            let key = JSONTape.Value(storage: value.storage, index: name).stringValue!
            members.append(JSONObject.Member(key: key, value: tree(of: JSONTape.Value(storage: value.storage, index: name + 1))))
            name = value.storage.next(after: name + 1)
        }
        return .object(JSONObject(members: members, offset: value.objectValue!.offset))
    case .array: return .array(value.arrayValue!.map(tree(of:)))
    case .string, .escapedString: return .string(value.stringValue!)
    case .number: return .number(value.stringValue!)
    case .true: return .bool(true)
    case .false: return .bool(false)
    case .null: return .null
    }
}
