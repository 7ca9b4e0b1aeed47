import CopydeskCore
import CopydeskStore
import Foundation

/// `copydesk-bench engine FILE [OUT]`: the engine alone on one loaded day, for profiling.
///
/// Prints the engine's wall and CPU time, and those of loading the file and running the engine
/// (best of `COPYDESK_REPEAT` runs, default 1, each loading the file again; work on every core
/// makes CPU time exceed wall time), and writes the candidate report JSON to OUT, so
/// an optimisation can be checked for byte-identical output.
enum EngineBench {
    static func run(_ arguments: [String]) {
        guard let path = arguments.first else {
            print("usage: copydesk-bench engine FILE [OUT]")
            return
        }
        let window = ReportWindow(day: PipelineBench.date)
        let repeats = Int(ProcessInfo.processInfo.environment["COPYDESK_REPEAT"] ?? "") ?? 1
        var bestLoad = Double.infinity, bestWall = Double.infinity, bestCPU = Double.infinity
        var bestTotal = Double.infinity, bestTotalCPU = Double.infinity
        var tweets: [Tweet] = []
        var analysis: Analysis?
        for _ in 0..<max(1, repeats) {
            // Drop the previous run's result first: freeing it is not the next run's work.
            analysis = nil
            tweets = []
            let loadWall = PipelineBench.now(), loadCPU = PipelineBench.cpuTime()
            do {
                tweets = try TweetLoader.load([path], window: window, options: LoadOptions(digests: false)).tweets
            } catch {
                print("engine: load failed: \(error)")
                return
            }
            let wall = PipelineBench.now(), cpu = PipelineBench.cpuTime()
            analysis = StoryEngine().analyze(tweets, window: window)
            let end = PipelineBench.now(), endCPU = PipelineBench.cpuTime()
            bestLoad = min(bestLoad, wall - loadWall)
            bestCPU = min(bestCPU, endCPU - cpu)
            bestWall = min(bestWall, end - wall)
            bestTotal = min(bestTotal, end - loadWall)
            bestTotalCPU = min(bestTotalCPU, endCPU - loadCPU)
        }
        print(String(format: "engine %d tweets: %.3f s wall, %.3f s CPU, %d stories (load average %@)",
                     tweets.count, bestWall, bestCPU, analysis!.stories.count, PipelineBench.loadAverage() as NSString))
        print(String(format: "load and engine: %.3f s wall (load %.3f s), %.3f s CPU (best of %d)", bestTotal, bestLoad, bestTotalCPU, max(1, repeats)))
        if arguments.count > 1 {
            try? Data(CandidateReport(analysis!).json().utf8).write(to: URL(fileURLWithPath: arguments[1]))
        }
    }
}
