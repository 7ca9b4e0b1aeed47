import Foundation

/// A labelled day: the editor's answer for a day of tweets, in the format of the labelled days
/// (`labels.json`): which tweets tell the same story, each story's category, the ten core points,
/// and which tweets are noise.
public struct DayLabels: Sendable, Hashable, Decodable {
    /// One labelled story.
    public struct Story: Sendable, Hashable, Decodable {
        public var id: String
        public var summary: String
        public var category: Category
        /// Other categories an editor would accept.
        public var alsoOK: [Category]
        public var tweets: [String]

        enum CodingKeys: String, CodingKey {
            case id, summary, category, tweets
            case alsoOK = "also_ok"
        }

        public init(id: String, summary: String = "", category: Category, alsoOK: [Category] = [], tweets: [String]) {
            self.id = id
            self.summary = summary
            self.category = category
            self.alsoOK = alsoOK
            self.tweets = tweets
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
            category = try c.decode(Category.self, forKey: .category)
            alsoOK = try c.decodeIfPresent([Category].self, forKey: .alsoOK) ?? []
            tweets = try c.decode([String].self, forKey: .tweets)
        }

        /// Whether an editor accepts `category` for this story.
        public func accepts(_ category: Category) -> Bool { category == self.category || alsoOK.contains(category) }
    }

    /// One of the editor's core points: a story, or a theme spanning several.
    public struct CorePoint: Sendable, Hashable, Decodable {
        public var n: Int
        public var text: String
        public var stories: [String]

        public init(n: Int, text: String = "", stories: [String]) {
            self.n = n
            self.text = text
            self.stories = stories
        }
    }

    public var date: LocalDate
    /// The report's UTC offset, `+08:00`.
    public var tz: String
    public var stories: [Story]
    public var corePoints: [CorePoint]
    public var noise: [String]
    /// The tweets file or folder beside the labels, when it is not `tweets.json`, `tweets.jsonl` or `tweets/`.
    public var tweetsFile: String?

    enum CodingKeys: String, CodingKey {
        case date, tz, stories, noise
        case corePoints = "core_points"
        case tweetsFile = "tweets_file"
    }

    public init(date: LocalDate, tz: String = "+08:00", stories: [Story], corePoints: [CorePoint], noise: [String] = [], tweetsFile: String? = nil) {
        self.date = date
        self.tz = tz
        self.stories = stories
        self.corePoints = corePoints
        self.noise = noise
        self.tweetsFile = tweetsFile
    }

    /// Reads `labels.json`; errors name what is wrong.
    public init(json data: Data) throws {
        self = try JSONDecoder().decode(DayLabels.self, from: data)
        guard ReportWindow.parseOffset(tz) != nil else {
            throw DecodingError.dataCorrupted(.init(codingPath: [CodingKeys.tz], debugDescription: "\"\(tz)\" is not a UTC offset such as +08:00"))
        }
    }

    /// The report window the labels describe: the local day in the labels' offset.
    public var window: ReportWindow {
        ReportWindow(day: date, utcOffsetSeconds: ReportWindow.parseOffset(tz) ?? ReportWindow.defaultOffsetSeconds)
    }

    /// Each labelled tweet's story index, or `nil` for noise.
    func goldStories() -> [String: Int?] {
        var gold: [String: Int?] = [:]
        for id in noise { gold[id] = .some(nil) }
        for (k, story) in stories.enumerated() {
            for id in story.tweets { gold[id] = k }
        }
        return gold
    }
}
