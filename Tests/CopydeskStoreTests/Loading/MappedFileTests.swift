import CopydeskCore
@testable import CopydeskStore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Big inputs are mapped, not read: the same bytes, and a file cut short under the reader is a
/// message and exit status 74, not a bus error.
@Suite struct MappedFileTests {
    @Test func aBigFileIsMappedAndASmallOneRead() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        var big = [UInt8](repeating: UInt8(ascii: "b"), count: InputReader.mapBytes + 13)
        for i in stride(from: 0, to: big.count, by: 4091) { big[i] = UInt8(truncatingIfNeeded: i / 4091) }
        let small = Array("a small file\n".utf8)
        let bigPath = try files.write("big.bin", bytes: big)
        let smallPath = try files.write("small.txt", bytes: small)
        let mapped = try InputReader.input(bigPath, limit: 1 << 30)
        guard case .mapped(let file) = mapped else {
            Issue.record("a file of \(big.count) bytes was read, not mapped")
            return
        }
        #expect(Array(file.bytes) == big)
        #expect(mapped.sha256() == SHA256.hex(big))
        guard case .read(let bytes) = try InputReader.input(smallPath, limit: 1 << 30) else {
            Issue.record("a small file was mapped")
            return
        }
        #expect(bytes == small)
        // The size cap holds for mapped files too.
        #expect(throws: LoadError(file: bigPath, .tooLarge(bytes: Int64(big.count), limit: 1 << 20))) {
            try InputReader.input(bigPath, limit: 1 << 20)
        }
    }

    @Test func aMappedDayLoadsAsARead() throws {
        // The same tweets, report and hash as the bytes parsed from memory.
        let files = try StoreTestFiles()
        defer { files.remove() }
        let response = #"{"data": [{"id": "1", "text": "hello", "author_id": "9", "created_at": "2026-01-24T03:12:00.000Z"}], "includes": {"users": [{"id": "9", "username": "amy"}]}}"#
        let text = "[\n" + Array(repeating: response, count: (InputReader.mapBytes / response.utf8.count) + 1).joined(separator: ",\n") + "\n]\n"
        let path = try files.write("day.json", text)
        let loaded = try TweetLoader.load([path], window: nil)
        let parsed = try TweetParser.parse(Array(text.utf8), file: path)
        #expect(loaded.inputs.first?.sha256 == SHA256.hex(Array(text.utf8)))
        #expect(loaded.inputs.first?.format == .xAPI)
        #expect(loaded.report.read == parsed.read)
        #expect(loaded.tweets.first == parsed.tweets.first)
        #expect(loaded.tweets.first?.author.handle == "amy")
    }

    @Test func aFileCutShortWhileMappedEndsWithAMessage() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        let path = try files.write("day.json", bytes: [UInt8](repeating: UInt8(ascii: " "), count: 4 << 20))
        guard case .mapped(let file) = try InputReader.input(path, limit: 1 << 30) else {
            Issue.record("not mapped")
            return
        }
        var pipe: [Int32] = [0, 0]
        #expect(Glibc.pipe(&pipe) == 0)
        let last = file.bytes.baseAddress! + (file.bytes.count - 1)
        // The child only makes system calls and reads memory (it is forked from a threaded process):
        // another program cuts the file short, and the child reads the mapping past the new end.
        let child = fork()
        if child == 0 {
            dup2(pipe[1], 2)
            _ = truncate(path, 0)
            let byte = last.pointee
            _exit(byte == 0 ? 1 : 2)  // not reached: the read faults
        }
        close(pipe[1])
        var status: Int32 = 0
        waitpid(child, &status, 0)
        var message = [UInt8](repeating: 0, count: 4096)
        let count = read(pipe[0], &message, message.count)
        close(pipe[0])
        // Exited (not signalled), with the I/O error status.
        #expect(status & 0x7F == 0)
        #expect((status >> 8) & 0xFF == 74)
        let text = String(decoding: message.prefix(max(0, count)), as: UTF8.self)
        #expect(text.contains(path) && text.contains("cut short while it was being read"))
        withExtendedLifetime(file) {}
    }
}
