/// The reducer: one pure function folding an event into the draft.
extension Draft {
    /// Applies one event; on error the draft is unchanged.
    public mutating func apply(_ event: SessionEvent) throws(EventError) {
        var next = self
        try next.fold(event)
        self = next
    }

    /// The draft after an event.
    public func applying(_ event: SessionEvent) throws(EventError) -> Draft {
        var next = self
        try next.fold(event)
        return next
    }

    private mutating func fold(_ event: SessionEvent) throws(EventError) {
        switch event {
        case .pointAccepted(let id):
            _ = try pointIndex(id)
            decisions[id] = .accepted
        case .pointRejected(let id):
            _ = try pointIndex(id)
            decisions[id] = .rejected
        case .reserveAccepted(let id), .reserveRejected(let id):
            guard reserve.contains(id) else { throw .notInReserve(id) }
            if case .reserveAccepted = event { decisions[id] = .accepted } else { decisions[id] = .rejected }
        case .storyReclassified(let id, let category):
            stories[try storyIndex(id)].category = category
        case .pointMoved(let id, let position):
            let from = try pointIndex(id)
            guard (1...points.count).contains(position) else { throw .badPosition(position, count: points.count) }
            let point = points.remove(at: from)
            points.insert(point, at: position - 1)
        case .pointsSwapped(let first, let second):
            guard first != second else { throw .sameStory(first) }
            let a = try pointIndex(first), b = try pointIndex(second)
            points.swapAt(a, b)
        case .storyPromoted(let id):
            guard let r = reserve.firstIndex(of: id) else { throw .notInReserve(id) }
            guard !points.contains(where: { $0.story == id }) else { throw .alreadyAPoint(id) }
            let story = stories[try storyIndex(id)]
            reserve.remove(at: r)
            points.append(Point(story: id, headline: story.headline))
        case .pointDemoted(let id):
            points.remove(at: try pointIndex(id))
            addToReserve(id, after: nil)
        case .pointAdded(let story):
            guard !points.contains(where: { $0.story == story.id }) else { throw .alreadyAPoint(story.id) }
            let headline: String
            if let existing = self.story(story.id) {
                headline = existing.headline
            } else {
                stories.append(story)
                headline = story.headline
            }
            reserve.removeAll { $0 == story.id }
            points.append(Point(story: story.id, headline: headline))
        case .storiesMerged(let kept, let absorbed):
            guard kept != absorbed else { throw .sameStory(kept) }
            _ = try pointIndex(kept)
            let k = try storyIndex(kept), gone = stories[try storyIndex(absorbed)]
            stories[k].tweetIDs.appendUnique(gone.tweetIDs)
            stories[k].urls.appendUnique(gone.urls)
            stories[k].authors.appendUnique(gone.authors)
            stories[k].keyphrases.appendUnique(gone.keyphrases)
            stories.removeAll { $0.id == absorbed }
            mergedInto[absorbed] = kept
            points.removeAll { $0.story == absorbed }
            reserve.removeAll { $0 == absorbed }
            decisions[absorbed] = nil
        case .storySplit(let id, let part):
            let s = try storyIndex(id)
            let whole = stories[s]
            let taken = Set(part.tweetIDs)
            guard !taken.isEmpty, taken.isSubset(of: whole.tweetIDs), taken.count < Set(whole.tweetIDs).count,
                  self.story(part.id) == nil
            else { throw .badSplit(id) }
            stories[s].tweetIDs.removeAll { taken.contains($0) }
            stories.insert(part, at: s + 1)
            if let p = points.firstIndex(where: { $0.story == id }) {
                points.insert(Point(story: part.id, headline: part.headline), at: p + 1)
            } else if reserve.contains(id) {
                addToReserve(part.id, after: id)
            }
        case .headlineEdited(let id, let headline):
            points[try pointIndex(id)].headline = headline
        case .sectionRewritten(let section, let text):
            sectionTexts[section] = text.isEmpty ? nil : text
        case .titleChanged(let title):
            metadata.title = title
        case .dateChanged(let date):
            metadata.date = date
            metadata.postTime = date
        case .cloudWordExcluded(let word):
            cloud.included.removeAll { $0 == word }
            if !cloud.excluded.contains(word) { cloud.excluded.append(word) }
        case .cloudWordIncluded(let word):
            cloud.excluded.removeAll { $0 == word }
            if !cloud.included.contains(word) { cloud.included.append(word) }
        case .undone, .redone:
            throw .historyEvent
        }
    }

    private func pointIndex(_ id: StoryID) throws(EventError) -> Int {
        guard let index = points.firstIndex(where: { $0.story == id }) else {
            throw story(id) == nil ? .unknownStory(id) : .notAPoint(id)
        }
        return index
    }

    private func storyIndex(_ id: StoryID) throws(EventError) -> Int {
        guard let index = stories.firstIndex(where: { $0.id == id }) else { throw .unknownStory(id) }
        return index
    }
}

extension Array where Element: Equatable {
    /// Appends the elements not already present, keeping order.
    fileprivate mutating func appendUnique(_ others: [Element]) {
        for element in others where !contains(element) { append(element) }
    }
}
