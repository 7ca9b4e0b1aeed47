import CopydeskStore
import Foundation
import Testing
import TestSupport

@Suite struct AtomicFileTests {
    @Test func writesReplacesAndLeavesNoTemporaryFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a/b/post.md").path
        try AtomicFile.write(Data("one".utf8), to: path)
        try AtomicFile.write(Data("two, longer".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two, longer")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("a/b").path) == ["post.md"])
    }

    @Test func aFailureIsATypedErrorAndTheOldFileStays() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("post.md").path
        try AtomicFile.write(Data("kept".utf8), to: path)
        // A folder where the file should go cannot be replaced by a file.
        let blocked = folder.appendingPathComponent("dir").path
        try FileManager.default.createDirectory(atPath: blocked + "/inner", withIntermediateDirectories: true)
        #expect(throws: FileError.self) { try AtomicFile.write(Data("x".utf8), to: blocked) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["dir", "post.md"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept")
    }

    @Test func createRefusesAnExistingFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("log.jsonl").path
        try AtomicFile.create(Data("first".utf8), at: path)
        #expect(throws: FileError(path: path, operation: "create", code: EEXIST)) {
            try AtomicFile.create(Data("second".utf8), at: path)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["log.jsonl"])
    }
}
