import Foundation
import Testing
import TestSupport

/// `replay --check` into a folder without the saved post says where it looked and what to pass.
@Suite struct ReplayCheckEndToEndTests {
    @Test func aMissingSavedPostNamesThePathAndTheFix() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-replay-check")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await ChildProcess.run(["replay", GoldenSessionTests.log, "--out", folder.path, "--check"], in: folder)
        #expect(run.status == 66)
        let expected = folder.appendingPathComponent(SessionEndToEndTests.postName).path
        #expect(run.stderr.contains("no saved post to compare with: looked for \(expected)"), "\(run.stderr)")
        #expect(run.stderr.contains("pass --out the folder `save` or `export` wrote to"))
    }
}
