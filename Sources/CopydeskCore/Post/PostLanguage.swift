/// The language of a post's headings and connective text, and of `ai …` prompts and drafts
/// (`--lang zh|en`); tweets keep their own.
public enum PostLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    case chinese = "zh"
    case english = "en"

    /// Parses `zh`, `zh-CN`, `chinese`, `en`, `en-US`, `english`.
    public init?(code: String) {
        let t = code.lowercased()
        if t == "zh" || t.hasPrefix("zh-") || t == "chinese" || t == "cn" {
            self = .chinese
        } else if t == "en" || t.hasPrefix("en-") || t == "english" {
            self = .english
        } else {
            return nil
        }
    }

    /// The connective text the renderer writes around extracted tweets.
    var strings: PostStrings {
        switch self {
        case .chinese: .chinese
        case .english: .english
        }
    }
}
