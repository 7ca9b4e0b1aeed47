/// Why a prompt could not be built; each case prints as one line that says what to do.
public enum PromptError: Error, Sendable, Equatable {
    /// A template is missing from the set (a user folder may override some, never remove them).
    case missingTemplate(name: String, language: PostLanguage)
    /// A template does not parse.
    case templateSyntax(name: String, line: Int, column: Int, reason: String)
    /// Nothing to send: no accepted story (or no candidate) for the task.
    case nothingToSend(PromptTask)
    /// `ai edit N` with no point N.
    case noSuchPoint(Int, count: Int)

    public var message: String {
        switch self {
        case .missingTemplate(let name, let language):
            "prompt template '\(language.rawValue)/\(name).mustache' is missing"
        case .templateSyntax(let name, let line, let column, let reason):
            "\(name).mustache:\(line):\(column): \(reason)"
        case .nothingToSend(let task):
            switch task {
            case .points: "\(task): no candidate stories to send (all were rejected)"
            case .section(let section): "\(task): no accepted story in section \(section.rawValue): accept some first"
            default: "\(task): no accepted stories to send: accept some first"
            }
        case .noSuchPoint(let number, let count):
            "ai edit \(number): there is no point \(number) (the draft has \(count))"
        }
    }
}

extension PromptError: CustomStringConvertible {
    public var description: String { message }
}
