/// The story engine's knobs. Part of the fingerprint written into session logs.
public struct EngineSettings: Sendable, Hashable, Codable {
    /// How many core points to propose.
    public var pointCount = 10
    /// How many stories to hold in reserve after the points.
    public var reserveCount = 20
    /// The points may first take the best story of each category, up to this many per category (0:
    /// no such pass; the theme penalty and the per-category cap below already spread the points).
    public var pointsPerCategoryFirst = 0
    /// Then at most this many per category (ten points over two or three categories retell one
    /// theme). The editors of the four labelled days chose at most three of one category (models on
    /// the sample day, policy on the real day); a cap of two also cut right points wherever the
    /// classifier was wrong (the real day's categories are 40% right).
    public var pointsPerCategoryMax = 3
    /// In the fill-up, a story's score loses this times its theme's likeness (cosine over lexicon
    /// terms, 0...1) to the points already chosen. A story retelling a chosen point's news is never
    /// a point, whatever this weight; at 2 the penalty also kept out related news of one field (an
    /// agent harness benchmark after an agent launch), at 1 it breaks near ties only.
    public var pointsThemePenalty = 1.0
    /// Categories with a section of their own (stocks, crypto, the viewpoints of named people) that
    /// the core points leave out unless one of their stories leads the day (they stay in reserve).
    public var pointsExclude: [Category] = [.crypto]

    /// MinHash banding: `bands × rows` hashes; a band is `rows` hashes long.
    public var minHashBands = 20
    public var minHashRows = 4
    /// Near-duplicates merge only when their exact Jaccard similarity reaches this.
    public var jaccardThreshold = 0.5
    /// Tweets with fewer features than this never merge by text (too short to judge).
    public var minFeatures = 4
    /// A reply under a story tweet that names nothing the lexicon knows (chatter, to the noise
    /// detector) still joins it when it has at least this many content words: an answer or a
    /// question in the thread ("Rated payload is 20 kg; the totes averaged 6.8 kg"), not a bare
    /// reaction ("finally something for my thesis 😭"). It stays noise: it never merges further.
    public var threadReplyWords = 8
    /// Merge tweets that link the same expanded URL.
    public var mergeByURL = true
    /// Merge tweets that name the same single versioned model or product (`GLM-4.7-Flash`).
    public var mergeByEntity = true
    /// Merge stories that share rare words (the same news, paraphrased or in another language).
    public var mergeByTopic = true
    /// How much of the smaller story's information the shared rare words must carry.
    public var topicThreshold = 0.5
    /// The same, for a small story whose every tweet is by an author of the larger one (0.3 to 0.5 swept
    /// on the labelled days: 0.35 joined fewer wrong same-author pieces and lost no right ones).
    public var sameAuthorTopicThreshold = 0.35
    /// Merge a small story told in Chinese into the story whose names and numbers it shares.
    public var mergeAcrossLanguages = true
    /// Join a small story to the one story the names it mentions belong to (`NameJoiner`).
    public var mergeByName = true
    /// Join a small story to the bigger story it means, by a sentence model (`MeaningJoiner`), when
    /// the engine has one.
    public var mergeByMeaning = true
    /// The cosine a small story's centroid must reach with its home's, and beat the next home's by.
    public var meaningThreshold = 0.45
    public var meaningMargin = 0.05
    /// At most this many tweets are encoded per analysis (the biggest stories and most engaging satellites).
    public var meaningBudget = 1000
    /// How much of the Chinese story's anchors (names, numbers, Latin words) the shared ones must carry.
    public var anchorThreshold = 0.45

    /// Weights of the score's parts.
    public var weights = ScoreWeights()

    /// Keyphrases per story, and for the day.
    public var storyKeyphrases = 5
    public var dayKeyphrases = 20
    /// Keyphrases are computed for the best this-many stories (segmentation is the costly part).
    public var keyphraseStoryLimit = 100
    /// At most this many of a story's tweets are read for keyphrases.
    public var keyphraseTweetLimit = 20

    public init() {}

    /// How much each part of a story's score counts.
    public struct ScoreWeights: Sendable, Hashable, Codable {
        /// log10(1 + likes + 2·retweets + 3·quotes + replies + views/1000 + 2·retweets in the day).
        public var engagement = 1.0
        /// log2(1 + distinct authors).
        public var authors = 1.0
        /// log10(1 + the distinct authors' followers).
        public var reach = 0.4
        /// The first tweet's place in the window (0 at its start, 1 at its end): later stories had less time to collect engagement.
        public var time = 0.5
        public init() {}
    }
}
