/// Member names a parser reads from every record of a kind, looked up together.
///
/// `JSONObjectReading.members(_:)` finds all of them in one pass over an object's names: a tweet's
/// ten fields were ten lookups, each stepping back over the object's names.
final class JSONKeys: @unchecked Sendable {
    /// At most this many names.
    static let capacity = 16

    let names: [String]
    var count: Int { names.count }
    /// Every name's UTF-8, one after another (`starts[k]..<starts[k + 1]` is name k's), held for
    /// the life of the process: a parser's keys are static.
    private let bytes: UnsafeMutablePointer<UInt8>
    private let starts: UnsafeMutablePointer<Int>
    /// The first name (by position) of each byte length up to `longest`, and the next name as long
    /// as name k; -1 for none.
    private let firstOfLength: UnsafeMutablePointer<Int8>
    private let nextOfLength: UnsafeMutablePointer<Int8>
    let longest: Int

    init(_ names: [String]) {
        precondition(names.count <= Self.capacity, "at most \(Self.capacity) keys")
        self.names = names
        let spellings = names.map { Array($0.utf8) }
        longest = spellings.map(\.count).max() ?? 0
        bytes = .allocate(capacity: max(1, spellings.reduce(0) { $0 + $1.count }))
        starts = .allocate(capacity: names.count + 1)
        firstOfLength = .allocate(capacity: longest + 1)
        firstOfLength.initialize(repeating: -1, count: longest + 1)
        nextOfLength = .allocate(capacity: max(1, names.count))
        var offset = 0
        for (k, spelling) in spellings.enumerated() {
            starts[k] = offset
            for byte in spelling {
                bytes[offset] = byte
                offset += 1
            }
        }
        starts[names.count] = offset
        // Backwards, so each length's chain lists its names in order.
        for k in spellings.indices.reversed() {
            nextOfLength[k] = firstOfLength[spellings[k].count]
            firstOfLength[spellings[k].count] = Int8(k)
        }
    }

    deinit {
        bytes.deallocate()
        starts.deallocate()
        firstOfLength.deallocate()
        nextOfLength.deallocate()
    }

    /// Name k's UTF-8.
    @inline(__always)
    func spelling(_ k: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes + starts[k], count: starts[k + 1] - starts[k])
    }

    /// The first name `length` bytes long, or -1.
    @inline(__always)
    func first(ofLength length: Int) -> Int { length <= longest ? Int(firstOfLength[length]) : -1 }

    /// The next name as long as name k, or -1.
    @inline(__always)
    func next(after k: Int) -> Int { Int(nextOfLength[k]) }
}

/// Where an object's members named by a `JSONKeys` are (`JSONObjectReading.memberValue(at:)`
/// reads each), by the position of their name in the keys; -1 for an absent one.
typealias JSONMemberPositions = InlineArray<16, Int32>

/// The members of one object that `JSONObjectReading.members(_:)` found, by their name's position in its `JSONKeys`.
struct JSONMembers<Object: JSONObjectReading> {
    let object: Object
    let positions: JSONMemberPositions

    /// The value of the name at `k` as written, `null` included, as `member` finds it.
    func member(_ k: Int) -> Object.Value? {
        positions[k] < 0 ? nil : object.memberValue(at: Int(positions[k]))
    }

    /// The value of the name at `k`, unless absent or `null` (as the object's subscript reads it).
    subscript(k: Int) -> Object.Value? {
        if let value = member(k), !value.isNull { return value }
        return nil
    }

    /// A string member, or a number member's digits.
    func text(_ k: Int) -> String? { self[k]?.stringValue }

    func object(_ k: Int) -> Object.Value.Object? { self[k]?.objectValue }

    /// The objects of an array member, ignoring other elements.
    func objects(_ k: Int) -> [Object.Value.Object] {
        (self[k]?.arrayValue ?? []).compactMap { $0.objectValue }
    }

    /// `objects(k).compactMap(transform)`, without the two arrays between (a tweet's links, tags,
    /// mentions and references each made them).
    func compactMapObjects<T>(_ k: Int, _ transform: (Object.Value.Object) -> T?) -> [T] {
        var result: [T] = []
        self[k]?.forEachElement { element in
            if let object = element.objectValue, let mapped = transform(object) { result.append(mapped) }
        }
        return result
    }
}
