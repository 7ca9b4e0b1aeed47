import Dispatch
import Foundation

/// Work spread over the machine's cores, with results that never depend on the scheduling.
///
/// Every helper splits `0..<count` into contiguous chunks and writes each result into its own slot,
/// so the output is the same as a sequential loop's, whichever thread ran which chunk when.
public enum Parallel {
    /// Chunks per core: more than one, so a core slowed by another process does not hold up the rest.
    private static let chunksPerCore = 8

    /// The chunks `0..<count` is split into: at least `grain` items each (small jobs stay on one thread).
    static func chunks(_ count: Int, grain: Int) -> [Range<Int>] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunkCount = max(1, min(cores * chunksPerCore, count / max(1, grain)))
        let size = (count + chunkCount - 1) / chunkCount
        return stride(from: 0, to: count, by: max(1, size)).map { $0..<min(count, $0 + size) }
    }

    /// Runs `body` on each chunk of `0..<count`, concurrently when there is enough work.
    public static func forEachChunk(_ count: Int, grain: Int, _ body: (Range<Int>) -> Void) {
        let ranges = chunks(count, grain: grain)
        if ranges.count <= 1 {
            if let range = ranges.first { body(range) }
            return
        }
        // `concurrentPerform` wants a `@Sendable` closure; the bodies here only read shared values
        // and write disjoint slots, which the compiler cannot see through a pointer: hence the box.
        withoutActuallyEscaping(body) { body in
            let work = Unchecked(body)
            DispatchQueue.concurrentPerform(iterations: ranges.count) { work.value(ranges[$0]) }
        }
    }

    /// `(0..<count).map(transform)`, computed concurrently. `makeState` gives each chunk its own
    /// scratch state (buffers reused across that chunk's items).
    public static func map<State, T>(_ count: Int, grain: Int, state makeState: () -> State, _ transform: (inout State, Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = Unchecked(buffer.baseAddress!)
            forEachChunk(count, grain: grain) { range in
                var state = makeState()
                for i in range { (base.value + i).initialize(to: transform(&state, i)) }
            }
            initialized = count
        }
    }

    /// Runs `body` for each of `0..<count` on one worker a core, each worker taking the next item
    /// when it is done with one (items of uneven cost keep every core busy), with state of its own
    /// (scratch buffers) from `makeState`. Each item must write only what is its own.
    public static func forEachWorker<State>(_ count: Int, state makeState: () -> State, _ body: (Int, State) -> Void) {
        let workers = min(count, ProcessInfo.processInfo.activeProcessorCount)
        guard workers > 0 else { return }
        let lock = NSLock()
        nonisolated(unsafe) var next = 0
        // `workers` is at most the cores, so each chunk is one worker.
        forEachChunk(workers, grain: 1) { mine in
            for _ in mine {
                let state = makeState()
                while true {
                    let item = lock.withLock {
                        defer { next += 1 }
                        return next
                    }
                    guard item < count else { break }
                    body(item, state)
                }
            }
        }
    }

    /// Empties every slot of `values`, concurrently: freeing many values that own memory (arrays,
    /// strings) is otherwise one thread's work. `values` should be the only reference to its
    /// storage (else it is copied first).
    public static func release<T>(_ values: inout [T?], grain: Int) {
        values.withUnsafeMutableBufferPointer { slots in
            forEachChunk(slots.count, grain: grain) { range in
                for i in range { slots[i] = nil }
            }
        }
    }

    /// Runs `work` on a thread of its own and waits for it.
    ///
    /// The caller's heap is usually the main thread's, full of the loaded day's strings and the
    /// loader's freed scratch: every allocation there searched fragmented free lists (a fifth of
    /// the engine's time on 100k tweets). A new thread allocates in a heap arena of its own.
    public static func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = work()
            done.signal()
        }
        // As much stack as the main thread: the work may recurse (sorting, parsing).
        thread.stackSize = 8 << 20
        thread.start()
        done.wait()
        return box.result!
    }

    /// Starts `work` on another thread and returns at once; `Pending.value` waits for its result.
    ///
    /// For work that depends on nothing the caller does next (the caller's own steps may be one
    /// core's work, leaving the other idle). `work` may use `Parallel` itself. The result must be
    /// read before what `work` reads goes away.
    static func start<T>(_ work: @escaping () -> T) -> Pending<T> {
        let pending = Pending<T>()
        let box = Unchecked(work)
        DispatchQueue.global().async(group: pending.group) { pending.result = box.value() }
        return pending
    }

    /// `(0..<count).map(transform)`, computed concurrently in chunks of at least `grain` items.
    public static func map<T>(_ count: Int, grain: Int, _ transform: (Int) -> T) -> [T] {
        map(count, grain: grain, state: {}) { _, i in transform(i) }
    }

    /// `[body(0), …, body(count - 1)]` for a few coarse parts (a file cut in pieces), each part a
    /// task of its own. `body` must not share mutable state between indices.
    public static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        map(count, grain: 1, body)
    }
}

/// A value handed to other threads under the caller's guarantee that they use it without races.
private struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// The result of work `Parallel.start` began: written by its thread, read once it is done.
final class Pending<T>: @unchecked Sendable {
    fileprivate let group = DispatchGroup()
    fileprivate var result: T?

    /// The result, waiting for it if need be.
    var value: T {
        group.wait()
        return result!
    }
}

/// The result of `Parallel.onOwnThread`'s work: written by its thread, read after the semaphore.
private final class ResultBox<T>: @unchecked Sendable {
    var result: T?
}
