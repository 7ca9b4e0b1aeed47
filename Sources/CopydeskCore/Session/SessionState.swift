/// The draft plus the history that `undo` and `redo` walk.
///
/// A command's events apply as one step: `undo` after `accept 1-5` undoes all five.
public struct SessionState: Sendable, Hashable {
    public private(set) var draft: Draft
    /// Drafts before each applied command, newest last.
    public private(set) var undoStack: [Draft] = []
    /// Drafts undone, newest last; cleared by any new change.
    public private(set) var redoStack: [Draft] = []
    /// The number of commands applied (including undo and redo).
    public private(set) var steps = 0

    public init(draft: Draft) {
        self.draft = draft
    }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    /// Applies one command's events as a single undoable step; on error nothing changes.
    public mutating func apply(_ events: [SessionEvent]) throws(EventError) {
        if events.contains(.undone) || events.contains(.redone) {
            guard events.count == 1 else { throw .mixedHistoryEvent }
            if events[0] == .undone {
                guard let previous = undoStack.popLast() else { throw .nothingToUndo }
                redoStack.append(draft)
                draft = previous
            } else {
                guard let next = redoStack.popLast() else { throw .nothingToRedo }
                undoStack.append(draft)
                draft = next
            }
        } else {
            var next = draft
            for event in events { try next.apply(event) }
            undoStack.append(draft)
            redoStack.removeAll()
            draft = next
        }
        steps += 1
    }
}
