/// TAB completion for the shell: what the word under the cursor could become.
extension Desk {
    /// Candidates for the last word of `line` (the text before the cursor), matching what is typed.
    ///
    /// Command names first, then by command: point numbers, reserve numbers, category ids and
    /// Chinese names, section names, `exclude`/`include`, excluded or included words.
    public func completions(for line: String) -> [String] {
        let endsInSpace = line.last?.isWhitespace ?? true
        var words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        let partial = endsInSpace ? "" : (words.popLast() ?? "")
        let index = words.count
        let candidates: [String]
        if index == 0 {
            candidates = CommandHelp.names
        } else {
            candidates = argumentCandidates(command: words[0].lowercased(), index: index, words: words, partial: partial)
        }
        // In a number list (`accept 1-3,5`) complete the piece after the last separator.
        let piece = partial.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "-" }).last
            .map(String.init) ?? partial
        let stem = partial.dropLast(piece.count)
        return candidates.filter { $0.lowercased().hasPrefix(piece.lowercased()) }.map { stem + $0 }
    }

    private func argumentCandidates(command: String, index: Int, words: [String], partial: String) -> [String] {
        let draft = state.draft
        let points = draft.points.indices.map { String($0 + 1) }
        switch (command, index) {
        case ("edit", 1), ("split", 1), ("demote", 1), ("move", 1), ("move", 2),
             ("swap", 1), ("swap", 2), ("merge", 1):
            return points
        case ("show", 1), ("merge", 2), ("reclassify", 1), ("accept", _), ("reject", _):
            // Points; once an `R` is typed, reserve items as `points` lists them (`R7`).
            let piece = partial.split(whereSeparator: { $0 == "," }).last.map(String.init) ?? partial
            guard Command.reserveDigits(piece) != nil, let r = piece.first else { return points }
            return draft.listedReserveNumbers.map { "\(r)\($0)" }
        case ("promote", 1):
            return draft.listedReserveNumbers.map(String.init)
        case ("reclassify", 2):
            return Category.allCases.flatMap { [$0.rawValue, $0.chineseName] }
        case ("rewrite", 1):
            // Ids, then the Chinese names `rewrite` also takes (a category's name stands for its section).
            return Section.allCases.map(\.rawValue) + ["概述", "核心信息"]
                + Category.allCases.filter { $0 != .policy }.map(\.chineseName)
        case ("cloud", 1):
            return ["exclude", "include", "render"]
        case ("cloud", 2):
            return words[1] == "include" ? draft.cloud.excluded : draft.cloud.included
        case ("help", 1):
            return CommandHelp.names
        case ("split", _):
            guard let n = Int(words[1]), n >= 1, n <= draft.points.count,
                  let story = draft.story(draft.points[n - 1].story) else { return [] }
            return Array(story.tweetIDs.dropFirst())
        default:
            return []
        }
    }
}
