import Foundation
import Testing
import TestSupport

/// `copydesk inspect` run as the editor runs it: output, JSON keys, and exit status 65 on unusable input.
@Suite(.serialized) struct InspectEndToEndTests {
    static let sample = Fixtures.seeds.appendingPathComponent("sample-day/2026-01-24.x-api.json").path

    @Test func summarisesTheSampleDay() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-inspect")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await ChildProcess.run(["inspect", Self.sample, "--date", "2026-01-24"], in: folder)
        #expect(result.status == 0)
        for label in ["read", "kept", "duplicates", "outside window", "skipped", "authors", "time span", "formats"] {
            #expect(result.stdout.contains("\n  \(label) "), "no \(label) row")
        }
        #expect(result.stdout.contains("x-api-v2"))
        #expect(result.stdout.contains("(+08:00)"))
    }

    @Test func takesANegativeOffsetAfterTz() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-inspect")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await ChildProcess.run(["inspect", Self.sample, "--date", "2026-01-23", "--tz", "-05:00"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2026-01-23 (-05:00)"))
    }

    @Test func printsJSONWithTheDocumentedKeys() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-inspect")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await ChildProcess.run(["inspect", Self.sample, "--json"], in: folder)
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        for key in ["read", "kept", "duplicates", "skipped", "authors"] {
            #expect(object?[key] != nil, "missing \(key)")
        }
        // No window: everything read is kept.
        #expect((object?["read"] as? Int) == (object?["kept"] as? Int))
    }

    @Test func exitsWith65OnUnusableInput() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-inspect")
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = folder.appendingPathComponent("tweets.json")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).write(to: png)
        let result = try await ChildProcess.run(["inspect", png.path], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr.contains("tweets.json: error: this is binary data (a PNG image)"))
        #expect(result.stdout.isEmpty)
    }
}
