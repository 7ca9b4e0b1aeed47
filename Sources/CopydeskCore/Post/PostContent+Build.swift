extension PostContent {
    /// Decides the content of every part of the post.
    public init(draft: Draft, tweets: [String: Tweet], language: PostLanguage = .chinese) {
        let strings = language.strings
        let extractor = Extractor(tweets: tweets, strings: strings)
        window = draft.window
        metadata = draft.metadata
        var seenTweets = Set<String>()
        for story in draft.stories { seenTweets.formUnion(story.tweetIDs) }
        tweetCount = seenTweets.count
        storyCount = draft.stories.filter { $0.noise == nil && draft.decisions[$0.id] != .rejected }.count

        // The ten points: the editor's order, rejected stories and repeats left out.
        if let text = draft.sectionTexts[.points] {
            points = .written(SafeText.markdown(text))
        } else {
            var seen = Set<StoryID>()
            var list: [Point] = []
            for point in draft.points where draft.decisions[point.story] != .rejected && seen.insert(point.story).inserted {
                list.append(extractor.point(point, story: draft.story(point.story), number: list.count + 1))
            }
            points = .automatic(list)
        }

        var bodies: [Section: Part<[Item]>] = [:]
        for section in Section.allCases where section != .overview && section != .points {
            if let text = draft.sectionTexts[section] {
                bodies[section] = .written(SafeText.markdown(text))
                continue
            }
            if section == .stocks || section == .crypto {
                let curated = draft.decisions.values.contains(.accepted)
                let items = extractor.marketItems(Self.stories(for: section, in: draft, capped: false), section: section, requireDiscussion: !curated)
                bodies[section] = .automatic(Array(items.prefix(curated ? items.count : Self.limit(for: section))))
            } else {
                bodies[section] = .automatic(Self.stories(for: section, in: draft).map { extractor.item($0, section: section) })
            }
        }
        sections = bodies

        if let text = draft.sectionTexts[.overview] {
            overview = .written(SafeText.markdown(text))
        } else {
            let shown = draft.stories.filter { $0.noise == nil && draft.decisions[$0.id] != .rejected }
            let lead = draft.points.first { draft.decisions[$0.story] != .rejected }.map { SafeText.inline($0.headline) }
            var counts: [Category: Int] = [:]
            for story in shown { counts[story.category, default: 0] += 1 }
            let byCategory = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
            overview = .automatic(strings.overview(tweetCount, storyCount, byCategory, Self.topics(draft, extractor: extractor), lead))
        }
    }

    /// The stories a section shows (see the type's discussion), best first, each once.
    /// - Parameter capped: limit the automatic draft to `limit(for:)` stories.
    public static func stories(for section: Section, in draft: Draft, capped: Bool = true) -> [Story] {
        var seen = Set<StoryID>()
        let mine = draft.stories.filter {
            Section(category: $0.category) == section && draft.decisions[$0.id] != .rejected && seen.insert($0.id).inserted
        }
        if draft.decisions.values.contains(.accepted) {
            return mine.filter { draft.decisions[$0.id] == .accepted }
        }
        let pending = mine.filter { $0.noise == nil }
        return capped ? Array(pending.prefix(limit(for: section))) : pending
    }

    /// The day's main topics: the names the core points are about (`GLM-4.7-Flash`, `Claude in
    /// Excel`), in the editor's order, rejected points and points without a name left out. Words
    /// many stories share (`ai`, `open`, `world`) named no topic: the names of the points do.
    static func topics(_ draft: Draft, extractor: Extractor, count: Int = 4) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for point in draft.points where draft.decisions[point.story] != .rejected && names.count < count {
            guard let story = draft.story(point.story), story.noise == nil,
                  let name = Extractor.properName(story, tweet: extractor.leadTweet(story)) else { continue }
            if seen.insert(name.lowercased()).inserted { names.append(SafeText.inline(SafeText.oneLine(name))) }
        }
        return names
    }
}
