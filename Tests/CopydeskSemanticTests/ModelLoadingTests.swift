import Foundation
import Testing
import TestSupport
@testable import CopydeskSemantic

@Suite struct ModelLoadingTests {
    /// A copy of the installed model's small files in a temporary folder, the weights linked.
    private func copyOfModel() throws -> URL {
        let folder = try Fixtures.temporaryFolder("copydesk-model")
        let source = TestModel.folder
        for name in ["tensors.tsv", "sp.model"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("tensors.bin"), withDestinationURL: source.appendingPathComponent("tensors.bin"))
        return folder
    }

    private func loadError(_ folder: URL) -> SemanticModelError? {
        do {
            _ = try MultilingualEncoder.load(from: folder)
            return nil
        } catch {
            return error
        }
    }

    @Test func aMissingModelSaysToRunMakeModel() throws {
        let folder = try Fixtures.temporaryFolder("copydesk-model").appendingPathComponent("use-multilingual")
        let error = try #require(loadError(folder))
        #expect(error == .missing(folder: folder.path))
        #expect(error.description.contains("run `make model`"))
        #expect(error.description.contains(folder.path))
    }

    @Test func theInstalledModelLoadsFromItsCopy() throws {
        let folder = try copyOfModel()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(loadError(folder) == nil)
    }

    @Test func aManifestLineThatIsNoTensorIsNamedWithItsLine() throws {
        let folder = try copyOfModel()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("tensors.tsv")
        var lines = try String(contentsOf: manifest, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("tensor\td0\t") })
        lines[index] = "tensor\td0\tf32\t512xten\t0"
        try lines.joined(separator: "\n").write(to: manifest, atomically: true, encoding: .utf8)
        let error = try #require(loadError(folder))
        guard case .damaged(let file, let line, let problem) = error else { Issue.record("\(error)"); return }
        #expect(file == manifest.path && line == index + 1)
        #expect(problem.contains("512xten"))
        #expect(error.description.contains("run `make model` again"))
    }

    @Test func aTensorOfTheWrongShapeIsNamed() throws {
        let folder = try copyOfModel()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("tensors.tsv")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "\td1\tf32\t320x320\t", with: "\td1\tf32\t320x160\t")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let error = try #require(loadError(folder))
        #expect(error == .damaged(file: manifest.path, line: nil, problem: "tensor `d1` is f32 320x160, expected f32 320x320"))
    }

    @Test func aTruncatedWeightsFileIsNamedWithItsSize() throws {
        let folder = try copyOfModel()
        defer { try? FileManager.default.removeItem(at: folder) }
        let weights = folder.appendingPathComponent("tensors.bin")
        try FileManager.default.removeItem(at: weights)
        try Data(repeating: 7, count: 1000).write(to: weights)
        let error = try #require(loadError(folder))
        guard case .damaged(let file, nil, let problem) = error else { Issue.record("\(error)"); return }
        #expect(file == weights.path)
        #expect(problem.hasPrefix("holds 1000 bytes, tensors.tsv says "))
    }

    @Test func aTokenizerThatIsNoModelIsNamed() throws {
        let folder = try copyOfModel()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tokenizer = folder.appendingPathComponent("sp.model")
        try Data("not a sentencepiece model".utf8).write(to: tokenizer)
        let error = try #require(loadError(folder))
        guard case .damaged(let file, nil, let problem) = error else { Issue.record("\(error)"); return }
        #expect(file == tokenizer.path && problem.hasPrefix("is no SentencePiece model"))
    }

    @Test func theLocationIsTheEnvironmentsThenTheCheckoutAboveTheExecutable() throws {
        let root = try Fixtures.temporaryFolder("copydesk-location")
        defer { try? FileManager.default.removeItem(at: root) }
        let model = root.appendingPathComponent(ModelLocation.relativePath)
        try FileManager.default.createDirectory(at: model, withIntermediateDirectories: true)
        try Data().write(to: model.appendingPathComponent("tensors.tsv"))
        let executable = root.appendingPathComponent(".build/release/copydesk")
        let elsewhere = URL(fileURLWithPath: "/nonexistent-copydesk")

        #expect(ModelLocation.find(environment: ["COPYDESK_MODEL_DIR": "/opt/model"], executable: executable, currentDirectory: root).path == "/opt/model")
        #expect(ModelLocation.find(environment: [:], executable: executable, currentDirectory: elsewhere).path == model.path)
        #expect(ModelLocation.find(environment: [:], executable: nil, currentDirectory: root).path == model.path)
        // Found nowhere: the current directory's, which the missing-model message then names.
        #expect(ModelLocation.find(environment: [:], executable: elsewhere, currentDirectory: elsewhere).path
            == elsewhere.appendingPathComponent(ModelLocation.relativePath).path)
    }
}
