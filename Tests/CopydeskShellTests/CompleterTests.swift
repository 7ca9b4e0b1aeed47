@testable import CopydeskShell
import Foundation
import Testing
import TestSupport

@Suite struct CompleterTests {
    let categories = ["open_source", "开源与社区动态", "models", "模型与技术突破", "ai_tech", "ai_industry"]
        .map { Completer.Candidate(word: $0) }

    @Test func typedWordIsTheTextAfterTheLastSpace() {
        #expect(Completer.typedWord("reclassify 3 开") == "开")
        #expect(Completer.typedWord("reclassify 3 ") == "")
        #expect(Completer.typedWord("acc") == "acc")
    }

    @Test func aUniqueMatchIsInsertedWholeWithASpace() {
        let result = Completer.complete(typed: "开", candidates: categories)
        #expect(result.insert == "开源与社区动态 ")
        #expect(result.listing.isEmpty)
    }

    @Test func matchingIgnoresCaseAndReplacesTheTypedWord() {
        #expect(Completer.complete(typed: "OP", candidates: categories).insert == "open_source ")
    }

    @Test func severalMatchesInsertTheirCommonPrefixAndAreListed() {
        let result = Completer.complete(typed: "a", candidates: categories)
        #expect(result.insert == "ai_")
        #expect(result.listing == ["ai_tech", "ai_industry"])
        #expect(!result.isEmpty)
    }

    @Test func anAmbiguousChineseStemListsWithoutInserting() {
        let result = Completer.complete(typed: "模", candidates: categories + [.init(word: "模型社区")])
        #expect(result.insert == "模型")
        #expect(result.listing == ["模型与技术突破", "模型社区"])
    }

    @Test func noMatchChangesNothing() {
        let result = Completer.complete(typed: "zz", candidates: categories)
        #expect(result.isEmpty)
        #expect(result.insert == "zz")
    }

    @Test func commonPrefixWorksOnWholeCharacters() {
        #expect(Completer.commonPrefix(["开源与社区", "开源模型"]) == "开源")
        #expect(Completer.commonPrefix(["abc", "abd", "ab"]) == "ab")
        #expect(Completer.commonPrefix([]) == "")
    }

    @Test func pathsCompleteFromTheFileSystem() throws {
        let folder = try Fixtures.temporaryFolder("completer")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("seeds"), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("script.txt").path, contents: Data())
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("sample.json").path, contents: Data())
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(".hidden").path, contents: Data())

        let all = Completer.pathCandidates(typed: "", currentDirectory: folder.path)
        #expect(all.map(\.display) == ["sample.json", "script.txt", "seeds/"])
        let folderOnly = Completer.complete(typed: "se", candidates: Completer.pathCandidates(typed: "se", currentDirectory: folder.path))
        #expect(folderOnly.insert == "seeds/")
        let absolute = Completer.pathCandidates(typed: folder.path + "/sc", currentDirectory: "/")
        #expect(absolute.map(\.word) == [folder.path + "/script.txt"])
        #expect(Completer.pathCandidates(typed: ".h", currentDirectory: folder.path).map(\.word) == [".hidden"])
        let home = Completer.pathCandidates(typed: "~/sa", home: folder.path, currentDirectory: "/")
        #expect(home.map(\.word) == ["~/sample.json"])
    }
}
