import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file mapped read-only into memory: a big input is parsed where it lies, with no fresh
/// pages for the kernel to zero and no copy (reading 100 MB into a new buffer cost 0.1 s of CPU,
/// a tenth of loading and drafting the day).
///
/// A mapped file that another program cuts short while it is read would end the process with a bus
/// error and no word of why. While a mapping lives, a bus error inside it ends the process with a
/// message naming the file and exit status 74 (an I/O error) instead.
final class MappedFile: @unchecked Sendable {
    /// The file's bytes, valid as long as this object lives.
    let bytes: UnsafeBufferPointer<UInt8>
    private let slot: Int

    /// Maps `size` bytes of the open regular file `fd`, read from `path`; nil when the system does
    /// not map it (or too many files are mapped at once): then read it.
    init?(fd: Int32, size: Int, path: String) {
        guard size > 0 else { return nil }
        let message = "copydesk: \(path): the file was cut short while it was being read (is another program writing it?); "
            + "run again once it is complete\n"
        guard let slot = BusErrorGuard.reserve(message: message) else { return nil }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            BusErrorGuard.release(slot)
            return nil
        }
        // Parsing reads the file from start to end (each part of it in order).
        _ = madvise(base, size, MADV_SEQUENTIAL)
        bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)
        self.slot = slot
        BusErrorGuard.watch(slot, base: UInt(bitPattern: base), count: size)
    }

    deinit {
        BusErrorGuard.release(slot)
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}

/// The address ranges of live mappings, and what to say when one of them faults.
///
/// A signal handler may only read plain memory and make async-signal-safe calls: the ranges and
/// their messages (C strings) live in fixed slots, set up before a range is watched and torn down
/// after it is unwatched.
private enum BusErrorGuard {
    static let slots = 16
    /// Each slot's range (start, end; 0, 0 when unwatched) and message, read by the handler.
    nonisolated(unsafe) static let ranges = UnsafeMutablePointer<(start: UInt, end: UInt)>.allocate(capacity: slots)
    nonisolated(unsafe) static let messages = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: slots)
    nonisolated(unsafe) static var used = [Bool](repeating: false, count: slots)
    nonisolated(unsafe) static var installed = false
    nonisolated(unsafe) static var previous = sigaction()
    static let lock = NSLock()

    /// A free slot holding `message`, with the handler installed; nil when every slot is taken.
    static func reserve(message: String) -> Int? {
        lock.withLock {
            guard let slot = used.firstIndex(of: false) else { return nil }
            used[slot] = true
            ranges[slot] = (0, 0)
            messages[slot] = strdup(message)
            if !installed {
                var action = sigaction()
                action.__sigaction_handler.sa_sigaction = busError
                action.sa_flags = SA_SIGINFO
                sigemptyset(&action.sa_mask)
                sigaction(SIGBUS, &action, &previous)
                installed = true
            }
            return slot
        }
    }

    static func watch(_ slot: Int, base: UInt, count: Int) {
        lock.withLock { ranges[slot] = (base, base + UInt(count)) }
    }

    /// Frees `slot`; the last one restores the handler that was there before.
    static func release(_ slot: Int) {
        lock.withLock {
            ranges[slot] = (0, 0)
            free(messages[slot])
            messages[slot] = nil
            used[slot] = false
            if installed && !used.contains(true) {
                sigaction(SIGBUS, &previous, nil)
                installed = false
            }
        }
    }
}

/// The SIGBUS handler: a fault inside a watched mapping is a file cut short under the reader.
private func busError(_ number: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    let address = UInt(bitPattern: info?.pointee._sifields._sigfault.si_addr)
    for slot in 0..<BusErrorGuard.slots {
        let range = BusErrorGuard.ranges[slot]
        guard range.start <= address, address < range.end, let message = BusErrorGuard.messages[slot] else { continue }
        _ = write(2, message, strlen(message))
        _exit(74)
    }
    // Not a mapped input's: the default action (the faulting access runs again and ends the process).
    signal(SIGBUS, SIG_DFL)
}
