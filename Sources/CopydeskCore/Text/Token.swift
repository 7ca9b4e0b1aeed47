/// One token of a tweet: a word, a tag, a link, a product or model name, or a Chinese word.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable, Codable {
        /// A word (English or other Latin script).
        case word
        /// A number or a quantity such as `70B` or `$5B`'s `5B`: never a term.
        case number
        /// An `http(s)://` link as written.
        case url
        /// `@handle`.
        case mention
        /// `#tag`.
        case hashtag
        /// `$INTC`: one to six letters, never `$5B` or `$100T`.
        case cashtag
        /// A product or model name kept whole: `GLM-4.7-Flash`, `GPT-5.2 Pro`, `Claude Code`.
        case name
        /// A Chinese word (after segmentation), or a run of Han characters (before).
        case chinese
    }

    public var kind: Kind
    /// As written in the tweet.
    public var text: String
    /// The case-folded form terms are counted by (cashtags stay upper case: `$INTC`).
    public var key: String

    public init(kind: Kind, text: String, key: String) {
        self.kind = kind
        self.text = text
        self.key = key
    }
}

/// A token's place in a UTF-8 buffer, before any string is made (the fast path).
struct TokenSpan: Hashable {
    var start: Int
    var end: Int
    var kind: Token.Kind
}
