import CopydeskCore
import CopydeskSemantic
import CopydeskStore
import CopydeskSynthetic
import Foundation

/// The sentence-encoder benchmark: loading the model, then encoding the sample day's 320 distinct
/// tweet texts (numbered copies make 2,000): time per tweet and the process's peak memory from the
/// load on.
enum SemanticBench {
    /// Prints one row; false when the model or the sample could not be read.
    @discardableResult
    static func run(sampleFolder: String = "seeds/sample-day", repeats: Int = 3) -> Bool {
        let folder = FileManager.default.fileExists(atPath: sampleFolder) ? sampleFolder : "../../" + sampleFolder
        let texts: [String]
        do {
            let day = try TweetLoader.load(["\(folder)/2026-01-24.x-api.json"], window: nil)
            var seen = Set<String>()
            let unique = day.tweets.map(\.text).filter { seen.insert($0).inserted }
            // Distinct texts (encode reads a repeated text once): copies after the first are numbered.
            texts = (0..<2_000).map { $0 < unique.count ? unique[$0] : unique[$0 % unique.count] + " \($0 / unique.count)" }
        } catch {
            print("semantic: could not read the sample day (\(error))")
            return false
        }
        PipelineBench.resetPeakMemory()
        let before = Double(PipelineBench.peakMemory()) / 1e6
        let (loadStart, loadCPUStart) = (PipelineBench.now(), PipelineBench.cpuTime())
        let encoder: MultilingualEncoder
        do {
            encoder = try MultilingualEncoder.load()
        } catch {
            print("semantic: \(error)")
            return false
        }
        let (load, loadCPU) = (PipelineBench.now() - loadStart, PipelineBench.cpuTime() - loadCPUStart)
        let loaded = Double(PipelineBench.peakMemory()) / 1e6
        // Fastest of `repeats` runs for each size: the machine is shared.
        func best(_ count: Int) -> (wall: Double, cpu: Double) {
            var best = (wall: Double.infinity, cpu: Double.infinity)
            for _ in 0..<repeats {
                let (start, cpuStart) = (PipelineBench.now(), PipelineBench.cpuTime())
                _ = encoder.encode(Array(texts.prefix(count)))
                let wall = PipelineBench.now() - start
                if wall < best.wall { best = (wall, PipelineBench.cpuTime() - cpuStart) }
            }
            return best
        }
        let first300 = best(300)
        let all = best(texts.count)
        let peak = Double(PipelineBench.peakMemory()) / 1e6
        print(String(format: "sentence encoder (%@): load %.3f s (%.2f s CPU); 300 tweets %.3f s (%.2f ms/tweet, %.2f s CPU); "
                + "load + 300 %.3f s (target < 1 s)", encoder.identity as NSString, load, loadCPU,
                     first300.wall, first300.wall * 1e3 / 300, first300.cpu, load + first300.wall))
        print(String(format: "sentence encoder: 2,000 tweets %.3f s (%.2f ms/tweet, %.2f s CPU); peak memory %.0f MB (%.0f MB before, %.0f MB once loaded)",
                     all.wall, all.wall * 1e3 / Double(texts.count), all.cpu, peak, before, loaded))
        print(String(format: "load average now: %@ (wall times on a shared machine include waiting for a core)", PipelineBench.loadAverage() as NSString))
        return load + first300.wall < 1
    }
}

/// The meaning pass's cost inside the story engine: synthetic days analysed without and with the
/// model (a fresh engine each run, so every vector is computed), and a 2,000-tweet day drafted from
/// its file with the model loaded first.
enum MeaningStageBench {
    static func run(counts: [Int] = [2_000, 100_000], repeats: Int = 3) {
        let window = ReportWindow(day: PipelineBench.date)
        let (loadStart, loadCPUStart) = (PipelineBench.now(), PipelineBench.cpuTime())
        let encoder: MultilingualEncoder
        do {
            encoder = try MultilingualEncoder.load()
        } catch {
            print("meaning pass: \(error)")
            return
        }
        let (modelLoad, modelLoadCPU) = (PipelineBench.now() - loadStart, PipelineBench.cpuTime() - loadCPUStart)
        print("meaning pass: the engine without and with the sentence model (release build; best of \(repeats) runs)")
        print(["tweets", "lexical s", "model s", "pass s", "pass CPU", "stories", "with model"].map { $0.padding(toLength: 11, withPad: " ", startingAt: 0) }.joined())
        for count in counts {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-meaning-\(count)-\(getpid()).json").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            let fileLoad: Double
            let tweets: [Tweet]
            do {
                try SyntheticDay(date: PipelineBench.date, tweetCount: count, seed: 7).xAPIResponseJSON().write(to: URL(fileURLWithPath: path))
                let start = PipelineBench.now()
                tweets = try TweetLoader.load([path], window: window).tweets
                fileLoad = PipelineBench.now() - start
            } catch {
                print("meaning pass \(count): not measured: \(error)")
                continue
            }
            func best(_ makeEngine: () -> StoryEngine) -> (wall: Double, cpu: Double, stories: Int) {
                var best = (wall: Double.infinity, cpu: Double.infinity, stories: 0)
                for _ in 0..<repeats {
                    let engine = makeEngine()
                    let (start, cpuStart) = (PipelineBench.now(), PipelineBench.cpuTime())
                    let stories = engine.analyze(tweets, window: window).stories.count
                    let wall = PipelineBench.now() - start
                    if wall < best.wall { best = (wall, PipelineBench.cpuTime() - cpuStart, stories) }
                }
                return best
            }
            let lexical = best { StoryEngine() }
            let meaning = best { StoryEngine(encoder: encoder) }
            print(String(format: "%9d  %9.3f  %9.3f  %9.3f  %9.3f  %6d→%d", count, lexical.wall, meaning.wall,
                         meaning.wall - lexical.wall, meaning.cpu - lexical.cpu, lexical.stories, meaning.stories))
            if count == 2_000 {
                print(String(format: "2,000 tweets: file %.3f s + model load %.3f s (%.2f s CPU) + engine with the model %.3f s = %.3f s (target <= 2 s)",
                             fileLoad, modelLoad, modelLoadCPU, meaning.wall, fileLoad + modelLoad + meaning.wall))
            } else {
                print(String(format: "%d tweets: the meaning pass adds %.3f s wall (target <= 1 s)", count, meaning.wall - lexical.wall))
            }
        }
        print(String(format: "load average now: %@ (wall times on a shared machine include waiting for a core)", PipelineBench.loadAverage() as NSString))
    }
}
