/// The stories a section could also show, for `rewrite SECTION`: below the section's text, each
/// as the bullet the post would draw for it (with its source link), inside an HTML comment, so
/// keeping one is deleting its comment marks. Lines still commented out when the text comes back
/// are dropped (`strippingComments`).
public enum SectionCandidates {
    /// The commented-out bullets of the section's other candidate stories, best first; nil when
    /// there are none (or the section holds no stories: the overview, the points).
    ///
    /// A candidate is a story of the section's category that is not noise, not rejected and not
    /// already in `shown` (none of its tweets is linked there).
    public static func commented(
        _ section: Section, in draft: Draft, shown: String, limit: Int = 12, render: (Draft) throws -> String
    ) -> String? {
        guard section != .overview, section != .points else { return nil }
        let mine = draft.stories.filter { Section(category: $0.category) == section }
        let candidates = mine.filter { story in
            story.noise == nil && draft.decisions[story.id] != .rejected
                && !story.tweetIDs.contains { shown.contains("/status/\($0)") }
        }.prefix(limit)
        guard !candidates.isEmpty else { return nil }
        // The post as it would be with exactly these stories accepted in the section: its bullets
        // are the candidates', in the template's own form.
        var probe = draft
        probe.sectionTexts[section] = nil
        let wanted = Set(candidates.map(\.id))
        for story in mine where probe.decisions[story.id] != .rejected {
            probe.decisions[story.id] = wanted.contains(story.id) ? .accepted : nil
        }
        guard let bullets = AutomaticSectionText.text(of: section, in: probe, render: render) else { return nil }
        let lines = bullets.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) && !isComment($0) }
        guard !lines.isEmpty else { return nil }
        return (["<!-- copydesk: the section's other stories; delete a line's comment marks to keep it -->"]
            + lines.map { "<!-- \($0) -->" }).joined(separator: "\n")
    }

    /// The text without the lines that are whole HTML comments (candidates left commented out).
    public static func strippingComments(_ text: String) -> String {
        guard text.contains("<!--") else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !isComment($0) }.joined(separator: "\n")
    }

    static func isComment<S: StringProtocol>(_ line: S) -> Bool {
        let trimmed = line.trimmingWhitespace()
        return trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")
    }
}
