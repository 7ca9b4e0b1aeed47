/// Sorting hashes (features, names, keys) in place, ascending.
///
/// The standard library's `sort` is stable, so it merges through a buffer it allocates on every
/// call; equal `UInt64`s cannot be told apart, so stability buys nothing here. This is an
/// introsort (median-of-three quicksort, insertion sort for short ranges, heapsort if the
/// partitions go badly) without any allocation: the same result as `sort()`, for about half the
/// instructions on the engine's arrays (a tweet's few dozen features, a big story's many thousands).
enum UInt64Sort {
    /// Ranges this short are sorted by insertion.
    private static let insertionLimit = 24

    static func sort(_ values: inout [UInt64]) {
        sort(&values, depthLimit: 2 * (Int.bitWidth - values.count.leadingZeroBitCount))
    }

    /// `sort`, falling back on heapsort after `depthLimit` partitions (0: heapsort at once; for tests).
    static func sort(_ values: inout [UInt64], depthLimit: Int) {
        guard values.count > 1 else { return }
        values.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            sort(base, 0, buffer.count, depthLimit: depthLimit)
        }
    }

    /// Sorts `values` and drops repeats, in place.
    static func sortUnique(_ values: inout [UInt64]) {
        guard values.count > 1 else { return }
        sort(&values)
        var kept = 1
        values.withUnsafeMutableBufferPointer { v in
            for k in 1..<v.count where v[k] != v[kept - 1] {
                v[kept] = v[k]
                kept += 1
            }
        }
        values.removeLast(values.count - kept)
    }

    /// Sorts `a[low..<high]`.
    private static func sort(_ a: UnsafeMutablePointer<UInt64>, _ low: Int, _ high: Int, depthLimit: Int) {
        var low = low, high = high, depth = depthLimit
        while high - low > insertionLimit {
            if depth == 0 {
                heapSort(a + low, high - low)
                return
            }
            depth -= 1
            // Median of three as the pivot; then Hoare's partition around its value.
            let mid = low + (high - low) / 2
            if a[mid] < a[low] { swap(a, mid, low) }
            if a[high - 1] < a[mid] {
                swap(a, high - 1, mid)
                if a[mid] < a[low] { swap(a, mid, low) }
            }
            let pivot = a[mid]
            var i = low - 1, j = high
            while true {
                repeat { i += 1 } while a[i] < pivot
                repeat { j -= 1 } while a[j] > pivot
                if i >= j { break }
                swap(a, i, j)
            }
            // `a[low...j]` ≤ pivot ≤ `a[j+1..<high]`: recurse into the smaller side, loop on the larger.
            if j + 1 - low < high - j - 1 {
                sort(a, low, j + 1, depthLimit: depth)
                low = j + 1
            } else {
                sort(a, j + 1, high, depthLimit: depth)
                high = j + 1
            }
        }
        insertionSort(a, low, high)
    }

    @inline(__always)
    private static func swap(_ a: UnsafeMutablePointer<UInt64>, _ i: Int, _ j: Int) {
        let t = a[i]
        a[i] = a[j]
        a[j] = t
    }

    private static func insertionSort(_ a: UnsafeMutablePointer<UInt64>, _ low: Int, _ high: Int) {
        guard high - low > 1 else { return }
        for k in (low + 1)..<high {
            let value = a[k]
            var j = k
            while j > low && a[j - 1] > value {
                a[j] = a[j - 1]
                j -= 1
            }
            a[j] = value
        }
    }

    private static func heapSort(_ a: UnsafeMutablePointer<UInt64>, _ count: Int) {
        func siftDown(_ start: Int, _ end: Int) {
            var root = start
            while 2 * root + 1 < end {
                var child = 2 * root + 1
                if child + 1 < end && a[child] < a[child + 1] { child += 1 }
                guard a[root] < a[child] else { return }
                swap(a, root, child)
                root = child
            }
        }
        var start = count / 2
        while start > 0 {
            start -= 1
            siftDown(start, count)
        }
        var end = count
        while end > 1 {
            end -= 1
            swap(a, 0, end)
            siftDown(0, end)
        }
    }
}
