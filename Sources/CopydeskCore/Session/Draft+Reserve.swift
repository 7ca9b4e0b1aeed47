/// The reserve as the editor names it: `R7`, by the numbers `points` lists (they stay for the session).
extension Draft {
    /// The numbers of the stories in the reserve now, in list order.
    public var listedReserveNumbers: [Int] { reserve.compactMap { reserveNumbers[$0] } }

    /// The story in the reserve as R`r`; why there is none names the point it became or the numbers left.
    public func reserveItem(_ r: Int) throws(CommandError) -> StoryID {
        guard let id = reserveStory(number: r), reserve.contains(id) else {
            if let id = reserveStory(number: r), let p = points.firstIndex(where: { $0.story == id }) {
                throw .alreadyPromoted(reserve: r, point: p + 1)
            }
            if let id = reserveStory(number: r), story(id) == nil, mergedInto[id] != nil {
                throw .mergedAway(reserve: r, into: place(of: id))
            }
            throw .reserveOutOfRange(r, listed: listedReserveNumbers.sorted())
        }
        return id
    }
}

extension Draft {
    /// Where a story stands as the editor names it: `point 3`, `R7`, or, for a story merged away,
    /// where its tweets went (`point 2`).
    public func place(of id: StoryID) -> String {
        var id = id
        var hops = 0
        while story(id) == nil, let kept = mergedInto[id], hops < 100 {
            id = kept
            hops += 1
        }
        if let p = points.firstIndex(where: { $0.story == id }) { return "point \(p + 1)" }
        if reserve.contains(id), let r = reserveNumber(id) { return "R\(r)" }
        return "story \(id)"
    }
}

extension Command {
    /// The number part of a reserve item as typed (`R7`, `r12`: `7`, `12`); nil for anything else.
    public static func reserveDigits<S: StringProtocol>(_ word: S) -> S.SubSequence? {
        guard let first = word.first, first == "R" || first == "r" else { return nil }
        return word.dropFirst()
    }
}
