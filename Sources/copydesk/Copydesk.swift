import ArgumentParser
import CopydeskCore

/// The `copydesk` command: a thin shell over the core library. Each subcommand lives in `Commands/`.
@main
struct CopydeskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copydesk",
        abstract: "The editor's desk for the daily Chinese AI Twitter report.",
        discussion: ExitStatus.help,
        version: Copydesk.version,
        subcommands: [
            Fetch.self,
            Inspect.self,
            DraftCommand.self,
            Edit.self,
            Replay.self,
            Export.self,
            Cloud.self,
            Synth.self,
            Eval.self,
            Learn.self,
        ]
    )

    static func main() async {
        HeapTuning.apply()
        await main(nil)
    }
}
