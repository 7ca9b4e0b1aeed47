import Foundation

extension JSONTape {
    /// The bytes and entries a view reads; valid only inside `JSONTape.withRoot`.
    struct Storage {
        let bytes: UnsafeBufferPointer<UInt8>
        let entries: UnsafeBufferPointer<Entry>
    }

    /// Calls `body` with a view of the root value read from `bytes`. Views must not escape `body`.
    func withRoot<T>(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Value) throws -> T) rethrows -> T {
        try withExtendedLifetime(store) {
            try body(Value(storage: Storage(bytes: bytes, entries: entries), index: 0))
        }
    }

    /// A value on a tape.
    struct Value: JSONValueReading {
        let storage: Storage
        let index: Int

        var kind: Kind { storage.entries[index].kind }

        var isNull: Bool { kind == .null }

        var objectValue: Object? {
            kind == .object ? Object(storage: storage, index: index) : nil
        }

        var stringValue: String? {
            let entry = storage.entries[index]
            switch entry.kind {
            case .string, .number:
                return String(decoding: UnsafeBufferPointer(rebasing: storage.bytes[Int(entry.start)..<Int(entry.end)]), as: UTF8.self)
            case .escapedString:
                return storage.decodedString(entry)
            default:
                return nil
            }
        }

        /// Plain integers (the counts X writes) read from their digits; anything else as text.
        var intValue: Int? {
            let entry = storage.entries[index]
            guard entry.kind == .number else { return intValueFromText }
            var i = Int(entry.start)
            let end = Int(entry.end)
            let negative = storage.bytes[i] == UInt8(ascii: "-")
            if negative { i += 1 }
            // Up to 18 digits cannot overflow; a fraction or an exponent goes the general way.
            guard end - i <= 18 else { return intValueFromText }
            var value = 0
            while i < end {
                let digit = storage.bytes[i] &- UInt8(ascii: "0")
                guard digit < 10 else { return intValueFromText }
                value = value &* 10 &+ Int(digit)
                i += 1
            }
            return negative ? -value : value
        }

        var decimalID: UInt64? {
            let entry = storage.entries[index]
            switch entry.kind {
            case .string, .number: return DecimalID.number(UnsafeBufferPointer(rebasing: storage.bytes[Int(entry.start)..<Int(entry.end)]))
            case .escapedString: return DecimalID.number(storage.decodedString(entry))
            default: return nil
            }
        }

        func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
            let entry = storage.entries[index]
            switch entry.kind {
            case .string, .number: return body(UnsafeBufferPointer(rebasing: storage.bytes[Int(entry.start)..<Int(entry.end)]))
            case .escapedString:
                var text = storage.decodedString(entry)
                return text.withUTF8(body)
            default: return nil
            }
        }

        func forEachElement(_ body: (Value) -> Void) {
            let entry = storage.entries[index]
            guard entry.kind == .array else { return }
            var i = index + 1
            while i < Int(entry.end) {
                body(Value(storage: storage, index: i))
                i = storage.next(after: i)
            }
        }

        var arrayValue: [Value]? {
            let entry = storage.entries[index]
            guard entry.kind == .array else { return nil }
            var elements: [Value] = []
            var i = index + 1
            while i < Int(entry.end) {
                elements.append(Value(storage: storage, index: i))
                i = storage.next(after: i)
            }
            return elements
        }
    }

    /// An object on a tape.
    struct Object: JSONObjectReading {
        let storage: Storage
        let index: Int

        var offset: Int { Int(storage.entries[index].start) }

        /// The last member named `key`, as `JSONObject.member` finds it.
        func member(_ key: String) -> Value? {
            // Keys are literals whose bytes are at hand: read in place, not through a `withUTF8` call.
            if let found = key.utf8.withContiguousStorageIfAvailable({ member(spelt: $0) }) { return found }
            var key = key
            return key.withUTF8 { member(spelt: $0) }
        }

        /// One pass forward over the names: a later copy of a name replaces an earlier one, so each
        /// is the last, as `member` finds it. Positions are value entries.
        func memberPositions(_ keys: JSONKeys) -> JSONMemberPositions {
            var positions = JSONMemberPositions(repeating: -1)
            let entries = storage.entries
            let end = Int(entries[index].end)
            var name = index + 1
            while name < end {
                let entry = entries[name]
                if entry.kind == .escapedString {
                    for k in 0..<keys.count where storage.name(entry, equals: keys.spelling(k)) {
                        positions[k] = Int32(name + 1)
                        break
                    }
                } else {
                    var k = keys.first(ofLength: Int(entry.end &- entry.start))
                    while k >= 0 {
                        if storage.name(entry, equals: keys.spelling(k)) {
                            positions[k] = Int32(name + 1)
                            break
                        }
                        k = keys.next(after: k)
                    }
                }
                name = storage.next(after: name + 1)
            }
            return positions
        }

        func memberValue(at position: Int) -> Value { Value(storage: storage, index: position) }

        @inline(__always)
        private func member(spelt wanted: UnsafeBufferPointer<UInt8>) -> Value? {
            let entries = storage.entries
            // Step from name to name backwards; compare bytes only when the lengths agree.
            var name = Int(entries[index].previous)
            while name > index {
                let entry = entries[name]
                if Int(entry.end &- entry.start) == wanted.count || entry.kind == .escapedString,
                   storage.name(entry, equals: wanted) {
                    return Value(storage: storage, index: name + 1)
                }
                name = Int(entry.previous)
            }
            return nil
        }
    }
}

extension JSONTape.Storage {
    /// The index of the entry after entry `i` and everything inside it.
    @inline(__always)
    func next(after i: Int) -> Int {
        let entry = entries[i]
        return entry.kind == .object || entry.kind == .array ? Int(entry.end) : i + 1
    }

    /// Whether a member name entry spells `wanted`.
    @inline(__always)
    func name(_ entry: JSONTape.Entry, equals wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(entry.start)
        let count = Int(entry.end) - start
        if entry.kind == .escapedString {
            return decodedString(entry).utf8.elementsEqual(wanted)
        }
        guard count == wanted.count else { return false }
        guard count > 0 else { return true }
        let a = UnsafeRawPointer(bytes.baseAddress! + start), b = UnsafeRawPointer(wanted.baseAddress!)
        // Names are short: compare eight bytes at a time (the last word overlapping), not through memcmp.
        guard count >= 8 else {
            for i in 0..<count where a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
            return true
        }
        var i = 0
        while i + 8 < count {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        return a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }

    /// An escaped string decoded as the tree decodes it (`JSONEscapes`).
    func decodedString(_ entry: JSONTape.Entry) -> String {
        JSONEscapes.decode(bytes, Int(entry.start)..<Int(entry.end))
    }
}
