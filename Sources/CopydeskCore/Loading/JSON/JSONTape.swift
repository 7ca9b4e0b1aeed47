/// JSON laid out flat: one entry per value and member name, in source order, pointing into the bytes.
///
/// Building a `JSONValue` tree allocates an array per object and a `String` per name and value;
/// a tape allocates nothing per value (its entry buffer is reused from record to record), and a
/// reader makes `String`s only for the members it asks for. `JSONTapeParser` fills it (through
/// `JSONScanner`, the one JSON grammar);
/// `JSONTape.Object` and `JSONTape.Value` read it.
struct JSONTape {
    /// What an entry holds.
    enum Kind: UInt8 {
        case object, array
        /// A string without escapes: its bytes are its UTF-8.
        case string
        /// A string with backslash escapes, decoded when read.
        case escapedString
        case number, `true`, `false`, null
    }

    /// One value or member name.
    ///
    /// Strings: `start..<end` are the bytes between the quotes. Numbers: the digits as written.
    /// Objects and arrays: `start` is the offset of `{` or `[`, and `end` the index of the first
    /// entry after their contents, so a reader skips a whole container in one step. An object's
    /// contents are name and value entries in turn. An object's `previous` is the index of its last
    /// name, and each name's `previous` that of the name before it (0 for the first), so a lookup
    /// steps from name to name backwards and stops at the last one that matches.
    struct Entry {
        var kind: Kind
        var start: UInt32
        var end: UInt32
        var previous: UInt32 = 0
    }

    /// Where the entries live, reused from value to value (a tape is filled in place, never copied).
    let store = Store()

    /// Entries in source order; the first is the root value. Valid until the tape is filled again.
    var entries: UnsafeBufferPointer<Entry> { UnsafeBufferPointer(start: store.base, count: store.count) }

    /// A growable buffer of entries. The parser appends through its own copy of `base`, `count` and
    /// `capacity` and hands them back at the end: an `Array` checked uniqueness on every append.
    final class Store {
        var base: UnsafeMutablePointer<Entry>
        var count = 0
        var capacity: Int

        init(capacity: Int = 256) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
        }

        deinit { base.deallocate() }
    }

    /// The largest input a tape can point into (offsets are 32-bit; inputs are capped at 1 GiB).
    static let maxBytes = Int(UInt32.max)
}
