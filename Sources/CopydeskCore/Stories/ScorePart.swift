import Foundation

/// One named part of a story's score, with its explanation for `why N`.
///
/// The explanation is kept as what it is made of and formatted when `detail` is read: a day has
/// thousands of stories and only the points and the reserve are ever explained (formatting every
/// story's parts was a tenth of the engine's time on 100k tweets). Equality, hashing and the
/// JSON a session log records read the formatted text, so a part made here and one read back from
/// a log are the same part.
public struct ScorePart: Sendable, Hashable, Codable {
    public var name: String
    public var value: Double
    private var explanation: Explanation

    /// The human-readable explanation (empty: none).
    public var detail: String {
        get { explanation.text }
        set { explanation = .text(newValue) }
    }

    public init(name: String, value: Double, detail: String = "") {
        self.init(name: name, value: value, explanation: .text(detail))
    }

    init(name: String, value: Double, explanation: Explanation) {
        self.name = name
        self.value = value
        self.explanation = explanation
    }

    /// What a part's detail says, before it is formatted.
    enum Explanation: Sendable {
        /// Already text (a part read from a session log, or written by hand).
        case text(String)
        /// The hand score's engagement: the story's summed counts and its retweets in the day.
        case engagement(likes: Int, retweets: Int, quotes: Int, replies: Int, views: Int, shares: Int)
        /// The hand score's distinct authors.
        case authors(Int)
        /// The hand score's followers across the story's authors.
        case reach(Double)
        /// The hand score's time: when the story was first seen, at the window's offset.
        case time(first: Date, offsetSeconds: Int, zone: String, position: Double)
        /// The learned part: the model and the story's features.
        case learned(RankingModel, features: [Double])

        var text: String {
            switch self {
            case .text(let text):
                text
            case let .engagement(likes, retweets, quotes, replies, views, shares):
                "\(likes) likes, \(retweets) retweets, \(quotes) quotes, \(replies) replies, \(views) views, \(shares) retweets in the day (log-scaled)"
            case .authors(let count):
                "\(count) distinct authors"
            case .reach(let reach):
                "\(Int(min(reach, 9e18))) followers across those authors"
            case let .time(first, offsetSeconds, zone, position):
                "first seen \(LocalTime.hhmm(first, offsetSeconds: offsetSeconds)) \(zone), \(Int((position * 100).rounded()))% into the window"
            case let .learned(model, features):
                model.explanation(features)
            }
        }
    }

    public static func == (a: ScorePart, b: ScorePart) -> Bool {
        a.name == b.name && a.value == b.value && a.detail == b.detail
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(value)
        hasher.combine(detail)
    }

    private enum CodingKeys: String, CodingKey { case name, value, detail }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try container.decode(String.self, forKey: .name), value: try container.decode(Double.self, forKey: .value),
                  detail: try container.decode(String.self, forKey: .detail))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(value, forKey: .value)
        try container.encode(detail, forKey: .detail)
    }
}
