import CopydeskCore
import Foundation

/// A folder holding a labelled day: `labels.json` beside the day's tweets (`tweets.json`,
/// `tweets.jsonl`, a folder `tweets/`, or the file the labels name as `tweets_file`).
public struct LabelledDayFolder: Sendable {
    public let path: String
    public let labels: DayLabels

    /// The day's name: the folder's own name.
    public var name: String { (path as NSString).lastPathComponent }

    /// Finds the labelled days at `path`: the folder itself when it holds `labels.json`, else each
    /// folder directly inside it that does, in name order.
    public static func find(_ path: String) throws -> [LabelledDayFolder] {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw LabelledDayError(path: path, problem: "is not a folder (give a day's folder holding labels.json, or a folder of such days)")
        }
        if fm.fileExists(atPath: (path as NSString).appendingPathComponent("labels.json")) {
            return [try LabelledDayFolder(path)]
        }
        let names = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).sorted()
        return try names.compactMap { name in
            let day = (path as NSString).appendingPathComponent(name)
            guard fm.fileExists(atPath: (day as NSString).appendingPathComponent("labels.json")) else { return nil }
            return try LabelledDayFolder(day)
        }
    }

    public init(_ path: String) throws {
        self.path = path
        let file = (path as NSString).appendingPathComponent("labels.json")
        do {
            labels = try DayLabels(json: Data(contentsOf: URL(fileURLWithPath: file)))
        } catch let error as DecodingError {
            throw LabelledDayError(path: file, problem: "is not in the labels format (\(Self.describe(error)))")
        } catch {
            throw LabelledDayError(path: file, problem: "cannot be read (\(error.localizedDescription))")
        }
    }

    /// The tweets file or folder.
    public func tweetsPath() throws -> String {
        let fm = FileManager.default
        let candidates = labels.tweetsFile.map { [$0] } ?? ["tweets.json", "tweets.jsonl", "tweets"]
        for name in candidates {
            let candidate = (path as NSString).appendingPathComponent(name)
            if fm.fileExists(atPath: candidate) { return candidate }
        }
        throw LabelledDayError(path: path, problem: "holds no tweets (expected \(candidates.joined(separator: ", ")))")
    }

    /// The day's tweets inside its window.
    public func loadTweets() throws -> [Tweet] {
        let source = try tweetsPath()
        do {
            return try TweetLoader.load([source], window: labels.window, options: LoadOptions(digests: false)).tweets
        } catch {
            throw LabelledDayError(path: source, problem: "cannot be loaded: \(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context): return "missing \(Self.path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(Self.path(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}

/// A labelled day that cannot be used, with what to do about it.
public struct LabelledDayError: Error, CustomStringConvertible {
    public let path: String
    public let problem: String
    public var description: String { "\(path): \(problem)" }
}
