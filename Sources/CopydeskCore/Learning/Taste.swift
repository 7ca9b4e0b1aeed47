import Foundation

/// What `copydesk learn` learned from an editor's decisions: a ranking model and a category model
/// refined from the built-in ones, and which days taught them.
///
/// Kept beside the session logs as `taste.tsv`, a versioned, human-readable file: `#` comments (the
/// days learned from, the days forgotten, each category's lexicon words that carried the editor's
/// stories), then a `[ranking]` section holding a ranking model file and a `[category]` section
/// holding a category model file. Feature names, weights and lexicon words, never tweet text.
/// Deleting it resets the desk to the built-in models.
public struct Taste: Sendable, Hashable {
    public static let version = 1
    public static let fileName = "taste.tsv"

    public var ranking: RankingModel?
    public var category: CategoryModel?
    /// The session days it learned from.
    public var sessions: [String]
    /// Labelled days it learned from too.
    public var labelled: [String]
    /// Days `learn --forget` took out: their logs are left out of every later `learn`.
    public var forgotten: [String]
    /// For each category, the lexicon words that carried the editor's stories in it (lexicon words,
    /// never tweet text), most used first.
    public var words: [Category: [String]]

    public init(ranking: RankingModel? = nil, category: CategoryModel? = nil, sessions: [String] = [], labelled: [String] = [],
                forgotten: [String] = [], words: [Category: [String]] = [:]) {
        self.ranking = ranking
        self.category = category
        self.sessions = sessions
        self.labelled = labelled
        self.forgotten = forgotten
        self.words = words
    }

    /// The file's text.
    public func text() -> String {
        var out = "# copydesk taste, version \(Self.version)\n"
        out += "# Learned by `copydesk learn` from the editor's decisions in the session logs beside this file (accepted,\n"
        out += "# rejected, added, promoted, reclassified stories), refining the built-in ranking and category models.\n"
        out += "# Feature names, weights and the lexicon words that carry them, no tweet text. `copydesk learn --forget DAY` takes a day out;\n"
        out += "# delete the file to reset.\n"
        out += "# sessions: \(sessions.joined(separator: " "))\n"
        out += "# labelled days: \(labelled.joined(separator: " "))\n"
        out += "# forgotten: \(forgotten.joined(separator: " "))\n"
        for category in Category.allCases {
            guard let list = words[category], !list.isEmpty else { continue }
            out += "# words for \(category.rawValue): \(list.joined(separator: ", "))\n"
        }
        if let ranking { out += "[ranking]\n" + ranking.text() }
        if let category { out += "[category]\n" + category.text() }
        return out
    }

    /// Reads a taste file; errors name the file and line.
    public init(parsing text: String, file: String = Taste.fileName) throws(DataFileError) {
        let lines = DataFileError.lines(of: text).map(String.init)
        var sections: [(name: String, start: Int, lines: [String])] = []
        self.init()
        for (n, line) in lines.enumerated() {
            if line.hasPrefix("[") {
                guard line == "[ranking]" || line == "[category]" else {
                    throw DataFileError(file: file, line: n + 1, problem: "unknown section \(line); expected [ranking] or [category]")
                }
                sections.append((line, n + 1, []))
            } else if !sections.isEmpty {
                sections[sections.count - 1].lines.append(line)
            } else if line.hasPrefix("#") {
                _ = try ModelFileComment.read(line, kind: "taste", version: Self.version, rewrite: "run `copydesk learn` again", file: file, number: n + 1)
                func days(_ prefix: String) -> [String]? {
                    line.hasPrefix(prefix) ? line.dropFirst(prefix.count).split(separator: " ").map(String.init) : nil
                }
                if let d = days("# sessions: ") { sessions = d }
                if let d = days("# labelled days: ") { labelled = d }
                if let d = days("# forgotten: ") { forgotten = d }
                if line.hasPrefix("# words for "), let colon = line.firstIndex(of: ":"),
                   let category = Category(rawValue: String(line[line.index(line.startIndex, offsetBy: 12)..<colon])) {
                    words[category] = line[line.index(after: colon)...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                }
            } else if !line.isEmpty {
                throw DataFileError(file: file, line: n + 1, problem: "expected a comment or a [ranking] or [category] section")
            }
        }
        for section in sections {
            let body = section.lines.joined(separator: "\n")
            do {
                if section.name == "[ranking]" { ranking = try RankingModel(parsing: body, file: file) } else { category = try CategoryModel(parsing: body, file: file) }
            } catch {
                // The section's lines are numbered from its header.
                throw DataFileError(file: file, line: section.start + error.line, problem: error.problem)
            }
        }
    }
}
