/// Why an event does not fit the draft it is applied to (a damaged or hand-edited log).
public enum EventError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownStory(StoryID)
    case notAPoint(StoryID)
    case alreadyAPoint(StoryID)
    case notInReserve(StoryID)
    case badPosition(Int, count: Int)
    case sameStory(StoryID)
    case badSplit(StoryID)
    case nothingToUndo
    case nothingToRedo
    /// `undone`/`redone` act on the session's history, not on a draft.
    case historyEvent
    /// `undone`/`redone` must be the only event of their command.
    case mixedHistoryEvent

    public var description: String {
        switch self {
        case .unknownStory(let id): "no story \(id) in the draft"
        case .notAPoint(let id): "story \(id) is not one of the points"
        case .alreadyAPoint(let id): "story \(id) is already a point"
        case .notInReserve(let id): "story \(id) is not in the reserve"
        case .badPosition(let position, let count): "position \(position) is outside 1…\(count)"
        case .sameStory(let id): "story \(id) named twice"
        case .badSplit(let id): "the split of story \(id) does not take a proper part of its tweets"
        case .nothingToUndo: "nothing to undo"
        case .nothingToRedo: "nothing to redo"
        case .historyEvent: "undo and redo act on the session, not on a draft"
        case .mixedHistoryEvent: "undo or redo mixed with other events in one command"
        }
    }
}
