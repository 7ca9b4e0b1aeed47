import ArgumentParser
import CopydeskCore
import CopydeskSynthetic
import CopydeskStore
import Foundation

/// `copydesk synth`: Write a synthetic day of tweets, for benchmarks.
struct Synth: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic day of tweets, for benchmarks.",
        discussion: """
            The same date, count and seed always write the same bytes. With --labels, also writes \
            which story each tweet belongs to (or "noise").
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case xAPI = "x-api"
        case twscrape
    }

    @Option(help: "The local day, YYYY-MM-DD.")
    var date: String = "2026-01-24"

    @Option(help: "The day's UTC offset.")
    var tz: String = "+08:00"

    @Option(help: "How many tweets to write.")
    var tweets: Int = 10_000

    @Option(help: "The random seed.")
    var seed: UInt64 = 1

    @Option(help: "x-api (an array of X API v2 responses) or twscrape (JSONL).")
    var format: Format = .xAPI

    @Option(help: "The file to write.")
    var out: String

    @Flag(help: "A lopsided day: one story (a big launch) holds about 7% of the tweets.")
    var skew = false

    @Option(help: "Also write the story labels (JSON) to this file.")
    var labels: String?

    func validate() throws {
        guard LocalDate(date) != nil else { throw ValidationError("--date \(date): expected a calendar date as YYYY-MM-DD.") }
        guard ReportWindow.parseOffset(tz) != nil else {
            throw ValidationError("--tz \(tz): expected an offset such as +08:00, -05:00 or Z.")
        }
        guard (0...4_000_000).contains(tweets) else {
            throw ValidationError("--tweets \(tweets): expected a count from 0 to 4000000.")
        }
    }

    func run() async throws {
        let day = SyntheticDay(
            date: LocalDate(date)!, tweetCount: tweets, seed: seed,
            utcOffsetSeconds: ReportWindow.parseOffset(tz)!, skewed: skew)
        let data = format == .xAPI ? day.xAPIResponseJSON() : day.twscrapeJSONL()
        try SessionSetup.write(data, to: out)
        if let labels { try SessionSetup.write(day.labelsJSON(), to: labels) }
        let noise = day.labels.values.filter { $0 == SyntheticDay.noiseLabel }.count
        try Streams.line("wrote \(day.tweets.count) tweets (\(day.stories.count) stories, \(noise) noise) to \(out)")
    }
}
