/// The usage line, summary and example of every command, for `help`, usage errors and completion.
public enum CommandHelp {
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var usage: String
        public var summary: String
        public var example: String
    }

    public static let entries: [Entry] = [
        Entry(name: "points", usage: "points", summary: "List the points and the reserve.", example: "points"),
        Entry(name: "show", usage: "show N|R|TWEET", summary: "Show point N's story and its tweets (or reserve item R's, or the story holding a tweet).", example: "show R7"),
        Entry(name: "find", usage: "find TEXT", summary: "List the day's stories that mention TEXT, and how to bring one in.", example: "find 蛋白质"),
        Entry(name: "accept", usage: "accept N… [R…] [TWEET…]", summary: "Accept points (lists and ranges); R7, or a tweet of a story outside the points, accepts a story for its section only.", example: "accept 1-5,7 R9"),
        Entry(name: "reject", usage: "reject N… [R…] [TWEET…]", summary: "Reject points (or reserve items, R7, or the stories holding tweets); they leave the post.", example: "reject 8 9"),
        Entry(name: "reclassify", usage: "reclassify N|R|TWEET CATEGORY", summary: "Move point N (or reserve item R's story, or a tweet's) to another category (id or Chinese name).", example: "reclassify R19 open_source"),
        Entry(name: "move", usage: "move N POS", summary: "Move point N to position POS.", example: "move 7 1"),
        Entry(name: "swap", usage: "swap N M", summary: "Swap points N and M.", example: "swap 2 3"),
        Entry(name: "promote", usage: "promote R", summary: "Bring reserve item R into the points (as the last one).", example: "promote R2"),
        Entry(name: "demote", usage: "demote N", summary: "Take point N out of the ten; it stays in its section (accepted) as a reserve item.", example: "demote 4"),
        Entry(name: "add", usage: "add TWEET-ID-or-URL", summary: "Make a point from any tweet of the day.", example: "add https://x.com/someone/status/2014999999999999999"),
        Entry(name: "merge", usage: "merge N M|R|TWEET", summary: "Merge into point N's story point M's, reserve item R's, or the story holding a tweet.", example: "merge 2 R16"),
        Entry(name: "split", usage: "split N [TWEET-ID…]", summary: "Split tweets (default: all but the lead) off point N into a new point after it.", example: "split 3"),
        Entry(name: "edit", usage: "edit N TEXT", summary: "Replace point N's headline (the post bolds it up to the first ： or ,).", example: "edit 1 AI基础设施正成为核心瓶颈，内存市场…"),
        Entry(name: "rewrite", usage: "rewrite SECTION [TEXT]", summary: "Replace a section's text (in scripts: the lines that follow, up to a line holding only '.'; in the shell: $EDITOR). An empty text restores the automatic draft.", example: "rewrite overview"),
        Entry(name: "title", usage: "title TEXT", summary: "Set the post's title.", example: "title twitter_ai_20260124_20260124"),
        Entry(name: "date", usage: "date YYYY-MM-DD HH:MM:SS", summary: "Set the post's date and posttime (in the report's time zone).", example: "date 2026-01-24 14:32:23"),
        Entry(name: "cloud", usage: "cloud [exclude WORD | include WORD | render]", summary: "List the word cloud's top words; remove a word from it or force one in; write the image.", example: "cloud exclude amp"),
        Entry(name: "check", usage: "check", summary: "List what to look at before saving: repeated stories, empty sections, unsupported points.", example: "check"),
        Entry(name: "undo", usage: "undo", summary: "Undo the last change.", example: "undo"),
        Entry(name: "redo", usage: "redo", summary: "Redo the last undone change.", example: "redo"),
        Entry(name: "save", usage: "save", summary: "Write the post into the output folder's _posts/.", example: "save"),
        Entry(name: "help", usage: "help [COMMAND]", summary: "List the commands, or explain one.", example: "help accept"),
    ]

    public static var names: [String] { entries.map(\.name) }

    /// Other words for a command (`ls` for `points`), as `Command.parse` reads them.
    public static let aliases: [String: String] = ["list": "points", "ls": "points", "?": "help"]

    /// Whether `name` is a command or an alias of one.
    public static func isKnown(_ name: String) -> Bool { names.contains(name) || aliases[name] != nil }

    /// Rows of usage and summary, the summaries in one column; a usage too long for the column
    /// gets a line of its own with its summary under it, so every table `help` prints lines up.
    public static func table(_ rows: [(usage: String, summary: String)]) -> String {
        let column = 26
        return rows.map { row in
            row.usage.count < column - 1
                ? row.usage.padding(toLength: column, withPad: " ", startingAt: 0) + row.summary
                : row.usage + "\n" + String(repeating: " ", count: column) + row.summary
        }.joined(separator: "\n")
    }

    public static func usage(_ command: String) -> String? { entries.first { $0.name == command }?.usage }

    /// `help` or `help CMD`; nil for an unknown command.
    public static func text(for command: String?) -> String? {
        guard let command else { return table(entries.map { ($0.usage, $0.summary) }) }
        guard let entry = entries.first(where: { $0.name == (aliases[command] ?? command) }) else { return nil }
        return "\(entry.usage)\n  \(entry.summary)\n  e.g. \(entry.example)"
    }

    /// The command name nearest to a mistyped word (edit distance at most 2, or a unique prefix).
    public static func suggestion(for word: String) -> String? {
        let w = word.lowercased()
        if let command = aliases[w] { return command }
        let prefixed = names.filter { $0.hasPrefix(w) }
        if !w.isEmpty, prefixed.count == 1 { return prefixed[0] }
        let scored = names.map { ($0, editDistance(Array(w), Array($0))) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var previous = row[0]
            row[0] = i + 1
            for (j, cb) in b.enumerated() {
                let current = row[j + 1]
                row[j + 1] = min(row[j + 1] + 1, row[j] + 1, previous + (ca == cb ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
