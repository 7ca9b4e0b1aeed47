import CopydeskCore
import Foundation

/// Finds the prompt templates to use: the editor's edited files over the built-in copies.
///
/// Each template is looked up, first found wins, in `$COPYDESK_PROMPTS/<lang>/`, then
/// `$XDG_CONFIG_HOME/copydesk/prompts/<lang>/` (or `~/.config/…`), then `./prompts/<lang>/` (the
/// repository's, when copydesk runs from a checkout), and falls back to the copy built into copydesk.
public enum PromptFolders {
    /// The folders searched for `language`, in order.
    public static func folders(language: PostLanguage, environment: [String: String], currentDirectory: String) -> [String] {
        var roots: [String] = []
        if let explicit = environment["COPYDESK_PROMPTS"], !explicit.isEmpty { roots.append(explicit) }
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        roots.append(configHome + "/copydesk/prompts")
        roots.append(currentDirectory + "/prompts")
        return roots.map { "\($0)/\(language.rawValue)" }
    }

    /// The templates for `language`, with the path each came from (nil: built in).
    public static func load(
        language: PostLanguage, environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(PromptFolderError) -> (templates: PromptTemplates, paths: [String: String]) {
        var replacements: [String: String] = [:]
        var paths: [String: String] = [:]
        let folders = folders(language: language, environment: environment, currentDirectory: currentDirectory)
        for name in PromptTemplates.names {
            for folder in folders {
                let path = "\(folder)/\(name).mustache"
                guard FileManager.default.fileExists(atPath: path) else { continue }
                guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
                guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(path) }
                replacements[name] = text
                paths[name] = path
                break
            }
        }
        return (PromptTemplates.builtIn(language).overriding(with: replacements), paths)
    }
}

/// A prompt file that exists but cannot be used.
public enum PromptFolderError: Error, Sendable, Equatable {
    case unreadable(String)
    case notUTF8(String)

    public var message: String {
        switch self {
        case .unreadable(let path): "\(path): cannot be read"
        case .notUTF8(let path): "\(path): not UTF-8 text"
        }
    }
}
