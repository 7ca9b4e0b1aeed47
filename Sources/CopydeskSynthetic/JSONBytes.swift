import CopydeskCore

/// A minimal JSON writer that appends UTF-8 bytes, for large generated files.
///
/// Keys come out in the order written, so the output is byte-for-byte reproducible; Foundation's
/// encoder is several times slower on 100k tweets.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `"key":`
    mutating func key(_ name: StaticString) {
        bytes.append(0x22)
        raw(name)
        bytes.append(0x22)
        bytes.append(0x3A)
    }

    mutating func int(_ value: Int) {
        raw(String(value))
    }

    /// A quoted, escaped string; non-ASCII text stays as UTF-8.
    mutating func string(_ text: String) {
        bytes.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0..<0x20:
                raw("\\u00")
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    /// `"key":"value"` with a leading comma unless `first`.
    mutating func field(_ name: StaticString, _ value: String, first: Bool = false) {
        if !first { bytes.append(0x2C) }
        key(name)
        string(value)
    }

    mutating func field(_ name: StaticString, _ value: Int, first: Bool = false) {
        if !first { bytes.append(0x2C) }
        key(name)
        int(value)
    }

    mutating func comma() { bytes.append(0x2C) }
    mutating func newline() { bytes.append(0x0A) }
}
