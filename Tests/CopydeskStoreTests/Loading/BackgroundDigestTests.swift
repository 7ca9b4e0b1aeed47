import CopydeskCore
@testable import CopydeskStore
import Foundation
import Testing

@Suite struct BackgroundDigestTests {
    /// A refused big input must not leave its hash running: the process may exit right after
    /// printing the error (it crashed 48 of 100 runs on a 4 MiB file of zeros).
    @Test func aRefusedInputLeavesNoHashRunning() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        // Big enough that hashing takes far longer than spotting binary data.
        let zeros = try files.write("z.json", bytes: [UInt8](repeating: 0, count: 32 << 20))
        #expect(throws: LoadError.self) { try TweetLoader.load([zeros], window: nil) }
        #expect(BackgroundDigest.running == 0)
    }

    @Test func aReadInputHasItsHash() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        let line = #"{"id": "1", "date": "2026-01-24T03:12:00+00:00", "rawContent": "hello", "user": {"username": "amy"}}"# + "\n"
        let text = String(repeating: line, count: (2 << 20) / line.utf8.count)
        let path = try files.write("day.jsonl", text)
        let result = try TweetLoader.load([path], window: nil)
        #expect(result.inputs.first?.sha256 == SHA256.hex(Array(text.utf8)))
        #expect(BackgroundDigest.running == 0)
    }
}
