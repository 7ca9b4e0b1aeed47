internal import CCrypto

/// SHA-256 (FIPS 180-4) through OpenSSL's libcrypto, which uses the CPU's SHA extensions (GB/s).
///
/// Feed bytes with `update`, then `finalize()`; or use `SHA256.hex(_:)` for one buffer. A copy of a
/// hasher continues independently of the original, as a value should.
/// - Complexity: O(n).
public struct SHA256: Sendable {
    private var context: Context

    public init() {
        context = Context()
    }

    /// Adds bytes to the message.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        if !isKnownUniquelyReferenced(&context) { context = context.copy() }
        let context = self.context
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            context.update(UnsafeRawBufferPointer(buffer))
        }
        if done == nil {
            Array(bytes).withUnsafeBytes { context.update($0) }
        }
    }

    /// The 32-byte digest. The hasher should not be updated afterwards.
    public mutating func finalize() -> [UInt8] {
        if !isKnownUniquelyReferenced(&context) { context = context.copy() }
        return context.finalize()
    }

    /// The digest of `bytes`.
    public static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        let digest: [UInt8]? = bytes.withContiguousStorageIfAvailable { buffer in
            oneShot(UnsafeRawBufferPointer(buffer))
        }
        return digest ?? Array(bytes).withUnsafeBytes(oneShot)
    }

    /// The digest of `bytes` as 64 lower-case hex digits.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        hexString(hash(bytes))
    }

    /// Lower-case hex of a digest.
    public static func hexString(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(digest.count * 2)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func oneShot(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: 32) { digest, count in
            // Fails only when libcrypto cannot allocate: nothing sensible is left to do.
            guard ccrypto_sha256(buffer.baseAddress, buffer.count, digest.baseAddress) == 1 else {
                fatalError("libcrypto could not compute SHA-256")
            }
            count = 32
        }
    }
}

extension SHA256 {
    /// Owns one libcrypto digest context and frees it.
    private final class Context: @unchecked Sendable {
        // Unchecked: a context is only mutated through a uniquely referenced `SHA256`.
        private let handle: OpaquePointer

        init() {
            guard let handle = ccrypto_sha256_new() else { fatalError("libcrypto could not allocate a SHA-256 context") }
            self.handle = handle
        }

        private init(handle: OpaquePointer) {
            self.handle = handle
        }

        deinit { ccrypto_sha256_free(handle) }

        func copy() -> Context {
            guard let copy = ccrypto_sha256_copy(handle) else { fatalError("libcrypto could not copy a SHA-256 context") }
            return Context(handle: copy)
        }

        func update(_ bytes: UnsafeRawBufferPointer) {
            guard bytes.count > 0 else { return }
            guard ccrypto_sha256_update(handle, bytes.baseAddress, bytes.count) == 1 else {
                fatalError("libcrypto could not update a SHA-256 digest")
            }
        }

        func finalize() -> [UInt8] {
            [UInt8](unsafeUninitializedCapacity: 32) { digest, count in
                guard ccrypto_sha256_final(handle, digest.baseAddress) == 1 else {
                    fatalError("libcrypto could not finish a SHA-256 digest")
                }
                count = 32
            }
        }
    }
}
