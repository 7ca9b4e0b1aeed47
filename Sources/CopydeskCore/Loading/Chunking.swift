import Foundation

/// How a large input is cut into parts that are read at once, on all cores.
///
/// Parts are read independently and their results joined in file order, so the result never
/// depends on how many parts there were or which finished first.
struct Chunking: Sendable, Equatable {
    /// How records are parsed.
    enum Reader: Sendable, Equatable {
        /// Onto a tape, in parts (the fast path).
        case tape
        /// Into a `JSONValue` tree, one record after another: the reference the tests hold the tape to.
        case tree
    }

    /// At most this many parts.
    var maxParts: Int
    /// An input is not cut into parts smaller than this.
    var minPartBytes: Int
    var reader = Reader.tape

    /// A few parts per core (so a core slowed by other work shares its load), none under 1 MB.
    static let automatic = Chunking(maxParts: 4 * ProcessInfo.processInfo.activeProcessorCount, minPartBytes: 1 << 20)

    /// Never cut.
    static let none = Chunking(maxParts: 1, minPartBytes: .max)

    /// The reference: trees, one record after another.
    static let tree = Chunking(maxParts: 1, minPartBytes: .max, reader: .tree)

    /// How many parts `byteCount` bytes make.
    func parts(forBytes byteCount: Int) -> Int {
        max(1, min(maxParts, byteCount / max(1, minPartBytes)))
    }
}
