import Foundation
import TestSupport
import Testing

/// `copydesk cloud FREQ.tsv --out FILE`, run as the built binary.
@Suite struct CloudCommandTests {
    static let words = Fixtures.root.appendingPathComponent("bench/words-200.tsv").path

    @Test func writesAPNGOfTheAskedSizeAndPrintsItsPath() async throws {
        let folder = try Fixtures.temporaryFolder("cloud-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("cloud.png").path
        let result = try await ChildProcess.run(
            ["cloud", Self.words, "--out", out, "--width", "360", "--height", "180", "--max-words", "60", "--seed", "5"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == out + "\n")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: width and height, big-endian, right after the chunk's length and type.
        func be32(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        #expect(be32(16) == 360 && be32(20) == 180)
    }

    @Test func theSameSeedWritesTheSameJPEG() async throws {
        let folder = try Fixtures.temporaryFolder("cloud-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [Data] = []
        for name in ["a.jpg", "b.jpg"] {
            let out = folder.appendingPathComponent(name).path
            let result = try await ChildProcess.run(["cloud", Self.words, "--out", out, "--width", "300", "--height", "150"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            files.append(try Data(contentsOf: URL(fileURLWithPath: out)))
        }
        #expect(Array(files[0].prefix(3)) == [0xFF, 0xD8, 0xFF])
        #expect(files[0] == files[1])
    }

    @Test func aBadLineIsReportedWithFileAndLine() async throws {
        let folder = try Fixtures.temporaryFolder("cloud-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("bad.tsv")
        try "OpenAI\t5\nClaude six\n".write(to: input, atomically: true, encoding: .utf8)
        let result = try await ChildProcess.run(["cloud", input.path, "--out", folder.appendingPathComponent("x.jpg").path], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.tsv:2: expected `word<TAB>count`"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.jpg").path))
    }
}

extension CloudCommandTests {
    /// An image that cannot be created is exit 73 (the table in --help), with the reason, and no
    /// temporary file is named or left behind.
    @Test func anImageThatCannotBeWrittenIs73() async throws {
        let folder = try Fixtures.temporaryFolder("cloud-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not a folder".utf8).write(to: folder.appendingPathComponent("f"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("taken.png"), withIntermediateDirectories: false)
        for (name, named, reason) in [("f/cloud.png", "f", "cannot use it as a folder (it is a file)"), ("taken.png", "taken.png", "Is a directory")] {
            let out = folder.appendingPathComponent(name).path
            let result = try await ChildProcess.run(
                ["cloud", Self.words, "--out", out, "--width", "200", "--height", "100", "--max-words", "20"], in: folder)
            #expect(result.status == 73, "\(out): \(result.stderr)")
            #expect(result.stderr.contains(folder.appendingPathComponent(named).path + ": cannot") && result.stderr.contains(reason), "\(out): \(result.stderr)")
            #expect(!result.stderr.contains(".tmp-"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left.sorted() == ["f", "taken.png"], "\(left)")
    }
}
