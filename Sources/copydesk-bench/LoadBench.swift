import CopydeskCore
import CopydeskStore
import Foundation

/// The loading benchmark: the sample day copied until it is a large day, loaded from a file.
///
/// Each copy gets fresh tweet ids (the leading `201` of every id becomes `9kk`), so nothing is a
/// duplicate; the time covers reading, SHA-256, UTF-8 checks, parsing, merging and sorting.
enum LoadBench {
    static let copies = 282  // ~100k tweets

    @discardableResult
    static func run(sampleFolder: String = "seeds/sample-day") -> Bool {
        let folder = FileManager.default.fileExists(atPath: sampleFolder) ? sampleFolder : "../../" + sampleFolder
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-loadbench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            for (name, format) in [("2026-01-24.twscrape.jsonl", "jsonl"), ("2026-01-24.x-api.json", "json")] {
                let sample = try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)
                let path = temporary.appendingPathComponent("big.\(format)").path
                try Data(enlarge(sample, json: format == "json")).write(to: URL(fileURLWithPath: path))
                let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                let start = DispatchTime.now().uptimeNanoseconds
                let cpuStart = cpuSeconds()
                let result = try TweetLoader.load([path], window: nil)
                let cpu = cpuSeconds() - cpuStart
                let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                let label = format == "json" ? "load x-api-v2 json " : "load twscrape jsonl"
                print(label + String(format: " %7d tweets  %6.1f MB  %5.2f s wall (%5.2f s CPU)  %5.1f MB/s  %6.0f tweets/s",
                                     result.report.kept, Double(size) / 1e6, wall, cpu,
                                     Double(size) / 1e6 / wall, Double(result.report.kept) / wall))
            }
            return true
        } catch {
            print("load: could not run (\(error))")
            return false
        }
    }

    /// Loads each of `paths` `repeats` times and prints wall and CPU time, throughput and peak memory.
    ///
    /// CPU counts every thread of the process (loading uses both cores); peak memory is the process's
    /// high-water mark so far, so the first load of the biggest file is the one it describes.
    static func loadFiles(_ paths: [String], repeats: Int = 1) {
        for path in paths {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            for _ in 0..<max(1, repeats) {
                let start = DispatchTime.now().uptimeNanoseconds
                let cpuStart = cpuSeconds()
                do {
                    let result = try TweetLoader.load([path], window: nil)
                    let cpu = cpuSeconds() - cpuStart
                    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    print(String(format: "load %@: %d tweets, %d warnings, %.3f s wall, %.3f s CPU, %.0f MB/s (wall), peak %.0f MB (%.1f× the file)",
                                 path, result.report.kept, result.report.warnings.count, wall, cpu, Double(size) / 1e6 / wall,
                                 peakMegabytes(), peakMegabytes() * 1e6 / Double(max(size, 1))))
                } catch {
                    print("load \(path): \(error)")
                }
            }
        }
    }

    /// `copies` copies of the sample with distinct ids: JSON Lines appended, X API responses in one array.
    private static func enlarge(_ sample: String, json: Bool) -> [UInt8] {
        var body = Array(sample.utf8)
        while let last = body.last, last == 0x0A || last == 0x20 { body.removeLast() }
        if json, body.first == UInt8(ascii: "["), body.last == UInt8(ascii: "]") { body = Array(body.dropFirst().dropLast()) }
        var out: [UInt8] = json ? [UInt8(ascii: "[")] : []
        for copy in 0..<copies {
            let tag = Array((String(format: "9%02d", copy % 100) + String(repeating: "9", count: copy / 100)).utf8)
            if copy > 0 { out += json ? Array(",\n".utf8) : [0x0A] }
            // Ids start `201`, after a quote (strings), a space (numbers) or a slash (links).
            var i = 0
            while i < body.count {
                if i + 3 < body.count, body[i + 1] == UInt8(ascii: "2"), body[i + 2] == UInt8(ascii: "0"), body[i + 3] == UInt8(ascii: "1"),
                   body[i] == UInt8(ascii: "\"") || body[i] == UInt8(ascii: " ") || body[i] == UInt8(ascii: "/") {
                    out.append(body[i])
                    out += tag
                    i += 4
                    continue
                }
                out.append(body[i])
                i += 1
            }
        }
        out += json ? Array("]".utf8) : [0x0A]
        return out
    }

    /// CPU seconds all threads of the process have used (the machine may be shared, so wall time alone misleads).
    private static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// The process's peak resident memory so far, in MB.
    private static func peakMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1e3  // kilobytes on Linux
    }
}
