import ArgumentParser
import CopydeskCore

/// The inputs and day window shared by `inspect`, `draft` and `edit`.
struct ReportOptions: ParsableArguments {
    @Argument(help: "Tweet exports: X API v2 JSON, twscrape JSONL, tweets.js, CSV; files or folders.")
    var inputs: [String] = []

    @OptionGroup var day: WindowOptions

    @Option(name: .customLong("archive-handle"), help: "The account a Twitter archive's tweets.js belongs to, when no account.js sits beside it.")
    var archiveHandle: String?

    func validate() throws {
        _ = try optionalWindow()
    }

    /// The offset `--tz` names, in seconds.
    func offsetSeconds() throws -> Int { try day.offsetSeconds() }

    /// The window the options name, or `nil` when neither --date nor --from/--to is given.
    func optionalWindow() throws -> ReportWindow? { try day.optionalWindow() }

    /// The report window the options name.
    func window() throws -> ReportWindow { try day.window() }
}
