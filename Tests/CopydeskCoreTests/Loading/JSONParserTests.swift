@testable import CopydeskCore
import Testing

@Suite struct JSONParserTests {
    private func parse(_ text: String) -> Result<JSONValue, JSONParser.Failure> {
        JSONParser.parse(Array(text.utf8))
    }

    @Test func keepsNumbersAsWrittenBeyondDoublePrecision() throws {
        // 2^53 + 1 and a real-size tweet id: a Double would round both.
        let value = try parse(#"{"a": 9007199254740993, "b": 1750000000000000001, "c": -1.5e3}"#).get()
        let object = try #require(value.objectValue)
        #expect(object.text("a") == "9007199254740993")
        #expect(object.text("b") == "1750000000000000001")
        #expect(object["c"] == .number("-1.5e3"))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try parse(#"["a\"b\\c\/d\n", "\u4e2d\u6587", "\ud83d\ude80", "\ud800x"]"#).get()
        guard case .array(let items) = value else { Issue.record("not an array"); return }
        #expect(items == [.string("a\"b\\c/d\n"), .string("中文"), .string("🚀"), .string("\u{FFFD}x")])
    }

    @Test(arguments: [
        ("{\"a\": }", 6), ("[1, 2", 5), ("{\"a\" 1}", 5), ("[tru]", 4), ("\"abc", 0), ("[1] x", 4), ("{'a': 1}", 1),
    ])
    func reportsWhereSyntaxFails(text: String, offset: Int) {
        guard case .failure(let failure) = parse(text) else { Issue.record("parsed \(text)"); return }
        #expect(failure.kind == .syntax)
        #expect(failure.offset == offset)
    }

    @Test func refusesNestingPastTheLimitButAcceptsUpToIt() {
        let limit = JSONParser.maxDepth
        let ok = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        let deep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        #expect((try? parse(ok).get()) != nil)
        guard case .failure(let failure) = parse(deep) else { Issue.record("parsed too-deep JSON"); return }
        #expect(failure.kind == .tooDeep)
        #expect(failure.offset == limit)
    }

    @Test func shapeScanFindsEndOfFirstValueAndDepth() {
        let lines = Array("{\"a\": [1, {\"b\": \"}\"}]}\n{\"c\": 2}\n".utf8)
        let shape = JSONShape.scan(lines)
        #expect(shape.maxDepth == 3)
        #expect(shape.firstValueEnd == 22)
        #expect(shape.hasMoreValues)
        let single = JSONShape.scan(Array("{\n  \"a\": 1\n}\n\n".utf8))
        #expect(!single.hasMoreValues)
        let deep = JSONShape.scan([UInt8](repeating: UInt8(ascii: "["), count: 10_000))
        #expect(deep.tooDeepAt == JSONParser.maxDepth)
    }

    @Test func lineIndexCountsColumnsInScalars() {
        let bytes = Array("ab\n中文x\n".utf8)
        let index = LineIndex(bytes)
        #expect(index.location(of: 0, in: bytes) == (1, 1))
        #expect(index.location(of: 3, in: bytes) == (2, 1))
        #expect(index.location(of: 9, in: bytes) == (2, 3))  // the "x" after two 3-byte characters
    }
}
