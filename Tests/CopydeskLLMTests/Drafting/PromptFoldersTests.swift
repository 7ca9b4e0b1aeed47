import CopydeskCore
import Foundation
import Testing
@testable import CopydeskLLM

@Suite struct PromptFoldersTests {
    @Test func editedFilesOverrideTheBuiltInOnesOneByOne() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-prompts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let user = root.appendingPathComponent("config/copydesk/prompts/zh")
        let repo = root.appendingPathComponent("checkout/prompts/zh")
        for folder in [user, repo] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try Data("user overview\n".utf8).write(to: user.appendingPathComponent("overview.mustache"))
        try Data("repo overview\n".utf8).write(to: repo.appendingPathComponent("overview.mustache"))
        try Data("repo points\n".utf8).write(to: repo.appendingPathComponent("points.mustache"))
        try Data([0xFF, 0xFE]).write(to: repo.appendingPathComponent("not-a-template.txt"))

        let (templates, paths) = try PromptFolders.load(
            language: .chinese, environment: ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path],
            currentDirectory: root.appendingPathComponent("checkout").path)
        #expect(templates.sources["overview"] == "user overview\n")
        #expect(templates.sources["points"] == "repo points\n")
        #expect(templates.sources["section"] == PromptTemplates.builtIn(.chinese).sources["section"])
        #expect(paths == ["overview": user.appendingPathComponent("overview.mustache").path,
                          "points": repo.appendingPathComponent("points.mustache").path])

        try Data([0xFF, 0xFE, 0x00]).write(to: repo.appendingPathComponent("section.mustache"))
        #expect(throws: PromptFolderError.notUTF8(repo.appendingPathComponent("section.mustache").path)) {
            try PromptFolders.load(language: .chinese, environment: ["HOME": root.path], currentDirectory: root.appendingPathComponent("checkout").path)
        }
    }
}
