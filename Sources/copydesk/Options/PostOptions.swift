import ArgumentParser
import CopydeskCore
import Foundation

/// `--lang` and `--template`: how a command that writes the post renders it.
///
/// The template is `--template FILE` when given; else the first of `templates/post.zh.mustache`,
/// `templates/post.mustache` (Chinese) or `templates/post.en.mustache` (English) found in the
/// working folder; else the built-in template for the language.
struct PostOptions: ParsableArguments {
    @Option(help: "Language of the post's headings and connective text: zh (default) or en.")
    var lang: String = "zh"

    @Option(help: "A Mustache template for the post (default: templates/post.<lang>.mustache if present, else built in).")
    var template: String?

    func validate() throws {
        _ = try language()
    }

    func language() throws -> PostLanguage {
        guard let language = PostLanguage(code: lang) else {
            throw ValidationError("--lang \(lang): expected zh or en.")
        }
        return language
    }

    /// The template file in use, if any (nil means the built-in one).
    func templatePath(in folder: String = FileManager.default.currentDirectoryPath) throws -> String? {
        if let template { return template }
        let folderURL = URL(fileURLWithPath: folder)
        return PostFiles.userTemplatePaths(for: try language())
            .first { FileManager.default.fileExists(atPath: folderURL.appendingPathComponent($0).path) }
    }

    /// A renderer for the chosen language and template; errors name the template file.
    /// - Parameter markAutomatic: mark the automatic parts (drafts the editor previews), or not (export).
    func renderer(markAutomatic: Bool) throws -> PostRenderer {
        let language = try language()
        guard let path = try templatePath() else {
            return try PostRenderer(language: language, options: .init(markAutomatic: markAutomatic))
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValidationError("\(path): cannot read the post template (\(error.localizedDescription)).")
        }
        do {
            return try PostRenderer(language: language, template: text, options: .init(markAutomatic: markAutomatic))
        } catch let error as PostError {
            throw ValidationError("\(path):\(error)")
        }
    }
}
