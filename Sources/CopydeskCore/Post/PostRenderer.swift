import Foundation
import Mustache

/// Renders a draft as the Jekyll post: a pure function of the draft, the day's tweets and options.
///
/// The layout is a Mustache template: the built-in `post.zh.mustache` (the reference post's form)
/// or `post.en.mustache`, or the user's own (the executable reads `templates/post.mustache` in the
/// working folder, or `--template FILE`, and passes its text here). Every value the template gets
/// is markdown already made safe by `SafeText`, so the renderer turns Mustache's HTML escaping off
/// (a `{{% CONTENT_TYPE: TEXT }}` pragma is prepended) and `{{x}}` and `{{{x}}}` mean the same.
public struct PostRenderer: Sendable {
    public var language: PostLanguage
    public var options: Options
    private let template: MustacheTemplate

    /// Rendering choices that are not part of the draft.
    public struct Options: Sendable, Hashable {
        /// Put `<!-- copydesk:auto SECTION -->` before each part that is still the automatic
        /// extractive draft. The comment shows in the markdown the editor previews, and HTML drops
        /// it from the page; `export` turns it off so the published file carries no markers.
        public var markAutomatic: Bool
        public init(markAutomatic: Bool = false) { self.markAutomatic = markAutomatic }
    }

    /// - Parameter template: the text of a user's template; nil for the built-in one.
    public init(language: PostLanguage = .chinese, template: String? = nil, options: Options = Options()) throws {
        self.language = language
        self.options = options
        let text = try template ?? Self.builtInTemplate(language)
        let pragma = "{{% CONTENT_TYPE: TEXT }}"
        do {
            self.template = try MustacheTemplate(string: pragma + text)
        } catch let error as MustacheTemplate.ParserError {
            let c = error.context
            // The pragma sits on the template's first line: report columns in the user's text.
            let line = c.lineNumber == 1 ? String(c.line.dropFirst(pragma.count)) : c.line
            let column = c.lineNumber == 1 ? max(1, c.columnNumber - pragma.count) : c.columnNumber
            throw PostError.badTemplate(line: c.lineNumber, column: column, text: line, reason: "\(error.error)")
        } catch {
            throw PostError.badTemplate(line: 0, column: 0, text: "", reason: "\(error)")
        }
    }

    /// The text of a built-in template, to start a user's own from.
    public static func builtInTemplate(_ language: PostLanguage) throws -> String {
        let name = "post.\(language.rawValue)"
        guard let text = BuiltInResources.text(name + ".mustache") else {
            throw PostError.missingTemplate(name: name + ".mustache")
        }
        return text
    }

    /// The post's markdown, front matter included.
    /// - Parameter cloudImage: the word-cloud image as the post links it; nil for the default
    ///   `PostFiles.cloudImageName(for:)`.
    public func render(_ draft: Draft, tweets: [String: Tweet], cloudImage: String? = nil) throws -> String {
        let content = PostContent(draft: draft, tweets: tweets, language: language)
        return try render(content, cloudImage: cloudImage)
    }

    /// Renders content already decided (what `check` also looks at).
    public func render(_ content: PostContent, cloudImage: String? = nil) throws -> String {
        let context = try PostContext(content: content, language: language, markAutomatic: options.markAutomatic,
                                      cloudImage: cloudImage ?? PostFiles.cloudImageName(for: content.window))
        return template.render(context.values)
    }
}
