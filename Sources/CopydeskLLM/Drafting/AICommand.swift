import CopydeskCore

/// An `ai …` line: draft something, or accept, revise or discard what was drafted.
public enum AICommand: Sendable, Hashable {
    /// `ai overview`, `ai points`, `ai section NAME`, `ai edit N`.
    case draft(PromptTask)
    /// `ai accept`: the drafted text enters the draft (as a logged event).
    case accept
    /// `ai revise`: open the drafted text in `$EDITOR`, then accept the edited text.
    case revise
    /// `ai discard`: drop the drafted text.
    case discard

    public static let usage = "usage: ai overview | ai points | ai section NAME | ai edit N | ai accept | ai revise | ai discard"

    /// Parses a line; nil when it is not an `ai` command.
    public static func parse(_ line: String) throws(DraftingError) -> AICommand? {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.first?.lowercased() == "ai" else { return nil }
        let args = Array(words.dropFirst())
        switch (args.first?.lowercased(), args.count) {
        case ("overview", 1): return .draft(.overview)
        case ("points", 1): return .draft(.points)
        case ("accept", 1): return .accept
        case ("revise", 1): return .revise
        case ("discard", 1): return .discard
        case ("section", let count) where count >= 2:
            let name = args.dropFirst().joined(separator: " ")
            guard let section = section(named: name) else {
                let known = Section.allCases.map(\.rawValue).joined(separator: ", ")
                throw .usage("ai section \(name): no such section (one of: \(known), or a category's Chinese name)")
            }
            return .draft(PromptTask(section: section))
        case ("edit", 2):
            guard let number = Int(args[1]), number > 0 else { throw .usage("ai edit \(args[1]): expected a point number") }
            return .draft(.headline(point: number))
        default:
            throw .usage(usage)
        }
    }

    /// A section by id (`open_source`) or by a category's name (`开源与社区动态`, or a unique prefix).
    static func section(named name: String) -> Section? {
        if let section = Section(rawValue: name.lowercased()) { return section }
        return Category(idOrName: name).map(Section.init(category:))
    }
}
