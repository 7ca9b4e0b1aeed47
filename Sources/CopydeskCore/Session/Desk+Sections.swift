/// Deciding what a story is in the post: a point, a story in its section only, or out
/// (`accept`, `reject`, `reclassify` and `demote`), whether it is named as a point, a reserve item or a tweet.
extension Desk {
    /// `accept`/`reject` over points, reserve items and the stories holding tweets: a tweet's story
    /// is decided where it stands (a point, or a reserve story for its section only); a story the
    /// engine did not list joins the reserve first, so `find` leads to a story in its section.
    func decideDecision(
        _ decision: Draft.Decision, points numbers: [Int], reserve reserveNumbers: [Int], tweets tweetIDs: [String]
    ) throws(CommandError) -> Decision {
        let draft = state.draft
        let accept = decision == .accepted
        var events: [SessionEvent] = []
        var changed: [String] = []
        // Items whose earlier, opposite decision this overturns (`accept 1-10` after `reject 5`): said aloud.
        var overturned: [String] = []
        var decided = Set<StoryID>()
        func decide(_ id: StoryID, label: String, event: SessionEvent) {
            guard decided.insert(id).inserted, draft.decisions[id] != decision else { return }
            events.append(event)
            changed.append(label)
            if draft.decisions[id] != nil { overturned.append(label) }
        }
        for n in numbers {
            let id = draft.points[try pointIndex(n)].story
            decide(id, label: String(n), event: accept ? .pointAccepted(story: id) : .pointRejected(story: id))
        }
        // A reserve story stays out of the points; accepted, it shows in its section.
        for r in reserveNumbers {
            let id = try draft.reserveItem(r)
            decide(id, label: "R\(r)", event: accept ? .reserveAccepted(story: id) : .reserveRejected(story: id))
        }
        for tweetID in tweetIDs {
            let story = try storyHolding(tweetID)
            if let p = draft.points.firstIndex(where: { $0.story == story.id }) {
                decide(story.id, label: "\(p + 1) (tweet \(tweetID))",
                       event: accept ? .pointAccepted(story: story.id) : .pointRejected(story: story.id))
            } else if draft.reserve.contains(story.id), let r = draft.reserveNumber(story.id) {
                decide(story.id, label: "R\(r) (tweet \(tweetID))",
                       event: accept ? .reserveAccepted(story: story.id) : .reserveRejected(story: story.id))
            } else if decided.insert(story.id).inserted {
                // Not listed: into the reserve (as a point that steps down at once), then decided there.
                let r = (draft.reserveNumbers.values.max() ?? 0) + 1
                events += [.pointAdded(story: story), .pointDemoted(story: story.id),
                           accept ? .reserveAccepted(story: story.id) : .reserveRejected(story: story.id)]
                changed.append("R\(r) (tweet \(tweetID), now in the reserve)")
            }
        }
        guard !events.isEmpty else {
            let all = numbers.map(String.init) + reserveNumbers.map { "R\($0)" } + tweetIDs.map { "tweet \($0)" }
            throw .unchanged("already \(decision.rawValue): \(all.joined(separator: ", "))")
        }
        let was: Draft.Decision = accept ? .rejected : .accepted
        let note = overturned.isEmpty ? "" : " (\(overturned.joined(separator: ", ")) \(overturned.count == 1 ? "was" : "were") \(was.rawValue))"
        return .change(events, message: "\(decision.rawValue) \(changed.joined(separator: ", "))" + note)
    }

    /// `reclassify N|R|TWEET CATEGORY`: the story moves to the category's section, wherever it stands.
    func decideReclassify(_ reference: StoryReference, _ category: Category) throws(CommandError) -> Decision {
        let draft = state.draft
        let id: StoryID, label: String
        switch reference {
        case .point(let n):
            (id, label) = (draft.points[try pointIndex(n)].story, "point \(n)")
        case .reserve(let r):
            (id, label) = (try draft.reserveItem(r), "R\(r)")
        case .tweet(let tweetID):
            let story = try storyHolding(tweetID)
            (id, label) = (story.id, draft.points.contains { $0.story == story.id } || draft.reserve.contains(story.id)
                ? draft.place(of: story.id) : "the story of tweet \(tweetID)")
        }
        guard draft.story(id)?.category != category else {
            throw .unchanged("\(label) is already in \(category.rawValue)")
        }
        return .change([.storyReclassified(story: id, category: category)],
                       message: "\(label) is now \(category.rawValue) \(category.chineseName)")
    }

    /// `demote N`: point N leaves the ten (the rest move up) and stays in its section, accepted there.
    func decideDemote(_ n: Int) throws(CommandError) -> Decision {
        let draft = state.draft
        let id = draft.points[try pointIndex(n)].story
        let r = draft.reserveNumber(id) ?? (draft.reserveNumbers.values.max() ?? 0) + 1
        let section = draft.story(id).map { Section(category: $0.category).rawValue } ?? "its section"
        let after = draft.points.count - 1
        return .change([.pointDemoted(story: id), .reserveAccepted(story: id)],
                       message: "point \(n) is now R\(r), accepted in section \(section); "
                           + (after == 0 ? "there are no points left" : "the points are 1–\(after)")
                           + " (`promote R\(r)` brings it back)")
    }
}
