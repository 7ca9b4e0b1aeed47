import CopydeskCore
import Dispatch

/// The SHA-256 of a file's bytes, computed on another core while the file is parsed.
final class BackgroundDigest: @unchecked Sendable {
    // Unchecked: `hex` is written once by the hashing block and read only after `group.wait()`.
    private let group = DispatchGroup()
    private var hex = ""

    init(of bytes: [UInt8]) {
        // A small file is hashed at once: handing it to another thread would cost more.
        guard bytes.count >= 1 << 20 else {
            hex = SHA256.hex(bytes)
            return
        }
        DispatchQueue.global().async(group: group) { self.hex = SHA256.hex(bytes) }
    }

    /// Lower-case hex SHA-256, waiting for it if need be.
    var value: String {
        group.wait()
        return hex
    }
}
