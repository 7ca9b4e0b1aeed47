/// What the model is asked to draft: the overview, the ten points, one section, or one point's headline.
///
/// Codable, so a session event can record which task an accepted text answered.
public enum PromptTask: Sendable, Hashable, Codable, CustomStringConvertible {
    case overview
    case points
    case section(Section)
    /// The headline of core point `number` (1-based, as `ai edit N` names it).
    case headline(point: Int)

    /// The task for `ai section NAME`: `overview` and `points` name their own tasks.
    public init(section: Section) {
        switch section {
        case .overview: self = .overview
        case .points: self = .points
        default: self = .section(section)
        }
    }

    /// The template that writes the task's user message: `overview`, `points`, `section`, `headline`.
    public var templateName: String {
        switch self {
        case .overview: "overview"
        case .points: "points"
        case .section: "section"
        case .headline: "headline"
        }
    }

    /// `ai overview`, `ai section models`, `ai edit 3`: the command that asked for it.
    public var description: String {
        switch self {
        case .overview: "ai overview"
        case .points: "ai points"
        case .section(let section): "ai section \(section.rawValue)"
        case .headline(let number): "ai edit \(number)"
        }
    }
}
