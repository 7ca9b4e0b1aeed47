/// Why a command was refused. The draft is unchanged; `description` says why and what to do.
public enum CommandError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownCommand(String, suggestion: String?)
    case usage(command: String, problem: String)
    case badNumber(String)
    case pointOutOfRange(Int, count: Int)
    /// No reserve item has this number; `listed` are the numbers the reserve holds now.
    case reserveOutOfRange(Int, listed: [Int])
    /// Reserve item R`reserve` was promoted and is now point `point`.
    case alreadyPromoted(reserve: Int, point: Int)
    /// Reserve item R`reserve` was merged into another story, now at `into` (`point 2`).
    case mergedAway(reserve: Int, into: String)
    case unknownCategory(String)
    /// Words `cloud exclude` named that the word cloud does not show.
    case notInCloud([String])
    case unknownSection(String)
    case badDate(String)
    case emptyText(command: String)
    case tweetNotFound(String)
    /// A tweet of the day that no story holds (it was left out as an exact repeat or outside the window).
    case tweetInNoStory(String)
    case alreadyAPoint(tweetID: String, point: Int)
    case samePoint(Int)
    case cannotSplit(Int, reason: String)
    case nothingToUndo
    case nothingToRedo
    case unchanged(String)
    /// The event did not fit the draft (a bug, or a damaged log).
    case rejectedEvent(EventError)

    public var description: String {
        switch self {
        case .unknownCommand(let word, let suggestion):
            "unknown command '\(word)'" + (suggestion.map { ": did you mean '\($0)'?" } ?? "; type 'help' for the list")
        case .usage(let command, let problem):
            "\(command): \(problem). Usage: \(CommandHelp.usage(command) ?? command)"
        case .badNumber(let text):
            "'\(text)' is not a number or range (write 3, 1-5 or 1-5,7)"
        case .pointOutOfRange(let n, let count):
            count == 0 ? "there are no points" : "there is no point \(n); the points are 1–\(count)"
        case .reserveOutOfRange(let n, let listed):
            listed.isEmpty ? "the reserve is empty" : "there is no reserve item R\(n); the reserve holds " + Self.ranges(listed)
        case .alreadyPromoted(let r, let point):
            "R\(r) is already point \(point) (reserve numbers stay as first listed)"
        case .mergedAway(let r, let into):
            "R\(r) was merged into \(into): its tweets are there now"
        case .notInCloud(let words):
            (words.count == 1 ? "'\(words[0])' is not a word of the cloud" : "not words of the cloud: " + words.map { "'\($0)'" }.joined(separator: ", "))
                + "; `cloud` lists its words (exclude them as listed, several at once: cloud exclude matters handles)"
        case .unknownCategory(let text):
            "unknown category '\(text)'; use one of " + Category.allCases.map(\.rawValue).joined(separator: ", ")
                + " or its Chinese name"
        case .unknownSection(let text):
            "unknown section '\(text)'; use one of " + Section.allCases.map(\.rawValue).joined(separator: ", ")
        case .badDate(let text):
            "'\(text)' is not a date and time; write YYYY-MM-DD HH:MM:SS, e.g. 2026-01-24 14:32:23"
        case .emptyText(let command):
            "\(command) needs a text"
        case .tweetNotFound(let id):
            "no tweet \(id) among the day's tweets"
        case .tweetInNoStory(let id):
            "tweet \(id) is in no story; `add \(id)` makes it a point, which `merge` can then fold in"
        case .alreadyAPoint(let id, let point):
            "tweet \(id) is already in point \(point)"
        case .samePoint(let n):
            "point \(n) named twice"
        case .cannotSplit(let n, let reason):
            "cannot split point \(n): \(reason)"
        case .nothingToUndo:
            "nothing to undo"
        case .nothingToRedo:
            "nothing to redo"
        case .unchanged(let why):
            why
        case .rejectedEvent(let error):
            "the draft refused the change: \(error)"
        }
    }

    /// `R1–R5, R7, R9–R20` for ascending numbers.
    static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var k = 0
        while k < numbers.count {
            var end = k
            while end + 1 < numbers.count && numbers[end + 1] == numbers[end] + 1 { end += 1 }
            parts.append(end == k ? "R\(numbers[k])" : "R\(numbers[k])–R\(numbers[end])")
            k = end + 1
        }
        return parts.joined(separator: ", ")
    }
}
