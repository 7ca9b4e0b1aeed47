import CopydeskCore
import CopydeskStore
import Foundation
import Testing
import TestSupport

/// Reading earlier days' logs for the desk's memory: only the days asked for, a damaged log left
/// out with a warning and never changed.
@Suite struct SessionMemoryTests {
    @Test func readsTheDaysBeforeAndLeavesADamagedLogAloneWithAWarning() throws {
        let folder = try Fixtures.temporaryFolder("copydesk-memory")
        defer { try? FileManager.default.removeItem(at: folder) }
        let window = ReportWindow(day: LocalDate("2026-01-23")!)
        var story = Story(id: StoryID("s1"), tweetIDs: ["11", "12"], headline: "Orbitra releases Kestrel 3", category: .models)
        story.keyphrases = ["kestrel"]
        let draft = Draft(window: window, metadata: .init(startingAt: Date(timeIntervalSince1970: 0), window: window),
                          stories: [story], points: [.init(story: story.id, headline: story.headline)], reserve: [])
        let header = SessionHeader(inputs: [], fingerprint: "f", startedAt: draft.metadata.date, proposal: draft)
        let log = try JSONEncoder().encode(header) + Data("\n".utf8)
        try log.write(to: folder.appendingPathComponent("2026-01-23.jsonl"))
        try log.write(to: folder.appendingPathComponent("2026-01-10.jsonl"))  // beyond seven days
        let damaged = Data("{\"type\": \"copydesk-session\", \"format\": 1, \"proposal\"\n".utf8)
        try damaged.write(to: folder.appendingPathComponent("2026-01-22.jsonl"))

        let (memory, read, warnings) = SessionMemory.load(folder: folder.path, before: LocalDate("2026-01-24")!, days: 7)
        #expect(memory.count == 1)
        #expect(read == [folder.appendingPathComponent("2026-01-23.jsonl").path])
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("2026-01-22.jsonl") == true && warnings.first?.contains("left out of the desk's memory") == true)
        #expect(try Data(contentsOf: folder.appendingPathComponent("2026-01-22.jsonl")) == damaged)
        #expect(SessionMemory.load(folder: folder.path, before: LocalDate("2026-01-24")!, days: 0).memory.count == 0)
        #expect(SessionMemory.load(folder: folder.path, before: LocalDate("2026-01-24")!, days: 14).memory.count == 2)
    }
}
