/// Deciding commands into events.
extension Desk {
    public func decide(_ command: Command) throws(CommandError) -> Decision {
        let draft = state.draft
        switch command {
        case .points:
            return .output(DeskListing.points(draft))
        case .show(.point(let n)):
            let point = draft.points[try pointIndex(n)]
            return .output(DeskListing.show(draft, story: point.story, title: "\(n). \(point.headline)", tweets: tweets))
        case .show(.reserve(let r)):
            let id = try draft.reserveItem(r)
            return .output(DeskListing.show(draft, story: id, title: "R\(r). \(draft.story(id)?.headline ?? id.rawValue)", tweets: tweets))
        case .show(.tweet(let tweetID)):
            let story = try storyHolding(tweetID)
            if let p = draft.points.firstIndex(where: { $0.story == story.id }) { return try decide(.show(.point(p + 1))) }
            if draft.reserve.contains(story.id), let r = draft.reserveNumber(story.id) { return try decide(.show(.reserve(r))) }
            return .output(DeskListing.show(draft, story: story.id, title: story.headline, tweets: tweets))
        case .find(let text):
            return .output(DeskListing.find(text, in: draft, tweets: tweets))
        case .accept(let numbers, let reserveNumbers, let tweetIDs), .reject(let numbers, let reserveNumbers, let tweetIDs):
            let accept: Bool = if case .accept = command { true } else { false }
            return try decideDecision(accept ? .accepted : .rejected, points: numbers, reserve: reserveNumbers, tweets: tweetIDs)
        case .reclassify(let reference, let category):
            return try decideReclassify(reference, category)
        case .demote(let n):
            return try decideDemote(n)
        case .move(let n, let position):
            let id = draft.points[try pointIndex(n)].story
            _ = try pointIndex(position)
            guard n != position else { throw .unchanged("point \(n) is already at \(position)") }
            return .change([.pointMoved(story: id, position: position)], message: "moved point \(n) to \(position)")
        case .swap(let n, let m):
            let a = draft.points[try pointIndex(n)].story, b = draft.points[try pointIndex(m)].story
            guard n != m else { throw .samePoint(n) }
            return .change([.pointsSwapped(first: a, second: b)], message: "swapped points \(n) and \(m)")
        case .promote(let r):
            let id = try draft.reserveItem(r)
            return .change([.storyPromoted(story: id)],
                           message: "R\(r) is now point \(draft.points.count + 1): \(draft.story(id)?.headline ?? id.rawValue)")
        case .add(let tweetID):
            return try decideAdd(tweetID)
        case .merge(let n, .point(let m)):
            let kept = draft.points[try pointIndex(n)].story, absorbed = draft.points[try pointIndex(m)].story
            guard n != m else { throw .samePoint(n) }
            return .change([.storiesMerged(kept: kept, absorbed: absorbed)],
                           message: "merged point \(m) into point \(n); point \(m) is gone")
        case .merge(let n, .reserve(let r)):
            let kept = draft.points[try pointIndex(n)].story
            let absorbed = try draft.reserveItem(r)
            return .change([.storiesMerged(kept: kept, absorbed: absorbed)],
                           message: "merged R\(r) into point \(n): \(draft.story(absorbed)?.headline ?? absorbed.rawValue)")
        case .merge(let n, .tweet(let tweetID)):
            let kept = draft.points[try pointIndex(n)].story
            let story = try storyHolding(tweetID)
            if let m = draft.points.firstIndex(where: { $0.story == story.id }) {
                return try decide(.merge(n, .point(m + 1)))
            }
            return .change([.storiesMerged(kept: kept, absorbed: story.id)],
                           message: "merged the story of tweet \(tweetID) into point \(n): \(story.headline)")
        case .split(let n, let tweetIDs):
            return try decideSplit(n, tweetIDs: tweetIDs)
        case .edit(let n, let typed):
            let index = try pointIndex(n)
            // A headline is plain text and the post bolds its lead itself (up to the first `：`):
            // `**CALM**：…` would show its asterisks.
            let headline = typed.replacingOccurrences(of: "**", with: "").trimmingWhitespace()
            guard !headline.isEmpty else { throw .emptyText(command: "edit") }
            guard draft.points[index].headline != headline else { throw .unchanged("point \(n) already reads so") }
            let note = headline == typed ? "" : " (the post bolds the lead before the first ： or , itself)"
            return .change([.headlineEdited(story: draft.points[index].story, headline: headline)],
                           message: "point \(n): \(headline)" + note)
        case .rewrite(let section, nil):
            return .needsText(section, current: draft.sectionTexts[section] ?? "")
        case .rewrite(let section, let text?):
            // Candidate stories still commented out (see `SectionCandidates`) are not part of the text.
            let clean = Self.trimmingTrailingNewlines(SectionCandidates.strippingComments(text))
            guard clean != (draft.sectionTexts[section] ?? "") else {
                throw .unchanged("section \(section.rawValue) is unchanged")
            }
            return .change([.sectionRewritten(section: section, text: clean)],
                           message: clean.isEmpty ? "section \(section.rawValue) is automatic again"
                                                  : "rewrote section \(section.rawValue) (\(clean.count) characters)")
        case .title(let title):
            guard title != draft.metadata.title else { throw .unchanged("the title is already \(title)") }
            return .change([.titleChanged(title: title)], message: "title: \(title)")
        case .date(let text):
            let date = "\(text) \(draft.window.offsetText)"
            guard date != draft.metadata.date || date != draft.metadata.postTime else {
                throw .unchanged("the date is already \(date)")
            }
            return .change([.dateChanged(date: date)], message: "date: \(date)")
        case .cloud:
            let day = tweets.values.sorted { $0.id < $1.id }
            return .output(CloudWords.listing(CloudWords().counts(for: draft, tweets: day), adjustments: draft.cloud))
        case .cloudRender:
            return .renderCloud
        case .cloudExclude(let text):
            return try decideCloudExclude(text)
        case .cloudInclude(let word):
            guard !draft.cloud.included.contains(word) else { throw .unchanged("'\(word)' is already included") }
            return .change([.cloudWordIncluded(word: word)], message: "the word cloud keeps '\(word)'")
        case .check:
            let warnings = PostCheck.warnings(draft, tweets: tweets)
            return .output(warnings.isEmpty ? PostCheck.nothingToLookAt : warnings.map { "warning: \($0)" }.joined(separator: "\n"))
        case .undo:
            guard let previous = state.undoStack.last else { throw .nothingToUndo }
            return .change([.undone], message: Self.historyMessage("undone", from: draft, to: previous))
        case .redo:
            guard let next = state.redoStack.last else { throw .nothingToRedo }
            return .change([.redone], message: Self.historyMessage("redone", from: draft, to: next))
        case .save:
            return .save
        case .help(let name):
            guard let text = CommandHelp.text(for: name) else {
                throw .unknownCommand(name ?? "", suggestion: CommandHelp.suggestion(for: name ?? ""))
            }
            return .output(text)
        }
    }

    private func decideAdd(_ tweetID: String) throws(CommandError) -> Decision {
        let draft = state.draft
        if let story = draft.stories.first(where: { $0.tweetIDs.contains(tweetID) }) {
            if let p = draft.points.firstIndex(where: { $0.story == story.id }) {
                throw .alreadyAPoint(tweetID: tweetID, point: p + 1)
            }
            return .change([.pointAdded(story: story)],
                           message: "point \(draft.points.count + 1): \(story.headline)")
        }
        guard let tweet = tweets[tweetID] else { throw .tweetNotFound(tweetID) }
        let story = Story(
            id: StoryID("tweet-\(tweet.id)"), tweetIDs: [tweet.id], headline: StoryHeadline.extract(from: tweet.text),
            category: .aiTech, urls: tweet.urls, authors: [tweet.author.handle])
        return .change([.pointAdded(story: story)],
                       message: "point \(draft.points.count + 1) (category ai_tech; reclassify if needed): \(story.headline)")
    }

    private func decideSplit(_ n: Int, tweetIDs: [String]) throws(CommandError) -> Decision {
        let draft = state.draft
        let id = draft.points[try pointIndex(n)].story
        guard let story = draft.story(id) else { throw .rejectedEvent(.unknownStory(id)) }
        let taken: [String]
        if tweetIDs.isEmpty {
            guard story.tweetIDs.count > 1 else { throw .cannotSplit(n, reason: "its story has one tweet") }
            taken = Array(story.tweetIDs.dropFirst())
        } else {
            if let stranger = tweetIDs.first(where: { !story.tweetIDs.contains($0) }) {
                throw .cannotSplit(n, reason: "tweet \(stranger) is not in its story")
            }
            taken = story.tweetIDs.filter { tweetIDs.contains($0) }
            guard taken.count < story.tweetIDs.count else {
                throw .cannotSplit(n, reason: "that would take every tweet; leave at least one")
            }
        }
        let lead = tweets[taken[0]]
        let partTweets = taken.compactMap { tweets[$0] }
        var authors: [String] = []
        for tweet in partTweets where !authors.contains(tweet.author.handle) { authors.append(tweet.author.handle) }
        var urls: [String] = []
        for url in partTweets.flatMap(\.urls) where !urls.contains(url) { urls.append(url) }
        let part = Story(
            id: StoryID("\(story.id.rawValue)/\(taken[0])"), tweetIDs: taken,
            headline: lead.map { StoryHeadline.extract(from: $0.text) } ?? story.headline, category: story.category,
            urls: urls, authors: authors)
        return .change([.storySplit(story: id, part: part)],
                       message: "split \(taken.count) tweet(s) off point \(n) into point \(n + 1): \(part.headline)")
    }

    /// The index of display number `n` among the points.
    func pointIndex(_ n: Int) throws(CommandError) -> Int {
        guard n >= 1, n <= state.draft.points.count else {
            throw .pointOutOfRange(n, count: state.draft.points.count)
        }
        return n - 1
    }

    /// The proposed story that holds `tweetID`; why there is none when no story does.
    func storyHolding(_ tweetID: String) throws(CommandError) -> Story {
        guard let story = state.draft.stories.first(where: { $0.tweetIDs.contains(tweetID) }) else {
            throw tweets[tweetID] == nil ? .tweetNotFound(tweetID) : .tweetInNoStory(tweetID)
        }
        return story
    }

    /// `undone: ✓ 3 accepted`: what going back (or forth) in the history changes, as `diff` says it
    /// (at most three lines).
    static func historyMessage(_ verb: String, from current: Draft, to other: Draft) -> String {
        // The step's change: from the earlier draft to the later one.
        let (before, after) = verb == "undone" ? (other, current) : (current, other)
        let changes = DraftDiff.lines(from: before, to: after).filter { !$0.hasPrefix("    ") }
        guard !changes.isEmpty else { return verb }
        let shown = changes.prefix(3).joined(separator: "; ") + (changes.count > 3 ? "; … (\(changes.count - 3) more)" : "")
        return "\(verb): \(shown)"
    }

    static func trimmingTrailingNewlines(_ text: String) -> String {
        var text = text
        while text.last?.isNewline == true || text.last == " " { text.removeLast() }
        return text
    }
}
