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
    public internal(set) var reserve: [StoryID]
    /// Each story that was ever in the reserve, and its number there (`R7`): numbers stay for the
    /// whole session, so promoting R6 leaves R7 as R7 and an old listing still holds.
    public private(set) var reserveNumbers: [StoryID: Int]
    /// Editor decisions; a story absent here is pending.
    public var decisions: [StoryID: Decision]
    /// Sections the editor (or an accepted LLM draft) rewrote as a whole; absent means automatic.
    public var sectionTexts: [Section: String]
    /// The editor's word-cloud adjustments.
    public var cloud: CloudAdjustments
    /// Stories merged away, and the story each went into (so `promote R4` can say where R4 went).
    /// Not coded: a proposal has none, and the log's events rebuild it.
    public internal(set) var mergedInto: [StoryID: StoryID] = [:]

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
        reserveNumbers = Self.numbered(reserve)
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

    /// The number a reserve story is listed under (`R7` is 7), or nil for a story never in the reserve.
    public func reserveNumber(_ id: StoryID) -> Int? { reserveNumbers[id] }

    /// The story listed as `R<number>`, whether it is still in the reserve or has left it.
    public func reserveStory(number: Int) -> StoryID? {
        reserveNumbers.first { $0.value == number }?.key
    }

    /// Puts `id` into the reserve after `neighbour` (or last), numbered after every number given so far.
    mutating func addToReserve(_ id: StoryID, after neighbour: StoryID?) {
        let at = neighbour.flatMap { reserve.firstIndex(of: $0) }.map { $0 + 1 } ?? reserve.count
        reserve.insert(id, at: at)
        if reserveNumbers[id] == nil { reserveNumbers[id] = (reserveNumbers.values.max() ?? 0) + 1 }
    }

    /// Numbers in list order, from 1.
    private static func numbered(_ reserve: [StoryID]) -> [StoryID: Int] {
        var numbers: [StoryID: Int] = [:]
        for id in reserve where numbers[id] == nil { numbers[id] = numbers.count + 1 }
        return numbers
    }
}

extension Draft {
    enum CodingKeys: String, CodingKey {
        case window, metadata, stories, points, reserve, reserveNumbers, decisions, sectionTexts, cloud
    }

    /// Session logs written before reserve numbers were kept have none: they number the reserve as listed.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        window = try c.decode(ReportWindow.self, forKey: .window)
        metadata = try c.decode(Metadata.self, forKey: .metadata)
        stories = try c.decode([Story].self, forKey: .stories)
        points = try c.decode([Point].self, forKey: .points)
        reserve = try c.decode([StoryID].self, forKey: .reserve)
        reserveNumbers = try c.decodeIfPresent([StoryID: Int].self, forKey: .reserveNumbers) ?? Self.numbered(reserve)
        decisions = try c.decode([StoryID: Decision].self, forKey: .decisions)
        sectionTexts = try c.decode([Section: String].self, forKey: .sectionTexts)
        cloud = try c.decode(CloudAdjustments.self, forKey: .cloud)
    }
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
