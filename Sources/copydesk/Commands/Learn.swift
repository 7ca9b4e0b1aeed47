import ArgumentParser
import CopydeskCore
import CopydeskStore
import Foundation

/// `copydesk learn [SESSIONS_DIR]`: fits the ranking and category models to the editor's decisions
/// in the session logs (and any labelled days), and writes them beside the logs as `taste.tsv`.
struct Learn: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Learn the editor's taste from the session logs (and labelled days).",
        discussion: """
            Reads every session log (YYYY-MM-DD.jsonl) in SESSIONS_DIR with its input files, and takes what the editor \
            did with each proposal as labels: the points the post published were chosen, the other stories shown \
            passed over, the categories of kept stories confirmed (reclassifications included). Fits the ranking and \
            category models to them, starting from and pulled toward the built-in models, and writes \
            SESSIONS_DIR/taste.tsv (feature names and weights, no tweet text), which `edit` and `draft` then use \
            (--no-taste to compare). --forget DAY takes a day's log out, now and in every later learn; deleting \
            taste.tsv resets the desk. A log replays to the same post whatever the taste: it records the proposal.
            """)

    @Argument(help: "The folder of session logs.")
    var sessions = "sessions"

    @Option(name: .customLong("days"), parsing: .upToNextOption, help: "Labelled days (folders holding labels.json) to learn from too.")
    var labelledDays: [String] = []

    @Option(help: "Leave this day's session log out (YYYY-MM-DD), now and in every later learn.")
    var forget: String?

    @OptionGroup var meaning: MeaningOptions

    func validate() throws {
        if let forget, LocalDate(forget) == nil { throw ValidationError("--forget \(forget): expected a day as YYYY-MM-DD.") }
    }

    func run() async throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: sessions, isDirectory: &isFolder), isFolder.boolValue else {
            SessionSetup.printError("copydesk: error: \(sessions): no such folder of session logs.")
            throw ExitCode(ExitStatus.noInput)
        }
        var taste: Taste
        do {
            taste = try TasteStore.load(folder: sessions) ?? Taste()
        } catch {
            SessionSetup.printError("copydesk: error: \(error) (delete the file to start afresh)")
            throw ExitCode(ExitStatus.badInput)
        }
        if let forget, !taste.forgotten.contains(forget) { taste.forgotten = (taste.forgotten + [forget]).sorted() }

        var days: [TasteLearner.Day] = []
        for (day, path) in TasteStore.logs(in: sessions) where !taste.forgotten.contains(day.description) {
            do {
                let replay = try SessionReplay.open(path)
                guard !replay.tweets.isEmpty else {
                    SessionSetup.printError("copydesk: warning: \(path): its input files are gone; left out")
                    continue
                }
                days.append(TasteLearner.Day(day: day.description, tweets: replay.tweets, session: replay.draft))
            } catch {
                SessionSetup.printError("copydesk: warning: \(error); left out")
            }
        }
        let sessionDays = days.map(\.day)
        var labelledNames: [String] = []
        do {
            for folder in try labelledDays.flatMap({ try LabelledDayFolder.find($0) }) {
                days.append(TasteLearner.Day(day: folder.name, tweets: try folder.loadTweets(), labels: folder.labels))
                labelledNames.append(folder.name)
            }
        } catch {
            SessionSetup.printError("copydesk: error: \(error)")
            throw ExitCode(ExitStatus.badInput)
        }
        // The day's stories as `edit` finds them: with the sentence model when it is installed.
        let learned = TasteLearner(rankingPrior: .default, categoryPrior: .default, encoder: days.isEmpty ? nil : meaning.encoder()).learn(days)
        taste.ranking = learned.ranking
        taste.category = learned.category
        taste.sessions = sessionDays
        taste.labelled = labelledNames
        taste.words = learned.words
        do {
            try TasteStore.write(taste, folder: sessions)
        } catch {
            SessionSetup.printError("copydesk: error: \(error)")
            throw ExitCode(ExitStatus.code(for: error))
        }
        let path = TasteStore.path(in: sessions)
        if days.isEmpty {
            try Streams.line("no session or labelled day to learn from; \(path) holds no model, so the desk proposes with the built-in ones")
        } else {
            try Streams.line("learned from \(sessionDays.count) session\(sessionDays.count == 1 ? "" : "s")"
                + (labelledNames.isEmpty ? "" : " and \(labelledNames.count) labelled day\(labelledNames.count == 1 ? "" : "s")")
                + ": \(learned.chosen) stories chosen, \(learned.passedOver) passed over, \(learned.categories) categories kept; wrote \(path)")
        }
        if !taste.forgotten.isEmpty { try Streams.line("forgotten: \(taste.forgotten.joined(separator: " "))") }
    }
}
