/// A cheap byte scan of JSON structure, run before parsing: how deep it nests and where the first value ends.
///
/// It lets a loader refuse absurd nesting without building anything, and tell one JSON document
/// from JSON Lines (several top-level values) without guessing from the file name.
/// - Complexity: O(length of the first value), constant memory; stops early once `limit` is passed.
struct JSONShape: Equatable {
    /// The deepest nesting seen (stops counting just past `limit`).
    var maxDepth: Int
    /// Byte offset where nesting first went past `limit`, if it did.
    var tooDeepAt: Int?
    /// Byte offset just past the first top-level value, if it closes.
    var firstValueEnd: Int?
    /// Whether anything but whitespace follows the first value.
    var hasMoreValues: Bool

    static func scan(_ bytes: [UInt8], from start: Int = 0, limit: Int = JSONParser.maxDepth) -> JSONShape {
        var shape = JSONShape(maxDepth: 0, tooDeepAt: nil, firstValueEnd: nil, hasMoreValues: false)
        bytes.withUnsafeBufferPointer { b in
            var depth = 0
            var inString = false
            var i = start
            let n = b.count
            // Skip leading whitespace to find where the first value starts.
            while i < n, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
            while i < n {
                let byte = b[i]
                if inString {
                    // Jump to the next quote (memchr: a 5 MB string is one call), then see if it is escaped.
                    guard let quote = ByteSearch.first(UInt8(ascii: "\""), in: b, i..<n) else { return }
                    var backslashes = 0
                    while quote - backslashes - 1 >= i, b[quote - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
                    i = quote + 1
                    if backslashes % 2 == 0 { inString = false }
                    continue
                } else {
                    switch byte {
                    case UInt8(ascii: "\""): inString = true
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        depth += 1
                        if depth > shape.maxDepth { shape.maxDepth = depth }
                        if depth > limit {
                            shape.tooDeepAt = i
                            return
                        }
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth <= 0 {
                            shape.firstValueEnd = i + 1
                            var j = i + 1
                            while j < n, b[j] == 0x20 || b[j] == 0x0A || b[j] == 0x0D || b[j] == 0x09 { j += 1 }
                            shape.hasMoreValues = j < n
                            return
                        }
                    default: break
                    }
                }
                i += 1
            }
        }
        return shape
    }
}

/// Maps byte offsets to 1-based line and column (columns count Unicode scalars).
struct LineIndex: Sendable {
    /// Offsets of each line's first byte.
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer(LineIndex.init)
    }

    init(_ b: UnsafeBufferPointer<UInt8>) {
        var starts = [0]
        var i = 0
        while let found = ByteSearch.first(0x0A, in: b, i..<b.count) {
            i = found + 1
            starts.append(i)
        }
        lineStarts = starts
    }

    /// The 1-based line holding `offset`.
    func line(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// Offset of the newline ending the line that holds `offset` (`count` for the last line).
    func lineEnd(containing offset: Int, count: Int) -> Int {
        let line = line(of: offset)
        return line < lineStarts.count ? lineStarts[line] - 1 : count
    }

    /// 1-based line and column of `offset` in `bytes`.
    func location(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let line = line(of: offset)
        let start = lineStarts[line - 1]
        var column = 1
        var i = start
        while i < min(offset, bytes.count) {
            // Count scalars: skip UTF-8 continuation bytes.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (line, column)
    }
}
