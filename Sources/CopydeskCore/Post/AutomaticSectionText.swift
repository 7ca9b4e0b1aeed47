/// A section's automatic draft as the editor would write it: the text `rewrite SECTION` opens in
/// `$EDITOR`, so the editor rewrites the extracted bullets (keeping their source links) instead of
/// starting from an empty file.
///
/// It is read off the post itself, so it follows any template: the post is rendered once as it is
/// and once with the section written as a probe word, and the section is what lies where the probe
/// lies. Sub-bullet sections (events, special analysis) come back unindented, as the editor writes
/// them (the renderer indents written text to match).
public enum AutomaticSectionText {
    /// The section's automatic text; nil when the editor has written it, or the template does not
    /// show it in the same place either way.
    public static func text(of section: Section, in draft: Draft, render: (Draft) throws -> String) -> String? {
        guard draft.sectionTexts[section] == nil else { return nil }
        var probed = draft
        probed.sectionTexts[section] = probe
        guard let automatic = try? render(draft), let written = try? render(probed),
              let spot = written.range(of: probe) else { return nil }
        let before = written[..<spot.lowerBound], after = written[spot.upperBound...]
        guard automatic.hasPrefix(before), automatic.hasSuffix(after),
              automatic.count >= before.count + after.count else { return nil }
        var body = String(automatic.dropFirst(before.count).dropLast(after.count))
        // The part's marker, when the renderer marks automatic parts.
        let marker = "<!-- copydesk:auto \(section.rawValue) -->"
        if body.hasPrefix(marker) { body = String(body.dropFirst(marker.count)) }
        let indent = PostContext.isNested(section) ? "    " : ""
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(indent) ? line.dropFirst(indent.count) : line[...]
        }
        return lines.map(String.init).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A word no post holds, in letters `SafeText.markdown` keeps as they are.
    static let probe = "copydeskSectionProbe7f3a9c"
}
