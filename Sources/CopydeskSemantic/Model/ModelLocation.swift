import Foundation

/// Where the sentence-encoder model is: `COPYDESK_MODEL_DIR`, else `models/use-multilingual` in
/// the repository the executable was built in (found by walking up from it), else in the current
/// directory.
public enum ModelLocation {
    /// The model folder's path inside a checkout, where `make model` writes it.
    public static let relativePath = "models/use-multilingual"
    /// The environment variable that names a model folder elsewhere.
    public static let environmentKey = "COPYDESK_MODEL_DIR"

    /// The folder to load: the first candidate that holds a model, or the most specific one (so a
    /// missing model's message names where it was looked for).
    public static func find(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = Bundle.main.executableURL,
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) -> URL {
        if let named = environment[environmentKey], !named.isEmpty {
            return URL(fileURLWithPath: named, relativeTo: currentDirectory).standardizedFileURL
        }
        var candidates: [URL] = []
        if let executable {
            var folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            while folder.path != "/" {
                candidates.append(folder.appendingPathComponent(relativePath))
                folder.deleteLastPathComponent()
            }
        }
        let local = currentDirectory.appendingPathComponent(relativePath).standardizedFileURL
        candidates.append(local)
        return candidates.first(where: holdsModel) ?? local
    }

    /// Whether `folder` has the manifest a converted model starts with.
    static func holdsModel(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(ModelManifest.fileName).path)
    }
}
