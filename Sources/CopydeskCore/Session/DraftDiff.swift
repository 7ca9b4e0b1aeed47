/// The text of `diff`: what the editor changed against the automatic draft, one change a line.
public enum DraftDiff {
    /// The changes from `original` (the engine's proposal) to `current`, in the post's order:
    /// front matter, points (added, removed, moved, re-headlined, reclassified, decided), sections, cloud.
    public static func lines(from original: Draft, to current: Draft) -> [String] {
        var lines: [String] = []
        if original.metadata.title != current.metadata.title {
            lines.append("~ title: \(original.metadata.title) → \(current.metadata.title)")
        }
        if original.metadata.date != current.metadata.date {
            lines.append("~ date: \(original.metadata.date) → \(current.metadata.date)")
        }
        let before = Dictionary(original.points.enumerated().map { ($1.story, ($0 + 1, $1)) }, uniquingKeysWith: { a, _ in a })
        let now = Set(current.points.map(\.story))
        let kept = keptInOrder(current.points.compactMap { before[$0.story]?.0 })
        for (i, point) in current.points.enumerated() {
            let n = i + 1
            guard let (oldN, old) = before[point.story] else {
                lines.append("+ \(n) added: \(point.headline)")
                continue
            }
            // Points that only shifted because others came or went are not "moved".
            if oldN != n, !kept.contains(oldN) { lines.append("~ \(n) moved from \(oldN)") }
            if old.headline != point.headline {
                lines.append("~ \(n) headline:")
                lines.append("    - \(old.headline)")
                lines.append("    + \(point.headline)")
            }
            if let was = original.story(point.story)?.category, let is_ = current.story(point.story)?.category, was != is_ {
                lines.append("~ \(n) category: \(was.rawValue) → \(is_.rawValue) \(is_.chineseName)")
            }
        }
        for (i, point) in original.points.enumerated() where !now.contains(point.story) {
            lines.append("- \(i + 1) removed (merged or split away): \(point.headline)")
        }
        // Decisions the original did not hold already (the proposal holds none).
        for (i, point) in current.points.enumerated() where original.decisions[point.story] != current.decisions[point.story] {
            switch current.decisions[point.story] {
            case .accepted?: lines.append("✓ \(i + 1) accepted")
            case .rejected?: lines.append("✗ \(i + 1) rejected")
            case nil: break
            }
        }
        for id in current.reserve where original.decisions[id] != current.decisions[id] {
            guard let r = current.reserveNumber(id) else { continue }
            switch current.decisions[id] {
            case .accepted?: lines.append("✓ R\(r) accepted for its section")
            case .rejected?: lines.append("✗ R\(r) rejected")
            case nil: break
            }
        }
        for section in Section.allCases where original.sectionTexts[section] != current.sectionTexts[section] {
            let text = current.sectionTexts[section] ?? ""
            lines.append(text.isEmpty ? "~ section \(section.rawValue): automatic again"
                                      : "~ section \(section.rawValue) rewritten (\(text.count) characters)")
        }
        for word in current.cloud.excluded where !original.cloud.excluded.contains(word) {
            lines.append("~ cloud: excluded \(word)")
        }
        for word in current.cloud.included where !original.cloud.included.contains(word) {
            lines.append("~ cloud: included \(word)")
        }
        return lines
    }

    /// The old positions that kept their relative order: a longest increasing subsequence.
    static func keptInOrder(_ positions: [Int]) -> Set<Int> {
        guard !positions.isEmpty else { return [] }
        var length = Array(repeating: 1, count: positions.count)
        var previous = Array(repeating: -1, count: positions.count)
        for i in positions.indices {
            for j in 0..<i where positions[j] < positions[i] && length[j] + 1 > length[i] {
                length[i] = length[j] + 1
                previous[i] = j
            }
        }
        var i = length.indices.max { length[$0] < length[$1] }!
        var kept: Set<Int> = []
        while i >= 0 {
            kept.insert(positions[i])
            i = previous[i]
        }
        return kept
    }

    /// `lines` joined, or a sentence saying there is nothing to show.
    public static func text(from original: Draft, to current: Draft) -> String {
        let lines = lines(from: original, to: current)
        return lines.isEmpty ? "no changes against the automatic draft" : lines.joined(separator: "\n")
    }
}
