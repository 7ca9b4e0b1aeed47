import Foundation

extension Tweet {
    /// What a tweet moved out of an array leaves behind: empty fields, nothing to reference-count.
    static let vacated = Tweet(id: "", author: Author(handle: ""), createdAt: Date(timeIntervalSince1970: 0), text: "")
}

extension Array where Element == Tweet {
    /// Moves the tweets at `indices` (each at most once) out, in that order, leaving empty ones in their place.
    ///
    /// Copying a tweet retains each of its strings and arrays (and releases them again when the
    /// original goes); a day's 100k tweets are moved between arrays a few times while loading.
    public mutating func take(_ indices: [Int]) -> [Tweet] {
        let vacated = Tweet.vacated
        return withUnsafeMutableBufferPointer { source in
            [Tweet](unsafeUninitializedCapacity: indices.count) { target, count in
                for index in indices {
                    precondition(source.indices.contains(index))
                    (target.baseAddress! + count).initialize(to: (source.baseAddress! + index).move())
                    (source.baseAddress! + index).initialize(to: vacated)
                    count += 1
                }
            }
        }
    }

    /// Moves every tweet of `other` to the end of this array, leaving `other` empty.
    public mutating func append(moving other: inout [Tweet]) {
        if isEmpty, capacity <= other.count {
            swap(&self, &other)
            return
        }
        let vacated = Tweet.vacated
        other.withUnsafeMutableBufferPointer { source in
            for i in source.indices {
                append((source.baseAddress! + i).move())
                (source.baseAddress! + i).initialize(to: vacated)
            }
        }
        other = []
    }
}
