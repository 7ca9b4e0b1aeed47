import Foundation

/// What an editor's session teaches, read from its final draft as labels in the labelled days'
/// form, so sessions and labelled days train the same way.
///
/// - `labels`: every story the editor was shown or chose (the points, the reserve, and any story
///   decided on), each with its final category and tweets (after merges and splits); the core
///   points are the points the post published (not rejected), one story each. The ranking trainer
///   reads which of the day's stories were chosen and which passed over.
/// - `categoryLabels`: only the stories whose category the editor stood behind (published points,
///   accepted reserve stories), for the category trainer.
public struct SessionLabels: Sendable, Hashable {
    public var labels: DayLabels
    public var categoryLabels: DayLabels

    public init(_ draft: Draft) {
        var seen = Set<StoryID>()
        var shown: [Story] = []
        let decided = draft.stories.filter { draft.decisions[$0.id] != nil }.map(\.id)
        for id in draft.points.map(\.story) + draft.reserve + decided where seen.insert(id).inserted {
            if let story = draft.story(id), story.noise == nil || draft.decisions[id] == .accepted { shown.append(story) }
        }
        let published = draft.points.map(\.story).filter { draft.decisions[$0] != .rejected }
        let kept = Set(published).union(draft.decisions.filter { $0.value == .accepted }.map(\.key))
        func label(_ story: Story) -> DayLabels.Story {
            DayLabels.Story(id: story.id.rawValue, category: story.category, tweets: story.tweetIDs)
        }
        var points: [DayLabels.CorePoint] = []
        var pointed = Set<StoryID>()
        for id in published where shown.contains(where: { $0.id == id }) && pointed.insert(id).inserted {
            points.append(.init(n: points.count + 1, stories: [id.rawValue]))
        }
        labels = DayLabels(date: draft.window.start, tz: draft.window.tzText, stories: shown.map(label), corePoints: points)
        categoryLabels = DayLabels(date: draft.window.start, tz: draft.window.tzText,
                                   stories: shown.filter { kept.contains($0.id) }.map(label), corePoints: [])
    }
}
