import CopydeskCore
import Foundation

/// The desk's memory of earlier posts: the session logs of the days before a day, read (never
/// changed) and folded to the posts they published.
public enum SessionMemory {
    /// The published points of the `days` days before `day` whose logs (`YYYY-MM-DD.jsonl`) are
    /// in `folder`; `read` names the logs read, `warnings` the ones that could not be (they are
    /// left out, the day goes on).
    public static func load(folder: String, before day: LocalDate, days: Int) -> (memory: CoverageMemory, read: [String], warnings: [String]) {
        var posts: [(day: LocalDate, draft: Draft)] = []
        var read: [String] = []
        var warnings: [String] = []
        for back in stride(from: 1, through: max(0, days), by: 1) {
            let earlier = LocalDate(daysSinceEpoch: day.daysSinceEpoch - back)
            let path = (folder as NSString).appendingPathComponent("\(earlier).jsonl")
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard let data = FileManager.default.contents(atPath: path) else {
                warnings.append("\(path): cannot be read; the earlier day is left out of the desk's memory")
                continue
            }
            do {
                let log = try SessionLog(data: data)
                posts.append((earlier, try log.state().draft))
                read.append(path)
            } catch {
                warnings.append("\(path): \(error); the earlier day is left out of the desk's memory")
            }
        }
        return (CoverageMemory(posts: posts), read, warnings)
    }
}
