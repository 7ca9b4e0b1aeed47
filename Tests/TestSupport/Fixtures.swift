import Foundation

/// Paths into the repository for tests: seeds, fixtures and the built binary.
public enum Fixtures {
    /// The repository root (found from this file's location).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    public static var seeds: URL { root.appendingPathComponent("seeds") }

    /// A fresh temporary folder, removed by the caller (or left for inspection on failure).
    public static func temporaryFolder(_ name: String = "copydesk-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
