import CopydeskCore
import Dispatch
import Foundation

/// The SHA-256 of a file's bytes, computed on another core while the file is parsed.
///
/// The hashing must end before its owner goes on: `wait()` (or `value`) on every path out, a
/// rejected file included. A hash still running while the process exited (its libraries torn
/// down under it) crashed half the runs of `copydesk inspect` on a 4 MiB file of zeros.
final class BackgroundDigest: @unchecked Sendable {
    // Unchecked: `hex` is written once by the hashing block and read only after `group.wait()`.
    private let group = DispatchGroup()
    private var hex = ""

    init(of bytes: InputBytes) {
        // A small file is hashed at once: handing it to another thread would cost more.
        guard bytes.count >= 1 << 20 else {
            hex = bytes.sha256()
            return
        }
        Self.started()
        // The block holds the bytes (a mapping stays mapped) until the hash is done.
        DispatchQueue.global().async(group: group) {
            self.hex = bytes.sha256()
            Self.finished()
        }
    }

    /// Lower-case hex SHA-256, waiting for it if need be.
    var value: String {
        group.wait()
        return hex
    }

    /// Waits until the hashing is done (whether or not the value is wanted).
    func wait() { group.wait() }

    /// How many hashes are running now (tests check that none outlives its load).
    static var running: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var count = 0

    private static func started() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    private static func finished() {
        lock.lock()
        count -= 1
        lock.unlock()
    }
}
