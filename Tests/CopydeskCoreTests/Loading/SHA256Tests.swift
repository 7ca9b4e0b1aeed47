import CopydeskCore
import Testing

@Suite struct SHA256Tests {
    // FIPS 180-4 / NIST example vectors.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func standardVectors(message: String, digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }

    @Test func millionAs() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func streamingInOddPiecesMatchesOneShot() {
        let message = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var hasher = SHA256()
        var offset = 0
        for size in [1, 63, 64, 65, 3, 200, 0, 604] {
            hasher.update(message[offset..<offset + size])
            offset += size
        }
        #expect(offset == message.count)
        #expect(SHA256.hexString(hasher.finalize()) == SHA256.hex(message))
    }

    @Test func aCopiedHasherContinuesOnItsOwn() {
        var first = SHA256()
        first.update(Array("ab".utf8))
        var second = first
        first.update(Array("c".utf8))
        second.update(Array("d".utf8))
        #expect(SHA256.hexString(first.finalize()) == SHA256.hex(Array("abc".utf8)))
        #expect(SHA256.hexString(second.finalize()) == SHA256.hex(Array("abd".utf8)))
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func aSequenceWithoutContiguousStorageHashesTheSame() {
        let message = (0..<300).map { UInt8(truncatingIfNeeded: $0) }
        #expect(SHA256.hex(message.lazy.map { $0 }) == SHA256.hex(message))
    }

    // Lengths around the padding boundary (55, 56, 64 bytes) take different padding paths.
    @Test(arguments: [55, 56, 57, 63, 64, 65, 119, 120])
    func paddingBoundariesDiffer(length: Int) {
        let a = SHA256.hex([UInt8](repeating: 0x61, count: length))
        let b = SHA256.hex([UInt8](repeating: 0x61, count: length + 1))
        #expect(a.count == 64)
        #expect(a != b)
    }
}
