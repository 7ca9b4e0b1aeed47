@testable import CopydeskCore
import Foundation
import Synchronization
import Testing

/// `Parallel`'s helpers give a sequential loop's results whatever the scheduling.
@Suite struct ParallelTests {
    @Test(arguments: [0, 1, 3, 1000])
    func theWorkerQueueRunsEachItemOnceWithItsWorkersState(count: Int) {
        final class Scratch: @unchecked Sendable { var used = 0 }
        let runs = Mutex([Int](repeating: 0, count: count))
        let states = Mutex([ObjectIdentifier]())
        Parallel.forEachWorker(count, state: { () -> Scratch in
            let scratch = Scratch()
            states.withLock { $0.append(ObjectIdentifier(scratch)) }
            return scratch
        }) { item, scratch in
            scratch.used += 1
            runs.withLock { $0[item] += 1 }
        }
        #expect(runs.withLock { $0 } == [Int](repeating: 1, count: count))
        // One state a worker, at most one worker a core, none when there is nothing to do.
        let workers = states.withLock { $0.count }
        #expect(workers == min(count, ProcessInfo.processInfo.activeProcessorCount))
    }

    @Test func aChunkedMapIsTheSequentialMap() {
        #expect(Parallel.map(10_000, grain: 64) { $0 * $0 } == (0..<10_000).map { $0 * $0 })
        #expect(Parallel.map(0, grain: 64) { $0 }.isEmpty)
    }

    @Test func releaseEmptiesEverySlotAndFreesItsValue() {
        final class Tally: @unchecked Sendable {
            let lock = NSLock()
            var freed = 0
        }
        final class Counted: @unchecked Sendable {
            let tally: Tally
            init(_ tally: Tally) { self.tally = tally }
            deinit { tally.lock.withLock { tally.freed += 1 } }
        }
        let tally = Tally()
        var values: [Counted?] = (0..<5_000).map { $0 % 3 == 0 ? nil : Counted(tally) }
        let live = values.compactMap { $0 }.count
        Parallel.release(&values, grain: 256)
        #expect(values.count == 5_000)
        #expect(values.allSatisfy { $0 == nil })
        #expect(tally.lock.withLock { tally.freed } == live)
    }

    @Test func startedWorkRunsBesideTheCallerAndItsValueWaitsForIt() {
        // The work waits until the caller has gone on: it runs on another thread, not inside `start`.
        let callerWentOn = DispatchSemaphore(value: 0)
        let pending = Parallel.start { () -> [Int] in
            callerWentOn.wait()
            // It may use `Parallel` itself.
            return Parallel.map(10_000, grain: 64) { $0 * 2 }
        }
        callerWentOn.signal()
        #expect(pending.value == (0..<10_000).map { $0 * 2 })
        // Read again, the value is the same.
        #expect(pending.value.count == 10_000)
    }
}
