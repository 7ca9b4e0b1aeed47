import Foundation

/// The candidates as `copydesk draft --json` prints them: the points, the reserve, and every story.
public struct CandidateReport: Sendable, Hashable, Codable {
    /// One proposed point (or reserve entry).
    public struct Point: Sendable, Hashable, Codable {
        /// The place among all candidates: points 1–10, then the reserve 11….
        public var rank: Int
        /// The name the shell gives it: `3` for a point, `R1` for the reserve's first (as `points` lists it).
        public var item: String
        public var title: String
        public var category: String
        public var score: Double
        public var story: String
        /// Every tweet id in the story, lead first.
        public var tweets: [String]
        /// Each of those tweets' link on x.com, in the same order.
        public var urls: [String]
        /// The web links the story's tweets share (expanded), first seen first.
        public var links: [String]
        /// The earlier post's point it retells, when one does.
        public var covered: Coverage?
    }

    /// One story of the day.
    public struct Entry: Sendable, Hashable, Codable {
        public var id: String
        public var category: String
        public var tweets: [String]
        /// Why the engine calls the story noise (`chatter`, `giveaway`, …); nil for news.
        public var noise: String?
    }

    public var points: [Point]
    public var reserve: [Point]
    public var stories: [Entry]

    /// - Parameter handles: each tweet's author handle by tweet id, for its link (`x.com/HANDLE/status/ID`);
    ///   a tweet without one links as `x.com/i/status/ID`, which x.com resolves too.
    public init(_ analysis: Analysis, handles: [String: String] = [:]) {
        let byID = Dictionary(analysis.stories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func url(_ id: String) -> String {
            SafeText.tweetLink(handle: handles[id] ?? "i", id: id) ?? SafeText.tweetLink(handle: "i", id: id) ?? id
        }
        func point(_ id: StoryID, rank: Int, item: String) -> Point? {
            byID[id].map {
                Point(rank: rank, item: item, title: $0.headline, category: $0.category.rawValue, score: $0.score, story: $0.id.rawValue,
                      tweets: $0.tweetIDs, urls: $0.tweetIDs.map(url), links: $0.urls, covered: $0.covered)
            }
        }
        points = analysis.points.enumerated().compactMap { point($0.element, rank: $0.offset + 1, item: "\($0.offset + 1)") }
        reserve = analysis.reserve.enumerated().compactMap {
            point($0.element, rank: analysis.points.count + $0.offset + 1, item: "R\($0.offset + 1)")
        }
        stories = analysis.stories.map { Entry(id: $0.id.rawValue, category: $0.category.rawValue, tweets: $0.tweetIDs, noise: $0.noise) }
    }

    /// JSON with keys in the documented order (JSONEncoder's order is not stable), ending in a newline.
    public func json() -> String {
        var out = "{\n"
        out += "  \"points\": " + Self.array(points.map(Self.point)) + ",\n"
        out += "  \"reserve\": " + Self.array(reserve.map(Self.point)) + ",\n"
        out += "  \"stories\": " + Self.array(stories.map { entry in
            "{\"id\": \(JSONText.string(entry.id)), \"category\": \(JSONText.string(entry.category)), \"tweets\": \(JSONText.strings(entry.tweets))"
                + (entry.noise.map { ", \"noise\": \(JSONText.string($0))" } ?? "") + "}"
        }) + "\n}\n"
        return out
    }

    private static func point(_ p: Point) -> String {
        "{\"rank\": \(p.rank), \"item\": \(JSONText.string(p.item)), \"title\": \(JSONText.string(p.title)), \"category\": \(JSONText.string(p.category)), "
            + "\"score\": \(JSONText.number(p.score)), \"story\": \(JSONText.string(p.story)), \"tweets\": \(JSONText.strings(p.tweets)), "
            + "\"urls\": \(JSONText.strings(p.urls)), \"links\": \(JSONText.strings(p.links))"
            + (p.covered.map { ", \"covered\": {\"date\": \(JSONText.string($0.date)), \"point\": \($0.point)}" } ?? "") + "}"
    }

    private static func array(_ items: [String]) -> String {
        items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
    }
}

/// Minimal JSON text: escaped strings and plain numbers, byte-for-byte stable.
enum JSONText {
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    public static func strings(_ items: [String]) -> String { "[" + items.map(string).joined(separator: ", ") + "]" }

    /// Shortest round-trip form; integers without a fraction part; non-finite as 0.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) + ".0" : String(value)
    }
}
