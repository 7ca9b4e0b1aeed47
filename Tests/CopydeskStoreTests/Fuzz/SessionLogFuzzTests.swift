import CopydeskCore
import CopydeskStore
import Foundation
import Testing
import TestSupport

/// Seeded mutation fuzzing of session logs (issue 16 item 11): a damaged log opens, or is refused
/// with its line, and a refused log is never changed; a torn line is dropped only after a backup.
@Suite struct SessionLogFuzzTests {
    /// A log with every kind of line: decisions, a rewrite with Chinese text, an undo.
    static func sampleLog(in folder: URL) throws -> [UInt8] {
        let session = try SessionControllerTests.open(folder)
        for line in ["accept 1-3", "reject 4", "move 2 1", "edit 1 新的标题：含中文", "undo", "reclassify 5 products", "accept R1"] {
            _ = session.run(line)
        }
        _ = session.run("rewrite overview", text: "今天的概述。\n第二段 \"quoted\" \\ text")
        session.close()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: session.logPath)))
        try FileManager.default.removeItem(atPath: session.logPath)
        return bytes
    }

    @Test func mutatedLogsOpenOrAreRefusedUntouched() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try Self.sampleLog(in: folder)
        let lineCount = original.filter { $0 == 0x0A }.count
        let logPath = folder.appendingPathComponent("sessions/2026-01-24.jsonl").path
        let cases = FuzzSeeds.cases(normal: 600)
        var mutator = Mutator(seed: 8)
        var opened = 0
        for n in 0..<cases {
            let (bytes, kinds) = mutator.mutate(original)
            let what = "case \(n) (\(kinds.joined(separator: ", ")))"
            // The pure reader: records or an error at a line of the file.
            do {
                let log = try SessionLog(data: Data(bytes))
                #expect(log.records.enumerated().allSatisfy { $0.element.seq == $0.offset + 1 }, "\(what)")
                _ = try? log.state()
            } catch {
                let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
                #expect((1...max(1, lines)).contains(error.line), "\(what): \(error)")
            }
            // The store: refused means untouched; opened with a torn line means a backup first.
            try? FileManager.default.removeItem(atPath: folder.appendingPathComponent("sessions").path)
            try FileManager.default.createDirectory(atPath: folder.appendingPathComponent("sessions").path, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: logPath))
            do {
                let session = try SessionControllerTests.open(folder)
                opened += 1
                session.close()
                if let torn = try? SessionLog(data: Data(bytes)).tornLine {
                    let backup = SessionLogFile.backupPath(logPath, tornLine: torn)
                    #expect(try Data(contentsOf: URL(fileURLWithPath: backup)) == Data(bytes), "\(what)")
                }
            } catch {
                #expect(try Data(contentsOf: URL(fileURLWithPath: logPath)) == Data(bytes), "\(what): a refused log was changed")
            }
        }
        #expect(opened > 0 && opened < cases, "\(opened) of \(cases) opened")
        _ = lineCount
    }
}
