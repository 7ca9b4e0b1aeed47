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
                try Data(enlarge(sample, json: format == "json").utf8).write(to: URL(fileURLWithPath: path))
                let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                let start = DispatchTime.now().uptimeNanoseconds
                let result = try TweetLoader.load([path], window: nil)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                let label = format == "json" ? "load x-api-v2 json " : "load twscrape jsonl"
                print(label + String(format: " %7d tweets  %6.1f MB  %6.2f s  %6.1f MB/s  %7.0f tweets/s",
                                     result.report.kept, Double(size) / 1e6, seconds,
                                     Double(size) / 1e6 / seconds, Double(result.report.kept) / seconds))
            }
            return true
        } catch {
            print("load: could not run (\(error))")
            return false
        }
    }

    /// `copies` copies of the sample with distinct ids: JSON Lines appended, X API responses in one array.
    private static func enlarge(_ sample: String, json: Bool) -> String {
        var parts: [String] = []
        for copy in 0..<copies {
            let tag = String(format: "9%02d", copy % 100) + String(repeating: "9", count: copy / 100)
            var text = sample.replacingOccurrences(of: "\"201", with: "\"\(tag)")
                .replacingOccurrences(of: ": 201", with: ": \(tag)")
                .replacingOccurrences(of: "/status/201", with: "/status/\(tag)")
            text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if json, text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
            parts.append(text)
        }
        return json ? "[" + parts.joined(separator: ",\n") + "]" : parts.joined(separator: "\n") + "\n"
    }
}
