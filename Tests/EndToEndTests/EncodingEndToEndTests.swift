import Foundation
import Testing
import TestSupport

/// An export in another encoding is named as such, with the way to convert it (issue 16 item 7).
@Suite struct EncodingEndToEndTests {
    @Test func aGB18030ExportIsNotReadSilently() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-warn")
        defer { try? FileManager.default.removeItem(at: folder) }
        // 你好 in GB18030, which is not UTF-8.
        let prefix = #"{"id": "1", "date": "2026-01-24T03:12:00+00:00", "user": {"username": "amy"}, "rawContent": ""#
        let plain = #"{"id": "2", "date": "2026-01-24T03:13:00+00:00", "user": {"username": "bob"}, "rawContent": "GLM-4.7 open weights released today"}"#
        let bytes = Array(prefix.utf8) + [0xC4, 0xE3, 0xBA, 0xC3] + Array("\"}\n\(plain)\n".utf8)
        try Data(bytes).write(to: folder.appendingPathComponent("gb.jsonl"))
        let draft = try await CrashEndToEndTests.shell("\"$COPYDESK\" draft gb.jsonl --date 2026-01-24 --out o", in: folder)
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stderr.contains("gb.jsonl:1: warning: 3 invalid UTF-8 sequences were replaced"), "\(draft.stderr)")
        #expect(draft.stderr.contains("iconv -f GB18030 -t UTF-8"))
        let inspect = try await CrashEndToEndTests.shell("\"$COPYDESK\" inspect gb.jsonl --json", in: folder)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(inspect.stdout.utf8)) as? [String: Any])
        #expect((report["warnings"] as? [Any])?.count == 1)
    }
}
