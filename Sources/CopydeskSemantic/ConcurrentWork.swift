import Dispatch
import Foundation

/// Work spread over the cores; each item writes its own slot, so results never depend on the
/// scheduling.
enum ConcurrentWork {
    /// A value the compiler cannot prove sendable, shared where each thread touches its own part.
    struct Unchecked<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Runs `body` for each of `0..<count`, concurrently when there is more than one.
    static func forEach(_ count: Int, _ body: (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let work = Unchecked(body)
            DispatchQueue.concurrentPerform(iterations: count) { work.value($0) }
        }
    }

    /// Runs `body` for each of `0..<count` on one worker a core, each taking the next item when it
    /// is done with one, with state of its own (scratch buffers) from `makeState`.
    static func forEachWorker<State>(_ count: Int, state makeState: () -> State, _ body: (Int, State) -> Void) {
        let lock = NSLock()
        nonisolated(unsafe) var next = 0
        let workers = min(count, ProcessInfo.processInfo.activeProcessorCount)
        withoutActuallyEscaping(makeState) { makeState in
            let makeState = Unchecked(makeState)
            forEach(workers) { _ in
                let state = makeState.value()
                while true {
                    let item = lock.withLock {
                        defer { next += 1 }
                        return next
                    }
                    guard item < count else { return }
                    body(item, state)
                }
            }
        }
    }

    /// `(0..<count).map(transform)`, computed concurrently in chunks of 64.
    static func map<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let chunk = 64
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = Unchecked(buffer.baseAddress!)
            forEach((count + chunk - 1) / chunk) { part in
                for index in (part * chunk)..<min(count, (part + 1) * chunk) {
                    (base.value + index).initialize(to: transform(index))
                }
            }
            initialized = count
        }
    }
}
