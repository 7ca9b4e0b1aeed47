import CopydeskCore
import CopydeskStore
import Foundation

/// `copydesk-bench engine FILE [OUT]`: the engine alone on one loaded day, for profiling.
///
/// Prints the engine's wall and CPU time (best of `COPYDESK_REPEAT` runs, default 1; the engine
/// uses every core, so CPU time exceeds wall time) and writes the candidate report JSON to OUT, so
/// an optimisation can be checked for byte-identical output.
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
        var bestWall = Double.infinity, bestCPU = Double.infinity
        var analysis: Analysis?
        for _ in 0..<max(1, repeats) {
            // Drop the previous run's result first: freeing it is not the next run's work.
            analysis = nil
            let wall = PipelineBench.now(), cpu = PipelineBench.cpuTime()
            analysis = StoryEngine().analyze(tweets, window: window)
            bestCPU = min(bestCPU, PipelineBench.cpuTime() - cpu)
            bestWall = min(bestWall, PipelineBench.now() - wall)
        }
        print(String(format: "engine %d tweets: %.3f s wall, %.3f s CPU, %d stories (load average %@)",
                     tweets.count, bestWall, bestCPU, analysis!.stories.count, PipelineBench.loadAverage() as NSString))
        if arguments.count > 1 {
            try? Data(CandidateReport(analysis!).json().utf8).write(to: URL(fileURLWithPath: arguments[1]))
        }
    }
}
