@testable import CopydeskShell
import Foundation
import Testing
import TestSupport

@Suite struct HistoryTests {
    @Test func historyLivesInTheXDGStateFolder() {
        #expect(HistoryFile.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/copydesk/history")
        #expect(HistoryFile.path(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/copydesk/history")
        #expect(HistoryFile.path(environment: ["HOME": "/h"]) == "/h/.local/state/copydesk/history")
        #expect(HistoryFile.path(environment: [:]) == nil)
    }

    @Test func linesSurviveAReloadIncludingChinese() throws {
        let folder = try Fixtures.temporaryFolder("history")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state/copydesk/history").path
        do {
            let store = HistoryStore(path: path)
            try store.add("accept 1-3")
            try store.add("   ")
            try store.add("edit 2 **智谱开源GLM-4.7**，编程能力 \\ 提升")
            try store.add("accept 1-3")
            try store.add("accept 1-3")  // a repeat of the line before is kept once
        }
        let reloaded = HistoryStore(path: path)
        #expect(reloaded.entries == ["accept 1-3", "edit 2 **智谱开源GLM-4.7**，编程能力 \\ 提升", "accept 1-3"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(leftovers == ["history"])
    }

    @Test func aFileInPlaceOfTheFolderIsAClearError() throws {
        let folder = try Fixtures.temporaryFolder("history")
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("state")
        _ = FileManager.default.createFile(atPath: blocker.path, contents: Data("x".utf8))
        let store = HistoryStore(path: blocker.path + "/copydesk/history")
        #expect(throws: HistoryError.cannotCreateFolder(blocker.path + "/copydesk")) { try store.add("points") }
    }

    @Test func sizeIsBounded() throws {
        let store = HistoryStore(path: nil, size: 3)
        for n in 1...5 { try store.add("show \(n)") }
        #expect(store.entries == ["show 3", "show 4", "show 5"])
    }
}
