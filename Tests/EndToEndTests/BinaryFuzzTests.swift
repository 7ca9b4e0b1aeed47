import Foundation
import Testing
import TestSupport

/// A sample of the loader fuzz cases through the built binary (issue 16 item 11): the exit status
/// and message contract. `inspect` ends 0, or 65 with one `FILE…: error:` line; never a signal.
@Suite struct BinaryFuzzTests {
    @Test func mutatedExportsThroughInspect() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-fuzz")
        defer { try? FileManager.default.removeItem(at: folder) }
        var mutator = Mutator(seed: 61)
        // Each case is a process: a tenth of the in-process count, at most 400.
        let cases = min(400, max(40, FuzzSeeds.cases(normal: 400) / 10))
        for n in 0..<cases {
            let seed = FuzzSeeds.exports[n % FuzzSeeds.exports.count]
            let (bytes, kinds) = mutator.mutate(seed.bytes)
            let path = folder.appendingPathComponent(seed.name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let run = try await ChildProcess.run(["inspect", path, "--date", "2026-01-24"], in: folder)
            let what = "case \(n) (\(seed.name): \(kinds.joined(separator: ", ")))"
            #expect(run.status == 0 || run.status == 65, "\(what): status \(run.status)\n\(run.stderr)")
            if run.status == 65 {
                #expect(run.stderr.hasPrefix("copydesk: \(path)"), "\(what): \(run.stderr)")
                #expect(run.stderr.contains(": error: "), "\(what): \(run.stderr)")
            } else {
                #expect(run.stdout.contains("read"), "\(what)")
            }
        }
    }
}
