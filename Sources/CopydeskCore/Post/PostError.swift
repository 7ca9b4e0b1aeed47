/// Why a post could not be rendered.
public enum PostError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The template does not parse: where (1-based line and column), the line, and why.
    case badTemplate(line: Int, column: Int, text: String, reason: String)
    /// A built-in template is missing from the bundle (a broken install).
    case missingTemplate(name: String)
    /// A front-matter date is not `YYYY-MM-DD HH:MM:SS +HHMM`.
    case badDate(field: String, value: String)

    public var description: String {
        switch self {
        case .badTemplate(let line, let column, let text, let reason):
            "\(line):\(column): the post template does not parse (\(reason)):\n    \(text)\n    "
                + String(repeating: " ", count: max(0, column - 1)) + "^\n"
                + "Fix the template, or remove it to use the built-in one."
        case .missingTemplate(let name):
            "the built-in template \(name) is missing from copydesk's resources; reinstall copydesk."
        case .badDate(let field, let value):
            "the post's \(field) \"\(value)\" is not a date like 2026-01-24 14:32:23 +0800; set it with `meta \(field) ...`."
        }
    }
}
