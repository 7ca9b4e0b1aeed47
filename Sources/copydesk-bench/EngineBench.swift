import CopydeskCore
import CopydeskStore
import Foundation

/// `copydesk-bench engine FILE [OUT]`: the engine alone on one loaded day, for profiling.
///
/// Prints the engine's CPU time (best of `COPYDESK_REPEAT` runs, default 1) and writes the
/// candidate report JSON to OUT, so an optimisation can be checked for byte-identical output.
enum EngineBench {
    static func run(_ arguments: [String]) {
        guard let path = arguments.first else {
            print("usage: copydesk-bench engine FILE [OUT]")
            return
        }
        let window = ReportWindow(day: PipelineBench.date)
        let tweets: [Tweet]
        do {
            tweets = try TweetLoader.load([path], window: window).tweets
        } catch {
            print("engine: load failed: \(error)")
            return
        }
        let repeats = Int(ProcessInfo.processInfo.environment["COPYDESK_REPEAT"] ?? "") ?? 1
        var best = Double.infinity
        var analysis: Analysis?
        for _ in 0..<max(1, repeats) {
            let start = PipelineBench.cpuTime()
            analysis = StoryEngine().analyze(tweets, window: window)
            best = min(best, PipelineBench.cpuTime() - start)
        }
        print("engine \(tweets.count) tweets: \(String(format: "%.3f", best)) s CPU, \(analysis!.stories.count) stories")
        if arguments.count > 1 {
            try? Data(CandidateReport(analysis!).json().utf8).write(to: URL(fileURLWithPath: arguments[1]))
        }
    }
}
