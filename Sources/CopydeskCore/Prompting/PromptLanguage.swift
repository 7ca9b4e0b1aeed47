/// The language prompts are written in and drafts come back in (`--lang`).
public enum PromptLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    case zh
    case en
}
