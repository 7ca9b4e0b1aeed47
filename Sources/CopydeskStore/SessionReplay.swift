import CopydeskCore
import Foundation

/// A session log read back for `replay` and `export`: its inputs checked, its events folded.
public struct SessionReplay: Sendable {
    public var log: SessionLog
    /// The draft after the replayed records.
    public var draft: Draft
    /// The day's tweets, loaded from the log's inputs.
    public var tweets: [Tweet]
    /// Things to tell the user (a torn last line, inputs changed under --force).
    public var warnings: [String]

    /// Reads the log at `path`, checks every input's SHA-256 (refusing a difference unless `force`),
    /// loads the tweets and folds the first `until` records (all when nil).
    ///
    /// An input path is looked up as recorded (relative to the current folder), then relative to the
    /// folder above the log's folder (a log in `sessions/` beside `seeds/`).
    public static func open(_ path: String, until: Int? = nil, force: Bool = false) throws -> SessionReplay {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SessionStoreError.file(FileError.reading(path))
        }
        let log: SessionLog
        do { log = try SessionLog(data: data) } catch { throw SessionStoreError.log(path: path, error) }
        var warnings: [String] = []
        if let torn = log.tornLine {
            warnings.append("\(path):\(torn): the last line was cut off (a session killed while writing it); ignored it")
        }
        if let until, until > log.records.count || until < 0 {
            throw SessionStoreError.untilBeyondLog(log: path, until: until, records: log.records.count)
        }

        let base = PathText.parent(PathText.parent(path))
        var found: [String] = []
        var current: [SessionHeader.Input] = []
        for input in log.header.inputs {
            let candidates = [input.path] + ((input.path as NSString).isAbsolutePath ? [] : [(base as NSString).appendingPathComponent(input.path)])
            guard let file = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }),
                  let bytes = FileManager.default.contents(atPath: file) else { continue }
            found.append(file)
            current.append(.init(path: input.path, sha256: SHA256.hex(bytes), size: bytes.count))
        }
        let problems = SessionInputs.differences(recorded: log.header.inputs, current: current)
        if !problems.isEmpty {
            guard force else { throw SessionStoreError.inputsChanged(log: path, problems) }
            warnings.append("inputs differ from the session's (going on because of --force):\n  " + problems.joined(separator: "\n  "))
        }
        let window = log.header.proposal.window
        let tweets = found.isEmpty ? [] : try TweetLoader.load(found, window: window, options: LoadOptions(archiveHandle: log.header.archiveHandle)).tweets
        let state: SessionState
        do { state = try log.state(until: until) } catch { throw SessionStoreError.log(path: path, error) }
        return SessionReplay(log: log, draft: state.draft, tweets: tweets, warnings: warnings)
    }

    /// The tweets by id, as renderers take them.
    public var tweetsByID: [String: Tweet] {
        Dictionary(tweets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
