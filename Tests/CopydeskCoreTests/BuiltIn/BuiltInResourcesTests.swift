import Foundation
import Testing
import TestSupport
@testable import CopydeskCore

@Suite struct BuiltInResourcesTests {
    static let folder = Fixtures.root.appendingPathComponent("Sources/CopydeskCore/Resources")

    @Test func theCompiledCopiesAreTheResourceFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }
        #expect(Set(files) == Set(BuiltInResources.files.keys), "run `make resources`")
        for name in files {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            #expect(BuiltInResources.text(name) == text, "Resources/\(name) differs from its compiled copy: run `make resources`")
        }
    }

    @Test func theDefaultsLoadFromTheCompiledCopies() throws {
        #expect(!Lexicon.default.categoryTerms.isEmpty)
        for language in PostLanguage.allCases {
            #expect(try PostRenderer.builtInTemplate(language).contains("{{title}}") == true)
            _ = try PostRenderer(language: language)
        }
    }
}
