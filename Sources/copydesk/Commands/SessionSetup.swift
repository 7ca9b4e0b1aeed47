import ArgumentParser
import CopydeskCore
import CopydeskStore
import Foundation

/// What `edit`, `replay` and `export` share: loading the day, proposing the draft, opening the log,
/// rendering, and turning errors into messages.
enum SessionSetup {
    /// Loads the inputs and opens (or resumes) the day's session.
    static func openSession(
        inputs: [String], window: ReportWindow, sessions: String, out: String, force: Bool, archiveHandle: String?
    ) throws -> SessionController {
        let loaded: LoadResult
        do {
            loaded = try TweetLoader.load(inputs, window: window, options: LoadOptions(archiveHandle: archiveHandle))
        } catch {
            printError("copydesk: \(error)")
            throw ExitCode(65)
        }
        let recorded = loaded.inputs.map { SessionHeader.Input(path: $0.path, sha256: $0.sha256, size: $0.size) }
        let logPath = (sessions as NSString).appendingPathComponent("\(window.start).jsonl")
        do {
            return try SessionController(
                logPath: logPath, outputFolder: out, tweets: loaded.tweets, inputs: recorded, window: window,
                force: force, renderer: render
            ) {
                let (analysis, fingerprint) = propose(loaded.tweets, window: window)
                let metadata = Draft.Metadata(startingAt: Date(), window: window)
                return SessionHeader(
                    inputs: recorded, fingerprint: fingerprint, startedAt: metadata.date,
                    proposal: Draft(analysis: analysis, window: window, metadata: metadata))
            }
        } catch {
            printError("copydesk: error: \(error)")
            throw ExitCode(65)
        }
    }

    /// Reads a log back for replay or export.
    static func replay(_ log: String, until: Int? = nil, force: Bool) throws -> SessionReplay {
        do {
            let replay = try SessionReplay.open(log, until: until, force: force)
            for warning in replay.warnings { printError("copydesk: warning: \(warning)") }
            return replay
        } catch {
            printError("copydesk: error: \(error)")
            throw ExitCode(65)
        }
    }

    /// The post's text.
    @Sendable static func render(_ draft: Draft, tweets: [String: Tweet]) throws -> String {
        try SessionPost.render(draft, tweets: tweets)
    }

    /// The engine's proposal and the fingerprint of its settings.
    static func propose(_ tweets: [Tweet], window: ReportWindow) -> (Analysis, String) {
        InterimProposer.propose(tweets)
    }

    static func printOutput(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// A stand-in for the story engine until it lands: each original tweet is a story, ranked by engagement.
enum InterimProposer {
    static func propose(_ tweets: [Tweet]) -> (Analysis, String) {
        let originals = tweets.filter { $0.kind != .retweet }
        func score(_ t: Tweet) -> Double {
            log(Double(t.metrics.likes + 1)) + 2 * log(Double(t.metrics.retweets + t.metrics.quotes + 1))
        }
        let ranked = originals.sorted { (score($0), $1.id) > (score($1), $0.id) }
        let stories = ranked.map { t in
            Story(id: StoryID("t\(t.id)"), tweetIDs: [t.id],
                  headline: String(t.text.split(whereSeparator: \.isNewline).first ?? "").trimmingCharacters(in: .whitespaces),
                  category: t.cashtags.isEmpty ? .aiTech : .stocks, score: score(t), urls: t.urls, authors: [t.author.handle])
        }
        let ids = stories.map(\.id)
        return (Analysis(stories: stories, points: Array(ids.prefix(10)), reserve: Array(ids.dropFirst(10).prefix(20)),
                         keyphrases: []), SHA256.hex(Array("interim-proposer-1".utf8)))
    }
}
