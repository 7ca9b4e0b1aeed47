import CopydeskCore

/// The commands only the interactive shell has, with their help.
enum ShellCommands {
    struct Entry {
        var name, usage, summary, example: String
    }

    static let entries: [Entry] = [
        Entry(name: "why", usage: "why N | why R", summary: "Show the parts of point N's score and how it was classified; for reserve item R, also why it is not a point.", example: "why R6"),
        Entry(name: "preview", usage: "preview", summary: "Render the post (through $PAGER when longer than the screen).", example: "preview"),
        Entry(name: "diff", usage: "diff", summary: "Show what changed against the automatic draft.", example: "diff"),
        Entry(name: "ai", usage: "ai overview|points|section NAME|edit N|accept|revise|discard",
              summary: "Draft with the LLM (streamed; Ctrl-C cancels); accept (or revise in $EDITOR) puts it in the draft.",
              example: "ai overview"),
        Entry(name: "quit", usage: "quit", summary: "Leave (asks first when the post has unsaved changes); Ctrl-D too.", example: "quit"),
    ]

    static var names: [String] { entries.map(\.name) }

    static func help(_ name: String) -> String? {
        if name == "edit" {
            return "edit N [TEXT]\n  Replace point N's headline. Without TEXT the shell puts the current headline on the "
                + "line to change in place.\n  e.g. edit 1"
        }
        guard let entry = entries.first(where: { $0.name == name }) else { return nil }
        return "\(entry.usage)\n  \(entry.summary)\n  e.g. \(entry.example)"
    }

    /// The lines `help` adds for the shell's own commands.
    static var summary: String { CommandHelp.table(entries.map { ($0.usage, $0.summary) }) }
}
