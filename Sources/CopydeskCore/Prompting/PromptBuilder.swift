import Foundation
import Mustache

/// Renders the prompt for a drafting task from the draft, the tweets and the templates.
///
/// Pure. Only what the editor accepted is sent: accepted stories for the overview and the
/// sections, the current points and the reserve (less rejected stories) for the points, the
/// point's own story for a headline. Every string that comes from a tweet is escaped
/// (`PromptEscaping`) before it reaches a template, which renders as plain text.
public struct PromptBuilder: Sendable {
    public let language: PostLanguage
    public let limits: PromptLimits
    private let library: MustacheLibrary

    /// Parses the templates; fails on a missing one or a syntax error, naming file, line and column.
    public init(templates: PromptTemplates, limits: PromptLimits = PromptLimits()) throws(PromptError) {
        var library = MustacheLibrary()
        for name in PromptTemplates.names {
            guard let source = templates.sources[name] else {
                throw .missingTemplate(name: name, language: templates.language)
            }
            do {
                // The pragma makes `{{x}}` plain text (no HTML escaping); on line 1, so lines keep their numbers.
                library.register(try MustacheTemplate(string: Self.textPragma + source), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let column = error.context.lineNumber == 1
                    ? max(1, error.context.columnNumber - Self.textPragma.count) : error.context.columnNumber
                throw .templateSyntax(
                    name: "\(templates.language.rawValue)/\(name)", line: error.context.lineNumber, column: column,
                    reason: Self.describe(error.error))
            } catch {
                throw .templateSyntax(name: "\(templates.language.rawValue)/\(name)", line: 0, column: 0, reason: "\(error)")
            }
        }
        self.language = templates.language
        self.limits = limits
        self.library = library
    }

    private static let textPragma = "{{% CONTENT_TYPE: TEXT}}"

    /// Builds the prompt for `task`; `tweets` maps tweet ids to tweets (missing ones are skipped).
    public func prompt(for task: PromptTask, draft: Draft, tweets: [String: Tweet]) throws(PromptError) -> Prompt {
        let stories = try selectStories(for: task, in: draft)
        var values = PromptValues(language: language, limits: limits, draft: draft, tweets: tweets)
            .values(for: task, stories: stories)
        values["story_count"] = stories.count
        let system = library.render(values, withTemplate: "system") ?? ""
        let user = library.render(values, withTemplate: task.templateName) ?? ""
        return Prompt(task: task, system: Self.tidy(system), user: Self.tidy(user), stories: stories.map(\.id))
    }

    /// The stories a task may send, in the editor's order.
    func selectStories(for task: PromptTask, in draft: Draft) throws(PromptError) -> [Story] {
        // The editor's order first: accepted points as listed, then any other accepted story.
        let pointOrder = Dictionary(draft.points.enumerated().map { ($0.element.story, $0.offset) }, uniquingKeysWith: min)
        let accepted = draft.stories.enumerated()
            .filter { draft.decisions[$0.element.id] == .accepted }
            .sorted { (pointOrder[$0.element.id] ?? Int.max, $0.offset) < (pointOrder[$1.element.id] ?? Int.max, $1.offset) }
            .map(\.element)
        let chosen: [Story]
        switch task {
        case .overview:
            chosen = accepted
        case .section(let section):
            chosen = accepted.filter { Section(category: $0.category) == section }
        case .points:
            let ids = draft.points.map(\.story) + draft.reserve
            var seen = Set<StoryID>()
            chosen = ids.compactMap { id in
                guard seen.insert(id).inserted, draft.decisions[id] != .rejected else { return nil }
                return draft.story(id)
            }
        case .headline(let number):
            guard draft.points.indices.contains(number - 1) else { throw .noSuchPoint(number, count: draft.points.count) }
            chosen = draft.story(draft.points[number - 1].story).map { [$0] } ?? []
        }
        guard !chosen.isEmpty else { throw .nothingToSend(task) }
        return Array(chosen.prefix(limits.maxStories))
    }

    /// Collapses runs of blank lines the template's sections leave behind.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        var blank = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let isBlank = line.allSatisfy(\.isWhitespace)
            blank = isBlank ? blank + 1 : 0
            if blank <= 1 { lines.append(isBlank ? "" : line) }
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a closing tag {{/…}} does not match its opening {{#…}}"
        case .unfinishedName: "a tag is not closed with }}"
        case .expectedSectionEnd: "a section {{#…}} is never closed"
        case .invalidSetDelimiter: "bad set-delimiter tag"
        default: "\(error)"
        }
    }
}
