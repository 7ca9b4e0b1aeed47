/// The Mustache sources of one language's prompts, by name: `system`, `stories` (a partial),
/// `overview`, `points`, `section` and `headline`.
///
/// The core reads no files: the executable passes in what it found in the prompts folders, over
/// the built-in copies of the repository's `prompts/` (`BuiltInPrompts.swift`).
public struct PromptTemplates: Sendable, Hashable {
    public var language: PostLanguage
    public var sources: [String: String]

    /// Every template a complete set holds.
    public static let names = ["system", "stories", "overview", "points", "section", "headline"]

    public init(language: PostLanguage, sources: [String: String]) {
        self.language = language
        self.sources = sources
    }

    /// The templates built into copydesk, copies of `prompts/<language>/*.mustache`.
    public static func builtIn(_ language: PostLanguage) -> PromptTemplates {
        PromptTemplates(language: language, sources: BuiltInPrompts.sources[language.rawValue] ?? [:])
    }

    /// This set with some templates replaced (a user's edited files).
    public func overriding(with replacements: [String: String]) -> PromptTemplates {
        PromptTemplates(language: language, sources: sources.merging(replacements) { _, new in new })
    }
}
