import Foundation

/// The story engine: a day's tweets in, ranked and classified stories and proposed points out.
///
/// Pure and deterministic: tweets are put in a canonical order first, every sort is a total order,
/// and nothing depends on dictionary order or randomness, so the same tweets and settings give the
/// same `Analysis` on every run and machine.
public struct StoryEngine: Sendable {
    public let lexicon: Lexicon
    public let settings: EngineSettings
    /// The category words learned from labelled days (nil: the lexicon alone classifies).
    public let categoryModel: CategoryModel?
    /// The ranking weights learned from labelled days and the editor's decisions (nil: the hand score alone).
    public let rankingModel: RankingModel?
    /// The sentence model for the meaning pass (nil: lexical passes only), and its vectors by tweet
    /// (engines over one model may share them).
    public let encoder: (any SentenceEncoding)?
    let embeddings: EmbeddingCache
    let index: LexiconIndex
    let analyzer: TextAnalyzer

    public init(lexicon: Lexicon = .default, settings: EngineSettings = .init(), categoryModel: CategoryModel? = .default,
                rankingModel: RankingModel? = .default, encoder: (any SentenceEncoding)? = nil, embeddings: EmbeddingCache = EmbeddingCache()) {
        self.lexicon = lexicon
        self.encoder = encoder
        self.embeddings = embeddings
        self.settings = settings
        self.categoryModel = categoryModel
        self.rankingModel = rankingModel
        index = LexiconIndex(lexicon)
        analyzer = TextAnalyzer(compiled: index.vocabulary)
    }

    /// A short hash of the lexicon and settings, for the session log's header.
    public var fingerprint: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let settingsText = (try? encoder.encode(settings)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let model = (categoryModel?.text() ?? "") + (rankingModel?.text() ?? "")
        // The sentence model changes the stories: its name and version are part of the engine.
        let meaning = self.encoder.map { "\nmeaning: " + $0.identity } ?? ""
        return TextHash.hex(TextHash.mix(TextHash.folded(lexicon.source + "\n" + settingsText + "\n" + model + meaning + Copydesk.version)), digits: 12)
    }

    /// Groups, ranks and classifies `tweets` (already limited to the window) and proposes the points.
    /// With `memory`, a story that retells an earlier post's point is marked `covered` and, unless
    /// it brings something new, kept out of the points.
    public func analyze(_ tweets: [Tweet], window: ReportWindow, memory: CoverageMemory = CoverageMemory()) -> Analysis {
        // On a thread of its own: allocating in the caller's (fragmented) heap cost a fifth of the time.
        Parallel.onOwnThread { analyzeHere(tweets, window: window, memory: memory).analysis }
    }

    /// The analysis, and each story's ranking features (in `analysis.stories` order).
    func analyzeHere(_ tweets: [Tweet], window: ReportWindow, memory: CoverageMemory = CoverageMemory()) -> (analysis: Analysis, features: [[Double]]) {
        // Each id read once for the order check and the id table (a day is usually in order already).
        let numbers = TweetIDTable.numbers(tweets)
        let ordered = Self.inNumericOrder(numbers)
        let tweets = ordered ? tweets : Self.canonical(tweets)
        // Built once: profiling and grouping both look tweets up by id.
        let ids = TweetIDTable(tweets, numbers: ordered ? numbers : TweetIDTable.numbers(tweets))
        var (profiles, noise) = profile(tweets, ids: ids)
        let grouper = StoryGrouper(settings: settings, meaning: encoder.map { ($0, embeddings) })
        let groups = grouper.group(tweets, profiles: profiles, noise: noise, ids: ids)
        let builder = StoryBuilder(index: index, ranker: StoryRanker(weights: settings.weights, window: window, model: rankingModel), categoryModel: categoryModel)
        // Each story's theme and features go to slots of their own as it is built: a story is a
        // large value, and copying it out of a tuple (and again into rank order) cost retains.
        var builtThemes = [Theme](repeating: Theme(), count: groups.count)
        var builtFeatures = [[Double]](repeating: [], count: groups.count)
        var stories = builtThemes.withUnsafeMutableBufferPointer { themes in
            builtFeatures.withUnsafeMutableBufferPointer { features in
                let slots = BuiltSlots(themes: themes, features: features)
                return Parallel.map(groups.count, grain: 64) { k -> Story in
                    let built = builder.story(members: groups[k], tweets: tweets, profiles: profiles, noise: noise)
                    slots.themes[k] = built.theme
                    slots.features[k] = built.features
                    return built.story
                }
            }
        }
        // The profiles are done with: freed on every core (a hundred thousand of them, each with its
        // arrays, were freed one by one at the end, on one thread).
        Parallel.release(&profiles, grain: 4096)
        Self.disambiguateIDs(&stories)
        // Sort a permutation, so each story keeps its members' indices (no tweet is copied or looked up by id).
        // By the two keys read out first: the comparison reached into the (captured, mutable)
        // stories, copying two whole stories per comparison (a serial 20 ms on 15,000 stories).
        let keys = stories.indices.map { (score: stories[$0].score, id: stories[$0].id) }
        let order = keys.indices.sorted {
            keys[$0].score != keys[$1].score ? keys[$0].score > keys[$1].score : keys[$0].id < keys[$1].id
        }
        Self.permute(&stories, by: order)
        let members = order.map { groups[$0] }

        // Keyphrases for the best stories only: segmentation is the costly part. Stories are
        // independent: each chunk has an analyzer of its own (one ICU iterator is used under a lock).
        let keyphrases = Keyphrases(analyzer: analyzer)
        let chosen = stories.indices.prefix(settings.keyphraseStoryLimit).filter { stories[$0].noise == nil }
        let leadIDs = chosen.map { stories[$0].leadTweetID }
        let allTerms = tweets.withUnsafeBufferPointer { tweetBuffer in
            Parallel.map(chosen.count, grain: 25, state: { Keyphrases(analyzer: TextAnalyzer(compiled: index.vocabulary)) }) { keyphrases, c in
                // The id read once, and tweets through a buffer pointer: no story or tweet is copied per member.
                let k = chosen[c], leadID = leadIDs[c]
                let lead = members[k].first { tweetBuffer[$0].id == leadID } ?? members[k][0]
                let texts = Self.distinctTexts([lead] + members[k].filter { $0 != lead }, of: tweets, limit: settings.keyphraseTweetLimit)
                return keyphrases.weightedTerms(texts).map(\.term)
            }
        }
        let storyTerms = Keyphrases.distinctive(allTerms)
        var dayInput: [(terms: [String], score: Double)] = []
        for (c, k) in chosen.enumerated() {
            stories[k].keyphrases = Array(storyTerms[c].prefix(settings.storyKeyphrases))
            dayInput.append((Array(storyTerms[c].prefix(10)), stories[k].score))
        }
        // Earlier posts' points: read from the stories that can become points (they have keyphrases).
        if memory.count > 0 {
            for k in chosen {
                let referenced = members[k].compactMap { tweets[$0].referencedID }
                stories[k].covered = memory.coverage(of: stories[k], referenced: referenced)
            }
        }
        let themes = order.map { builtThemes[$0] }
        let (points, reserve) = Self.candidates(stories, themes: themes, settings: settings)
        let result = Analysis(stories: stories, points: points, reserve: reserve,
                        keyphrases: keyphrases.day(dayInput, limit: settings.dayKeyphrases))
        return (result, order.map { builtFeatures[$0] })
    }

    /// The points (a survey of the day: optionally the best of each category first, then by score
    /// with at most `pointsPerCategoryMax` per category, listed in score order) and the reserve (the best of the
    /// rest). Categories with a section of their own stay out unless a story of theirs leads the day.
    /// Noise is never a candidate, and a story retelling an earlier post's point with nothing new is
    /// no point (it heads the reserve when it scores so).
    /// `themes[k]` is story k's lexicon profile: in the fill-up, a story loses `pointsThemePenalty`
    /// times its likeness to the points already chosen (maximal marginal relevance), so ten points
    /// tell ten themes rather than one theme ten times.
    static func candidates(_ ranked: [Story], themes: [Theme] = [], settings: EngineSettings) -> (points: [StoryID], reserve: [StoryID]) {
        let eligibleIndices = ranked.indices.filter { ranked[$0].noise == nil }
        // Only what the choice reads: copying whole stories (every array and string) was its main cost.
        let eligible = eligibleIndices.map {
            Candidate(id: ranked[$0].id, category: ranked[$0].category, score: ranked[$0].score, retelling: ranked[$0].covered?.isRetelling == true)
        }
        let eligibleThemes = eligibleIndices.map { $0 < themes.count ? themes[$0] : Theme() }
        // The best score among the categories the points survey: an excluded story must beat it.
        let lead = eligible.first { !settings.pointsExclude.contains($0.category) }?.score ?? 0
        // Judged once per story, and chosen stories and category counts kept by position: the
        // fill-up below visits every story once per pick, and hashing ids and categories there
        // was most of its cost. (Story ids are distinct: the engine disambiguates them.)
        let admissible = eligible.map { !$0.retelling && (!settings.pointsExclude.contains($0.category) || $0.score > lead) }
        let categoryOrder = eligible.map(\.category.order)
        var isChosen = [Bool](repeating: false, count: eligible.count)
        var chosenCount = 0
        var perCategory = [Int](repeating: 0, count: Category.count)
        func choose(_ k: Int) {
            if !isChosen[k] { chosenCount += 1 }
            isChosen[k] = true
        }
        for k in eligible.indices where chosenCount < settings.pointCount && admissible[k] {
            guard perCategory[categoryOrder[k]] < settings.pointsPerCategoryFirst else { continue }
            perCategory[categoryOrder[k]] += 1
            choose(k)
        }
        // Fill up greedily by score less likeness to what is chosen (ties: rank order). A story's
        // likeness is brought up to date with the points chosen so far only when the pick reads it:
        // O(points · stories) at worst, and the pick stops at the first story whose score cannot
        // beat the best value found (comparing every story with every point was a serial 10 ms
        // at the end of a 100k-tweet day's 15,000 stories).
        var likeness = [Double](repeating: 0, count: eligible.count)
        // A story that retells a chosen point's news (a fragment the grouping left apart) is no new point.
        var retells = [Bool](repeating: false, count: eligible.count)
        var chosenOrder = eligible.indices.filter { isChosen[$0] }
        // How many of `chosenOrder` each story has been compared with.
        var compared = [Int](repeating: 0, count: eligible.count)
        func compareToChosen(_ k: Int) {
            while compared[k] < chosenOrder.count {
                let j = chosenOrder[compared[k]]
                compared[k] += 1
                let same = eligibleThemes[k].sameNews(eligibleThemes[j])
                if same { retells[k] = true }
                likeness[k] = max(likeness[k], same ? 1 : eligibleThemes[k].termSimilarity(eligibleThemes[j]))
            }
        }
        // A value is at most its score when likeness costs: in rank order (scores descending), no
        // story after one whose score is at most the best value can win.
        let canStop = settings.pointsThemePenalty >= 0 && eligible.indices.dropFirst().allSatisfy { eligible[$0 - 1].score >= eligible[$0].score }
        while chosenCount < settings.pointCount {
            var best = -1
            var bestValue = -Double.infinity
            for k in eligible.indices where !isChosen[k] && admissible[k] {
                if canStop && eligible[k].score <= bestValue { break }
                guard perCategory[categoryOrder[k]] < settings.pointsPerCategoryMax else { continue }
                compareToChosen(k)
                guard !retells[k] else { continue }
                let value = eligible[k].score - settings.pointsThemePenalty * likeness[k]
                if value > bestValue { best = k; bestValue = value }
            }
            guard best >= 0 else { break }
            perCategory[categoryOrder[best]] += 1
            choose(best)
            chosenOrder.append(best)
        }
        // Too few categories for the cap (a small day): fill up by score.
        for k in eligible.indices where chosenCount < settings.pointCount && admissible[k] {
            choose(k)
        }
        let points = eligible.indices.filter { isChosen[$0] }.map { eligible[$0].id }
        let reserve = eligible.indices.filter { !isChosen[$0] }.prefix(settings.reserveCount).map { eligible[$0].id }
        return (points, Array(reserve))
    }

    /// A story as the choice of points sees it.
    private struct Candidate {
        let id: StoryID
        let category: Category
        let score: Double
        /// It retells an earlier post's point and brings nothing new.
        let retelling: Bool
    }

    /// Distinct ids in numeric order (ids are digit strings; shorter is smaller), first copy kept.
    static func canonical(_ tweets: [Tweet]) -> [Tweet] {
        // Loaded days are usually in order already (the loader sorts by time, and X ids grow with
        // time): then nothing is sorted or copied.
        if inNumericOrder(tweets) { return tweets }
        // Sort indices, not tweets: a tweet is a large value and copying it costs.
        if let order = numericOrder(tweets) { return order.map { tweets[$0] } }
        var seen = Set<String>()
        seen.reserveCapacity(tweets.count)
        let unique = tweets.indices.filter { seen.insert(tweets[$0].id).inserted }
        // Tweet ids are digit strings: compare them as integers when they all are (fast), else as strings.
        let numbers = unique.map { UInt64(tweets[$0].id) }
        let order: [Int]
        if numbers.allSatisfy({ $0 != nil }) {
            // Equal numbers (`0123`, `123`) fall back to the string order: still a total order.
            order = unique.indices.sorted {
                numbers[$0]! != numbers[$1]! ? numbers[$0]! < numbers[$1]! : idLess(tweets[unique[$0]].id, tweets[unique[$1]].id)
            }.map { unique[$0] }
        } else {
            order = unique.sorted { idLess(tweets[$0].id, tweets[$1].id) }
        }
        return order.map { tweets[$0] }
    }

    /// Whether every id is a number written canonically and the numbers strictly ascend: then
    /// `tweets` is its own canonical order.
    private static func inNumericOrder(_ tweets: [Tweet]) -> Bool {
        inNumericOrder(TweetIDTable.numbers(tweets))
    }

    /// Whether `numbers` (each id's `DecimalID.number`) are all there and strictly ascend.
    private static func inNumericOrder(_ numbers: [UInt64?]) -> Bool {
        var previous: UInt64?
        for number in numbers {
            guard let number, previous.map({ $0 < number }) ?? true else { return false }
            previous = number
        }
        return true
    }

    /// The canonical order when every id is a number (the usual case), without hashing any id:
    /// sorted by number, then string, then position, so copies of an id are adjacent, first copy first.
    private static func numericOrder(_ tweets: [Tweet]) -> [Int]? {
        var keys: [(number: UInt64, index: Int)] = []
        keys.reserveCapacity(tweets.count)
        for i in tweets.indices {
            guard let number = UInt64(tweets[i].id) else { return nil }
            keys.append((number, i))
        }
        keys.sort { a, b in
            if a.number != b.number { return a.number < b.number }
            let x = tweets[a.index].id, y = tweets[b.index].id
            return x != y ? idLess(x, y) : a.index < b.index
        }
        var order: [Int] = []
        order.reserveCapacity(keys.count)
        for k in keys.indices {
            // A repeated id: equal number and string to its predecessor.
            if k > 0, keys[k].number == keys[k - 1].number, tweets[keys[k].index].id == tweets[keys[k - 1].index].id { continue }
            order.append(keys[k].index)
        }
        return order
    }

    static func idLess(_ a: String, _ b: String) -> Bool {
        a.utf8.count != b.utf8.count ? a.utf8.count < b.utf8.count : a < b
    }

    /// Each tweet's profile and noise kind, computed on every core (one profiler per chunk: it keeps
    /// scratch buffers). Noise is judged as each profile is made, while it is at hand.
    private func profile(_ tweets: [Tweet], ids: TweetIDTable) -> (profiles: [TweetProfile?], noise: [NoiseKind?]) {
        let detector = NoiseDetector(index: index)
        var noise = [NoiseKind?](repeating: nil, count: tweets.count)
        // Caching profiles by text was measured slower: hashing whole texts costs more than profiling them.
        // Through buffer pointers: an array's subscript would copy each (large) tweet.
        let profiles = tweets.withUnsafeBufferPointer { tweets in
            noise.withUnsafeMutableBufferPointer { noise in
                // Each index is written by one chunk only.
                let noise = NoiseSlots(noise)
                return Parallel.map(tweets.count, grain: 512, state: { TweetProfiler(vocabulary: index.vocabulary, matcher: index.matcher, aliases: index.aliases) }) { profiler, i -> TweetProfile? in
                    // A retweet of a tweet in the day adds no text of its own.
                    let kind = tweets[i].kind
                    if kind == .retweet, let reference = tweets[i].referencedID, ids[reference] != nil { return nil }
                    // The original of a tweet outside the day, when the export carries its text (the
                    // id is looked up only then: most exports carry none).
                    let original = tweets[i].referencedText.flatMap { text in tweets[i].referencedID.flatMap { ids[$0] } == nil ? text : nil }
                    // A retweet repeats its original, whose own text is whole (a retweet's is cut at 140 characters).
                    var profile = profiler.profile((kind == .retweet ? original : nil) ?? Tweet.body(of: tweets[i].text, kind: kind))
                    // A quote or a reply says little without what it answers ("Freedom! Hope restored"
                    // on an open-model exemption): the original's category terms count as the tweet's,
                    // for its noise and its story's category, and its names make the tweet a comment
                    // on news. Its words do not: grouping reads the tweet's own (a take sharing the
                    // original's words is not its retelling).
                    if kind != .retweet, let original {
                        let context = profiler.profile(original)
                        profile.termIDs += context.termIDs.filter { index.targets[Int($0)].target.isCategory }
                        profile.commentsOnNews = NoiseDetector.isSpecific(context, hasURLs: false)
                    }
                    let noiseKind = detector.detect(kind: kind, hasURLs: !tweets[i].urls.isEmpty, profile: profile)
                    noise.slots[i] = noiseKind
                    // What the story features read of a telling (`TweetProfile.linksPage`, `speaks`, `asks`);
                    // the links' keys are kept for the grouping's shared links.
                    if !tweets[i].urls.isEmpty {
                        let keys = tweets[i].urls.map(URLKey.key)
                        profile.linkKeys = keys
                        if kind != .reply { profile.linksPage = keys.contains { URLKey.isWebPage(key: $0) } }
                    }
                    if noiseKind == nil && (kind == .original || kind == .quote) { (profile.speaks, profile.asks) = CategoryFeatures.voice(tweets[i].text) }
                    return profile
                }
            }
        }
        return (profiles, noise)
    }

    /// The labelled stories of a day as the category trainer reads them: each story's features,
    /// computed as the engine computes them for its own stories.
    public func categoryExamples(_ tweets: [Tweet], labels: DayLabels, day: String) -> [CategoryTrainer.Example] {
        let tweets = Self.canonical(tweets)
        let ids = TweetIDTable(tweets)
        let (profiles, noise) = profile(tweets, ids: ids)
        let classifier = StoryClassifier(index: index)
        return labels.stories.compactMap { story in
            let members = story.tweets.compactMap { ids[$0] }.sorted()
            guard !members.isEmpty else { return nil }
            let (terms, cashtags) = StoryBuilder.tallies(members, tweets: tweets, profiles: profiles)
            let scores = classifier.scores(termTweets: terms, cashtagTweets: cashtags)
            let features = CategoryFeatures.of(members, tweets: tweets, profiles: profiles, noise: noise, scores: scores)
            return CategoryTrainer.Example(day: day, category: story.category, alsoOK: story.alsoOK, features: features)
        }
    }

    /// For each category, how many of the labelled stories put in it use each of the category's
    /// lexicon words: the words that carry a category model's weights (lexicon words, never tweet text).
    public func categoryWords(_ tweets: [Tweet], labels: DayLabels) -> [Category: [String: Int]] {
        let tweets = Self.canonical(tweets)
        let ids = TweetIDTable(tweets)
        let (profiles, _) = profile(tweets, ids: ids)
        var words: [Category: [String: Int]] = [:]
        for story in labels.stories {
            let members = story.tweets.compactMap { ids[$0] }.sorted()
            let (terms, _) = StoryBuilder.tallies(members, tweets: tweets, profiles: profiles)
            for term in terms.keys {
                guard case .category(let category) = index.targets[Int(term)].target, category == story.category else { continue }
                words[category, default: [:]][index.terms[Int(term)], default: 0] += 1
            }
        }
        return words
    }

    /// Up to `limit` distinct texts of a story's tweets, retweet prefixes removed, in story order.
    static func distinctTexts(_ indices: [Int], of tweets: [Tweet], limit: Int) -> [String] {
        var seen = Set<String>()
        var texts: [String] = []
        for i in indices where texts.count < limit {
            let text = tweets[i].bodyText
            if seen.insert(text).inserted { texts.append(text) }
        }
        return texts
    }

    /// Puts `values` in `order` (`values[k]` becomes the old `values[order[k]]`) by swapping along
    /// the permutation's cycles: no value is copied.
    static func permute<T>(_ values: inout [T], by order: [Int]) {
        var placed = [Bool](repeating: false, count: order.count)
        // A buffer pointer's swap moves the two values; the array's copied them (retaining every field).
        values.withUnsafeMutableBufferPointer { values in
            for start in order.indices where !placed[start] {
                var k = start
                while true {
                    placed[k] = true
                    let next = order[k]
                    if next == start { break }
                    values.swapAt(k, next)
                    k = next
                }
            }
        }
    }

    /// Content-derived ids could collide (2⁻⁴⁸ per pair): later ones get a suffix, deterministically.
    static func disambiguateIDs(_ stories: inout [Story]) {
        // Sorted, copies of an id's hash are neighbours: a day without any (nearly every day) puts
        // no id in a set. (Integers: sorting the ids as strings was a serial 6 ms on 15,000 stories.)
        var hashes = stories.withUnsafeBufferPointer { stories in stories.map { TextHash.folded($0.id.rawValue) } }
        UInt64Sort.sort(&hashes)
        guard hashes.indices.dropFirst().contains(where: { hashes[$0] == hashes[$0 - 1] }) else { return }
        var seen = Set<StoryID>()
        for k in stories.indices where !seen.insert(stories[k].id).inserted {
            var n = 2
            while seen.contains(StoryID("\(stories[k].id.rawValue)-\(n)")) { n += 1 }
            stories[k].id = StoryID("\(stories[k].id.rawValue)-\(n)")
            seen.insert(stories[k].id)
        }
    }
}

/// A built story's theme and features, each slot written by one thread only.
private struct BuiltSlots: @unchecked Sendable {
    let themes: UnsafeMutableBufferPointer<Theme>
    let features: UnsafeMutableBufferPointer<[Double]>
}

/// Slots written from several threads, each slot by one thread only.
private struct NoiseSlots: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<NoiseKind?>
    init(_ slots: UnsafeMutableBufferPointer<NoiseKind?>) { self.slots = slots }
}

extension Tweet {
    /// The text without a leading `RT @handle: `.
    var bodyText: String { Self.body(of: text, kind: kind) }

    /// `bodyText` from the two fields it reads (no whole tweet to copy).
    static func body(of text: String, kind: Kind) -> String {
        guard kind == .retweet || text.hasPrefix("RT @") else { return text }
        guard text.hasPrefix("RT @"), let colon = text.firstIndex(of: ":") else { return text }
        var body = text[text.index(after: colon)...]
        while body.first == " " { body.removeFirst() }
        while body.last == " " { body.removeLast() }
        return String(body)
    }
}

