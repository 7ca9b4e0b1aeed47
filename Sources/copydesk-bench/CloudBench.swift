import CopydeskCloud
import CopydeskCore
import Foundation

/// The word-cloud benchmark: 200 words at 1600×800, layout through JPEG encoding.
///
/// Reads `bench/words-200.tsv` (the input `bench/wordcloud-vs-python.sh` also gives Python
/// wordcloud) and reports the median of several runs; the font is looked up once beforehand,
/// as a long-running desk would.
enum CloudBench {
    static let runs = 5

    /// Measures and prints one line; returns the median seconds (nil when it could not run).
    @discardableResult
    static func run(wordsFile: String = "bench/words-200.tsv") -> Double? {
        let path = locate(wordsFile)
        do {
            let counts = try FrequencyTable.parse(try String(contentsOfFile: path, encoding: .utf8), file: path)
            var options = CloudOptions()
            options.font = try FontLocator.defaultChineseFace()
            var times: [Double] = [], cpuTimes: [Double] = []
            var placed = 0, bytes = 0
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds, startCPU = threadCPUSeconds()
                let cloud = try WordCloud(counts, options: options)
                let jpeg = try cloud.rendered().encoded(as: .jpeg, quality: options.jpegQuality)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                cpuTimes.append(threadCPUSeconds() - startCPU)
                placed = cloud.words.count
                bytes = jpeg.count
            }
            let median = times.sorted()[times.count / 2], cpu = cpuTimes.sorted()[cpuTimes.count / 2]
            print(String(
                format: "%-34@ %9.1f ms  (cpu %.1f ms; median of %d; %d of %d words placed, %d KB JPEG)",
                "word cloud 200 words 1600x800" as NSString, median * 1000, cpu * 1000, runs, placed, counts.count, bytes / 1024))
            return median
        } catch {
            print("word cloud: not measured: \(error)")
            return nil
        }
    }

    /// This thread's CPU time: unlike wall time, not inflated when other processes share the cores.
    private static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// The file relative to the working directory, else to the repository this source sits in.
    private static func locate(_ file: String) -> String {
        if FileManager.default.fileExists(atPath: file) { return file }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(file).path
    }
}
