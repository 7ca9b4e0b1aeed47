/// A past-tense fact about the draft, decided from one command.
///
/// Events name stories by their stable `StoryID`, never by the number a listing showed, so a log
/// folds to the same draft whatever order the engine would rank things in today. Texts that came
/// from `$EDITOR` or an LLM are inside the event, so a replay needs neither.
public enum SessionEvent: Sendable, Hashable, Codable {
    case pointAccepted(story: StoryID)
    case pointRejected(story: StoryID)
    /// A reserve story the editor wants in its section (not among the points).
    case reserveAccepted(story: StoryID)
    /// A reserve story the editor keeps out of its section.
    case reserveRejected(story: StoryID)
    case storyReclassified(story: StoryID, category: Category)
    /// The point moved to a 1-based position in the list of points.
    case pointMoved(story: StoryID, position: Int)
    case pointsSwapped(first: StoryID, second: StoryID)
    /// A reserve story became the last point.
    case storyPromoted(story: StoryID)
    /// The point left the ten for the reserve (last in it, keeping its R number if it had one); its
    /// decision stays. `demote N` logs it with `reserveAccepted`, so the story stays in its section.
    case pointDemoted(story: StoryID)
    /// A story (one the engine proposed, or a new one made from a single tweet) became the last point.
    case pointAdded(story: Story)
    /// `absorbed`'s tweets joined `kept`; `absorbed` left the draft.
    case storiesMerged(kept: StoryID, absorbed: StoryID)
    /// `part`'s tweets left `story` and became a story of their own, placed right after it.
    case storySplit(story: StoryID, part: Story)
    case headlineEdited(story: StoryID, headline: String)
    /// A section's whole text; an empty text returns the section to its automatic draft.
    case sectionRewritten(section: Section, text: String)
    case titleChanged(title: String)
    /// The front matter's `date` and `posttime`, as `YYYY-MM-DD HH:MM:SS +0800`.
    case dateChanged(date: String)
    case cloudWordExcluded(word: String)
    case cloudWordIncluded(word: String)
    /// The previous command's events were undone.
    case undone
    /// The last undone command was redone.
    case redone

    /// The event's name as the log spells it, e.g. `pointAccepted`.
    public var name: String {
        switch self {
        case .pointAccepted: "pointAccepted"
        case .pointRejected: "pointRejected"
        case .reserveAccepted: "reserveAccepted"
        case .reserveRejected: "reserveRejected"
        case .storyReclassified: "storyReclassified"
        case .pointMoved: "pointMoved"
        case .pointsSwapped: "pointsSwapped"
        case .storyPromoted: "storyPromoted"
        case .pointDemoted: "pointDemoted"
        case .pointAdded: "pointAdded"
        case .storiesMerged: "storiesMerged"
        case .storySplit: "storySplit"
        case .headlineEdited: "headlineEdited"
        case .sectionRewritten: "sectionRewritten"
        case .titleChanged: "titleChanged"
        case .dateChanged: "dateChanged"
        case .cloudWordExcluded: "cloudWordExcluded"
        case .cloudWordIncluded: "cloudWordIncluded"
        case .undone: "undone"
        case .redone: "redone"
        }
    }
}
