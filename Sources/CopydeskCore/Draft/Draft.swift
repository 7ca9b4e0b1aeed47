import Foundation

/// The post being edited: what the engine proposed, plus every decision the editor made.
///
/// A session's events fold into a `Draft` through one pure reducer (see `Session/`). The draft
/// holds the proposed stories themselves, so rendering never needs the engine again.
public struct Draft: Sendable, Hashable, Codable {
    public var window: ReportWindow
    /// Front-matter metadata.
    public var metadata: Metadata
    /// Every story the engine proposed, best first.
    public var stories: [Story]
    /// The ten core points, in order.
    public var points: [Point]
    /// Stories waiting to be promoted into the points.
    public var reserve: [StoryID]
    /// Editor decisions; a story absent here is pending.
    public var decisions: [StoryID: Decision]
    /// Sections the editor (or an accepted LLM draft) rewrote as a whole; absent means automatic.
    public var sectionTexts: [Section: String]
    /// The editor's word-cloud adjustments.
    public var cloud: CloudAdjustments

    public init(
        window: ReportWindow, metadata: Metadata, stories: [Story], points: [Point], reserve: [StoryID],
        decisions: [StoryID: Decision] = [:], sectionTexts: [Section: String] = [:],
        cloud: CloudAdjustments = CloudAdjustments()
    ) {
        self.window = window
        self.metadata = metadata
        self.stories = stories
        self.points = points
        self.reserve = reserve
        self.decisions = decisions
        self.sectionTexts = sectionTexts
        self.cloud = cloud
    }

    /// The starting draft for an analysis: the engine's ten points, pending.
    public init(analysis: Analysis, window: ReportWindow, metadata: Metadata) {
        let byID = Dictionary(analysis.stories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.init(
            window: window, metadata: metadata, stories: analysis.stories,
            points: analysis.points.compactMap { id in byID[id].map { Point(story: id, headline: $0.headline) } },
            reserve: analysis.reserve
        )
    }

    public func story(_ id: StoryID) -> Story? { stories.first { $0.id == id } }
}

extension Draft {
    /// One of the ten core points: a story and the headline the post shows for it.
    public struct Point: Sendable, Hashable, Codable {
        public var story: StoryID
        public var headline: String
        public init(story: StoryID, headline: String) {
            self.story = story
            self.headline = headline
        }
    }

    public enum Decision: String, Sendable, Hashable, Codable {
        case accepted, rejected
    }

    /// Front-matter fields: `title`, `date` and `posttime`.
    public struct Metadata: Sendable, Hashable, Codable {
        /// Defaults to the window's slug, `twitter_ai_20260124_20260124`.
        public var title: String
        /// `2026-01-24 14:32:23 +0800`.
        public var date: String
        /// `2026-01-24 14:32:23 +0800`.
        public var postTime: String

        public init(title: String, date: String, postTime: String) {
            self.title = title
            self.date = date
            self.postTime = postTime
        }
    }

    /// Words the editor removed from or forced into the word cloud.
    public struct CloudAdjustments: Sendable, Hashable, Codable {
        public var excluded: [String]
        public var included: [String]
        public init(excluded: [String] = [], included: [String] = []) {
            self.excluded = excluded
            self.included = included
        }
    }
}
