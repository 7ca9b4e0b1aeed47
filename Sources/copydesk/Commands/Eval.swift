import ArgumentParser
import CopydeskCore
import CopydeskStore
import Foundation

/// `copydesk eval DIR...`: the story engine against labelled days (grouping, core points, noise,
/// categories), per day and as the mean.
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the story engine against labelled days.",
        discussion: """
            Each DIR is a labelled day (a folder with labels.json and the day's tweets) or a folder of such days. \
            Prints B³ precision and recall over the labelled tweets, the core points the top 10 covers, the \
            points that are mostly noise, and the share of labelled stories put in an accepted category.
            """)

    @Argument(help: "Labelled days, or folders of labelled days.")
    var days: [String] = []

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Flag(help: "Also list each day's proposed points with the labelled story each tells.")
    var verbose = false

    func validate() throws {
        if days.isEmpty { throw ValidationError("Name at least one labelled day (a folder holding labels.json).") }
    }

    func run() async throws {
        let folders: [LabelledDayFolder]
        do {
            folders = try days.flatMap { try LabelledDayFolder.find($0) }
        } catch {
            SessionSetup.printError("copydesk: error: \(error)")
            throw ExitCode(ExitStatus.badInput)
        }
        if folders.isEmpty {
            SessionSetup.printError("copydesk: error: no labelled day (a folder holding labels.json) in \(days.joined(separator: ", ")).")
            throw ExitCode(ExitStatus.badInput)
        }
        var rows: [EvaluationReport.Row] = []
        for folder in folders {
            let tweets: [Tweet]
            do {
                tweets = try folder.loadTweets()
            } catch {
                SessionSetup.printError("copydesk: error: \(error)")
                throw ExitCode(ExitStatus.badInput)
            }
            let analysis = StoryEngine().analyze(tweets, window: folder.labels.window)
            rows.append(.init(day: folder.name, score: DayScore(analysis: analysis, labels: folder.labels)))
        }
        let report = EvaluationReport(rows: rows)
        if json {
            try Streams.write(report.json())
        } else {
            try Streams.write(report.table() + (verbose ? "\n" + report.details() : ""))
        }
    }
}
