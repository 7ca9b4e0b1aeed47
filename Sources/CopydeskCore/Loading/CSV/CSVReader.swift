/// Splits CSV bytes into records per RFC 4180: quoted fields may hold commas, `""` quotes and newlines.
///
/// Lenient where exports are sloppy: a bare quote inside an unquoted field is kept as text, and
/// text after a closing quote is appended. Accepts `\n` and `\r\n`.
struct CSVReader {
    /// One record and the line it starts on.
    struct Record: Equatable {
        var line: Int
        var fields: [String]
        /// Set when a quoted field ran to the end of the input.
        var unterminatedQuote = false
    }

    private let bytes: [UInt8]
    private var index: Int
    private var line = 1

    init(_ bytes: [UInt8], from start: Int = 0) {
        self.bytes = bytes
        self.index = start
    }

    /// The next record, skipping blank lines; `nil` at the end.
    mutating func next() -> Record? {
        while index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x0D {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
        guard index < bytes.count else { return nil }
        var record = Record(line: line, fields: [])
        var field: [UInt8] = []
        var quoted = false
        var fieldStarted = false
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 2
                        continue
                    }
                    quoted = false
                    index += 1
                } else {
                    // Copy the run up to the next quote in one go: quoted fields can be long.
                    let end = ByteSearch.first(UInt8(ascii: "\""), in: bytes, index..<bytes.count) ?? bytes.count
                    line += ByteSearch.count(0x0A, in: bytes, index..<end)
                    field.append(contentsOf: bytes[index..<end])
                    index = end
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                record.fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                fieldStarted = false
                index += 1
                continue
            case 0x0A, 0x0D:
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                line += 1
                record.fields.append(String(decoding: field, as: UTF8.self))
                return record
            case UInt8(ascii: "\"") where !fieldStarted:
                quoted = true
            default:
                field.append(byte)
            }
            fieldStarted = true
            index += 1
        }
        record.unterminatedQuote = quoted
        record.fields.append(String(decoding: field, as: UTF8.self))
        return record
    }
}
