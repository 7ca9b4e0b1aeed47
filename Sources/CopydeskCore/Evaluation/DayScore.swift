import Foundation

/// How the engine's proposal for a day agrees with the editor's labels.
///
/// - B³ precision and recall over the labelled tweets: each noise tweet is its own singleton, and
///   two noise tweets in one story are no error (noise is judged by `noiseInTopTen`, not grouping).
/// - Core points covered: a core point counts when the dominant story of one of the proposed
///   points is one of its stories.
/// - Noise in the top ten: proposed points whose labelled tweets are mostly noise.
/// - Category accuracy: for each labelled story, the category of the engine's story that holds
///   most of its tweets, right when the labels accept it (`also_ok` too).
public struct DayScore: Sendable, Hashable, Codable {
    public var precision: Double
    public var recall: Double
    public var corePointsCovered: Int
    public var corePoints: Int
    public var noiseInTopTen: Int
    public var categoryAccuracy: Double
    /// The core points covered, by number.
    public var covered: [Int]
    /// Each proposed point's dominant labelled story (`noise` when mostly noise, `-` when unlabelled).
    public var pointStories: [String]
    /// The labelled stories put in a category the labels do not accept, in label order.
    public var misfiled: [Misfiled]

    /// A labelled story the engine filed under a category its labels do not accept.
    public struct Misfiled: Sendable, Hashable, Codable {
        public var story: String
        public var labelled: Category
        public var proposed: Category

        public init(story: String, labelled: Category, proposed: Category) {
            self.story = story
            self.labelled = labelled
            self.proposed = proposed
        }
    }

    public init(analysis: Analysis, labels: DayLabels) {
        let gold = labels.goldStories()
        var predicted: [String: Int] = [:]
        for (k, story) in analysis.stories.enumerated() {
            for id in story.tweetIDs where predicted[id] == nil { predicted[id] = k }
        }
        (precision, recall) = Self.bCubed(gold: gold, predicted: predicted, storyCount: analysis.stories.count)

        let byID = Dictionary(analysis.stories.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var covered = Set<Int>()
        var noiseCount = 0
        var pointStories: [String] = []
        for id in analysis.points {
            guard let k = byID[id] else { continue }
            let (dominant, isNoise) = Self.dominant(analysis.stories[k].tweetIDs, gold: gold)
            if isNoise { noiseCount += 1 }
            let name = isNoise ? "noise" : dominant.map { labels.stories[$0].id } ?? "-"
            pointStories.append(name)
            guard !isNoise, let dominant else { continue }
            for point in labels.corePoints where point.stories.contains(labels.stories[dominant].id) { covered.insert(point.n) }
        }
        self.covered = covered.sorted()
        self.pointStories = pointStories
        corePointsCovered = covered.count
        corePoints = labels.corePoints.count
        noiseInTopTen = noiseCount

        var right = 0, judged = 0
        var misfiled: [Misfiled] = []
        for story in labels.stories {
            var counts: [Int: Int] = [:]
            for id in story.tweets { if let k = predicted[id] { counts[k, default: 0] += 1 } }
            guard let holder = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key else { continue }
            judged += 1
            let proposed = analysis.stories[holder].category
            if story.accepts(proposed) { right += 1 } else { misfiled.append(Misfiled(story: story.id, labelled: story.category, proposed: proposed)) }
        }
        categoryAccuracy = judged == 0 ? 0 : Double(right) / Double(judged)
        self.misfiled = misfiled
    }

    /// The labelled story most of `tweetIDs` belong to, and whether most labelled ones are noise.
    static func dominant(_ tweetIDs: [String], gold: [String: Int?]) -> (story: Int?, isNoise: Bool) {
        var counts: [Int: Int] = [:]
        var noise = 0, labelled = 0
        for id in tweetIDs {
            guard let label = gold[id] else { continue }
            labelled += 1
            if let k = label { counts[k, default: 0] += 1 } else { noise += 1 }
        }
        let story = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        return (story, labelled > 0 && 2 * noise > labelled)
    }

    /// B³ over the labelled tweets the engine saw; a labelled tweet no story holds is a singleton.
    static func bCubed(gold: [String: Int?], predicted: [String: Int], storyCount: Int) -> (Double, Double) {
        var nextSingleton = storyCount
        var items: [(gold: Int?, cluster: Int)] = []
        for (id, label) in gold.sorted(by: { $0.key < $1.key }) {
            let cluster: Int
            if let k = predicted[id] { cluster = k } else { cluster = nextSingleton; nextSingleton += 1 }
            items.append((label, cluster))
        }
        guard !items.isEmpty else { return (0, 0) }
        var clusterSize: [Int: Int] = [:], clusterNoise: [Int: Int] = [:], goldSize: [Int: Int] = [:]
        var both: [Int: [Int: Int]] = [:]
        for item in items {
            clusterSize[item.cluster, default: 0] += 1
            if let g = item.gold {
                goldSize[g, default: 0] += 1
                both[item.cluster, default: [:]][g, default: 0] += 1
            } else {
                clusterNoise[item.cluster, default: 0] += 1
            }
        }
        var precision = 0.0, recall = 0.0
        for item in items {
            let size = Double(clusterSize[item.cluster]!)
            if let g = item.gold {
                let shared = Double(both[item.cluster]![g]!)
                precision += shared / size
                recall += shared / Double(goldSize[g]!)
            } else {
                // A noise tweet is right beside other noise, wrong beside a story's tweets.
                precision += Double(clusterNoise[item.cluster]!) / size
                recall += 1
            }
        }
        return (precision / Double(items.count), recall / Double(items.count))
    }
}
