import Foundation

extension Tweet {
    /// What a tweet moved out of an array leaves behind: empty fields, nothing to reference-count.
    static let vacated = Tweet(id: "", author: Author(handle: ""), createdAt: Date(timeIntervalSince1970: 0), text: "")
}

// Copying a tweet retains each of its strings and arrays (and releases them again when the original
// goes); a day's 100k tweets are moved between arrays a few times while loading, on all cores.
extension Array where Element == Tweet {
    /// Moves the tweets at `indices` (each at most once) out, in that order, leaving empty ones in their place.
    public mutating func take(_ indices: [Int]) -> [Tweet] {
        let vacated = Tweet.vacated
        return withUnsafeMutableBufferPointer { source in
            [Tweet](unsafeUninitializedCapacity: indices.count) { target, count in
                let parts = Self.parts(indices.count)
                _ = Parallel.map(parts) { part in
                    for slot in indices.count * part / parts ..< indices.count * (part + 1) / parts {
                        let index = indices[slot]
                        precondition(source.indices.contains(index))
                        (target.baseAddress! + slot).initialize(to: (source.baseAddress! + index).move())
                        (source.baseAddress! + index).initialize(to: vacated)
                    }
                }
                count = indices.count
            }
        }
    }

    /// The tweets of `arrays` one after another, moved out of them (which are left empty).
    public static func joining(moving arrays: inout [[Tweet]]) -> [Tweet] {
        if arrays.count == 1 {
            var only: [Tweet] = []
            swap(&only, &arrays[0])
            return only
        }
        let starts = arrays.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        let vacated = Tweet.vacated
        let joined = arrays.withUnsafeMutableBufferPointer { arrays in
            [Tweet](unsafeUninitializedCapacity: starts.last!) { target, count in
                _ = Parallel.map(arrays.count) { part in
                    arrays[part].withUnsafeMutableBufferPointer { source in
                        guard let from = source.baseAddress else { return }
                        (target.baseAddress! + starts[part]).moveInitialize(from: from, count: source.count)
                        from.initialize(repeating: vacated, count: source.count)
                    }
                }
                count = starts.last!
            }
        }
        arrays = []
        return joined
    }

    /// How many parts to work on `count` tweets in, at once.
    public static func parts(_ count: Int) -> Int {
        count >= 20_000 ? Chunking.automatic.maxParts : 1
    }
}
