import Dispatch

/// Runs independent pieces of work on all cores.
public enum Parallel {
    /// `[body(0), …, body(count - 1)]`, computed at once on the cores; the result is in index order
    /// whatever the scheduling. `body` must not share mutable state between indices.
    public static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        // Each iteration writes only its own slot.
        nonisolated(unsafe) let slots = results
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let work = body
            DispatchQueue.concurrentPerform(iterations: count) { i in slots[i] = work(i) }
        }
        return results.map { $0! }
    }
}
