/// Groups a day's tweets into stories.
///
/// In order: retweets fold into their original (or, when it is outside the day, into each other);
/// quotes and replies attach to the tweet they reference when it is in the day; tweets linking the
/// same expanded URL merge; near-duplicate texts merge (MinHash with LSH banding, then an exact
/// Jaccard check, so a band collision alone never merges); tweets naming the same single versioned
/// model or product merge. Union-find keeps it all near-linear.
///
/// - Complexity: O(n · (features + bands)) for n tweets; never all pairs.
struct StoryGrouper {
    let settings: EngineSettings
    /// The meaning pass's model and its vectors (nil: no meaning pass).
    var meaning: (encoder: any SentenceEncoding, cache: EmbeddingCache)? = nil

    /// The one distinctive name tweet `i` mentions, or the one it opens with when it mentions
    /// several (its subject: `Yunjing-M2 on our index: … behind Talon 3` is Yunjing-M2's news), or,
    /// when it mentions none, its one ticker (as the sets' keys hash it); nil otherwise. Read in
    /// place: binding the whole profile would retain each of its arrays.
    private static func soleName(_ profiles: [TweetProfile?], _ i: Int) -> UInt64? {
        guard let entities = profiles[i]?.entities else { return nil }
        if entities.count == 1 { return entities[0] }
        if entities.count > 1 { return profiles[i]?.subject }
        guard entities.isEmpty, let tickers = profiles[i]?.cashtags, let first = tickers.first,
              tickers.allSatisfy({ $0 == first }) else { return nil }
        return tickerKey(first)
    }

    /// A ticker (upper case, no `$`) as the sets' keys hold it.
    private static func tickerKey(_ tag: String) -> UInt64 { TextHash.folded(tag) }

    /// The groups, as indices into `tweets`, each ascending, ordered by their first member.
    /// `profiles[i]` is nil for tweets that fold into another without a text of their own.
    /// `noise[i]` marks noise tweets: they never merge by name or topic.
    /// `ids` maps each id to its first index in `tweets` (built here when not given).
    func group(_ tweets: [Tweet], profiles: [TweetProfile?], noise: [NoiseKind?], ids: TweetIDTable? = nil) -> [[Int]] {
        let n = tweets.count
        // Sets keep the names and cashtags their tweets mention: text, name and topic merges never
        // join two sets that name different things (references and shared links still do).
        let keys: [[UInt64]] = profiles.withUnsafeBufferPointer { profiles in
            // Through a buffer pointer: an array's subscript would copy each profile.
            Parallel.map(n, grain: 4096) { i in
                guard profiles[i] != nil else { return [] }
                // Entities are already sorted and distinct: only cashtags need the merge.
                if profiles[i]!.cashtags.isEmpty { return profiles[i]!.entities }
                return TweetProfiler.unique((profiles[i]!.entities + profiles[i]!.cashtags.map(Self.tickerKey)).sorted())
            }
        }
        // How many news tweets name each key: the name pass lets a satellite's one-off keys pass.
        var keyUses = UInt64Table(capacity: 1024)
        if settings.mergeByName {
            for i in 0..<n where noise[i] == nil { for key in keys[i] { keyUses.add(key, 1) } }
        }
        var sets = UnionFind(count: n, keys: keys)
        // Index loops throughout: `for tweet in tweets` would copy each (large) tweet.
        let index = ids ?? TweetIDTable(tweets)

        // The near-duplicate candidates depend on the profiles alone: they are found on the other
        // cores while references and links are joined (each join is one core's work).
        let nearDuplicates = Parallel.start { [settings] in NearDuplicates(profiles, settings: settings) }

        // References: retweets, quotes and replies, looked up on every core.
        let references = tweets.withUnsafeBufferPointer { tweets in
            Parallel.map(n, grain: 4096) { i -> Reference? in
                guard tweets[i].kind != .original else { return nil }
                var reference = tweets[i].referencedID
                // A reply whose parent is not in the day (or not named) answers in its conversation:
                // the conversation's first tweet stands for the parent.
                if tweets[i].kind == .reply, let root = tweets[i].conversationID, reference.map({ index[$0] == nil }) ?? true {
                    reference = root
                }
                guard let reference else { return nil }
                if let j = index[reference] { return .tweet(j) }
                return .outside(reference)
            }
        }
        var firstByReference = TweetIDTable(capacity: 1024)
        for i in 0..<n {
            switch references[i] {
            case nil:
                continue
            case let .tweet(j):
                // A spam or bare reaction reply under a story tweet is noise, not the story; an
                // author's reply to their own tweet continues a thread, and so does an answer or a
                // question that says something (its topic is its parent's, named there).
                if let kind = noise[i], tweets[i].kind == .reply,
                   tweets[i].author.handle.lowercased() != tweets[j].author.handle.lowercased(),
                   !(kind == .chatter && (profiles[i]?.contentCount ?? 0) >= settings.threadReplyWords) { continue }
                sets.union(i, j)
            case let .outside(reference):
                if let j = firstByReference[reference] { sets.union(i, j) } else { firstByReference[reference] = i }
            }
        }

        // Shared links.
        if settings.mergeByURL {
            // Pages by hash (computed on every core), each hash owned by the first page that had it;
            // a different page with a taken hash (never seen in practice) goes to a dictionary.
            var firstByHash = UInt64Table(capacity: 1024)
            var firstPages: [(key: String, tweet: Int)] = []
            var firstByURL: [String: Int] = [:]
            let targets = linkTargets(tweets, profiles: profiles, index: index)
            for i in 0..<n {
                for target in targets[i] {
                    switch target {
                    case let .tweet(j):
                        sets.union(i, j)
                    case let .page(key, hash):
                        if let owner = firstByHash[hash] {
                            if firstPages[Int(owner)].key == key {
                                sets.union(i, firstPages[Int(owner)].tweet)
                            } else if let j = firstByURL[key] { sets.union(i, j) } else { firstByURL[key] = i }
                        } else {
                            firstByHash.set(hash, Int32(firstPages.count))
                            firstPages.append((key, i))
                        }
                    }
                }
            }
        }

        nearDuplicates.value.merge(into: &sets, threshold: settings.jaccardThreshold)

        // One distinctive name: the same release, told by different people; or, for a tweet that
        // names no release, one ticker: that company's news of the day, whatever move each tweet
        // reports ("$CRVN +16% AH", "$CRVN opens +11%", "Great quarter from $CRVN").
        if settings.mergeByEntity {
            var firstByEntity = UInt64Table(capacity: 1024)
            for i in 0..<n {
                guard noise[i] == nil, let key = Self.soleName(profiles, i) else { continue }
                if let j = firstByEntity[key] { sets.unionIfCompatible(i, Int(j)) } else { firstByEntity.set(key, Int32(i)) }
            }
        }
        var counts: FeatureCounts?
        var words: [[UInt64]?]?
        if settings.mergeByTopic {
            let authors = Parallel.map(n, grain: 4096) { TextHash.folded(tweets[$0].author.handle) }
            let plain = TopicMerger(threshold: settings.topicThreshold, sameAuthorThreshold: settings.sameAuthorTopicThreshold, authors: authors)
            // Noise tweets are skipped, not copied out: a copy of every profile cost more than the pass.
            let (wordLists, frequency) = plain.merge(sets.groups(), profiles: profiles, skip: noise, sets: &sets)
            counts = frequency
            words = wordLists
            if settings.mergeAcrossLanguages {
                TopicMerger(threshold: settings.anchorThreshold, satelliteSize: 4, crossLingual: true)
                    .merge(sets.groups(), profiles: profiles, skip: noise, wordLists: wordLists, sets: &sets)
            }
        }
        if settings.mergeByName {
            NameJoiner().merge(sets.groups(), profiles: profiles, skip: noise, uses: counts, keyUses: keyUses,
                               aliases: DayAliases.find(tweets, profiles: profiles), sets: &sets)
        }
        if settings.mergeByMeaning, let meaning {
            MeaningJoiner(encoder: meaning.encoder, cache: meaning.cache, threshold: Float(settings.meaningThreshold),
                          margin: Float(settings.meaningMargin), budget: settings.meaningBudget)
                .merge(sets.groups(), tweets: tweets, profiles: profiles, skip: noise, words: words, uses: counts, sets: &sets)
        }
        return sets.groups()
    }

    /// What a tweet refers to: a tweet of the day, or one outside it (its id).
    enum Reference {
        case tweet(Int)
        case outside(String)
    }

    /// What a link joins a tweet to: the linked tweet when it is in the day, or the others linking
    /// the page (its key, and the key's hash).
    enum LinkTarget {
        case tweet(Int)
        case page(String, UInt64)
    }

    /// Each tweet's link targets, in link order, normalised on every core (`URLKey` is the costly
    /// part): a profiled tweet's links were normalised as it was profiled (`TweetProfile.linkKeys`).
    private func linkTargets(_ tweets: [Tweet], profiles: [TweetProfile?], index: TweetIDTable) -> [[LinkTarget]] {
        // Retweets repeat links: each chunk normalises each distinct link of the rest once.
        Parallel.map(tweets.count, grain: 1024, state: { [String: String?]() }) { keyByURL, i in
            let urls = tweets[i].urls
            guard !urls.isEmpty else { return [] }
            let profiled = profiles[i]?.linkKeys
            return urls.indices.compactMap { k in
                let key: String?
                if let profiled, profiled.count == urls.count {
                    key = profiled[k]
                } else {
                    let url = urls[k]
                    let known = keyByURL[url]
                    key = known ?? URLKey.key(url)
                    if known == nil { keyByURL[url] = .some(key) }
                }
                guard let key else { return nil }
                if key.hasPrefix("status:"), let j = index[String(key.dropFirst(7))] { return .tweet(j) }
                return .page(key, TextHash.folded(key))
            }
        }
    }
}
