import ArgumentParser
import CopydeskCore
import CopydeskStore
import Foundation

/// `copydesk inspect FILE...`: what was read from the inputs.
struct Inspect: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what copydesk reads from tweet exports.",
        discussion: "Without --date (or --from/--to) every tweet is kept; --tz sets the offset times are shown in.")

    @OptionGroup var report: ReportOptions

    @Flag(help: "Print the load report as JSON.")
    var json = false

    func run() async throws {
        let window = try report.optionalWindow()
        let result: LoadResult
        do {
            result = try TweetLoader.load(report.inputs, window: window, options: LoadOptions(archiveHandle: report.archiveHandle))
        } catch {
            Streams.error("copydesk: \(error)")
            throw ExitCode(65)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            let data = try encoder.encode(result.report)
            try Streams.line(String(decoding: data, as: UTF8.self))
        } else {
            try Streams.write(InspectSummary(report: result.report, offsetSeconds: try report.offsetSeconds()).text)
        }
    }
}
