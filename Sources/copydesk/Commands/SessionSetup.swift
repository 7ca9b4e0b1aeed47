import ArgumentParser
import CopydeskCloud
import CopydeskCore
import CopydeskStore
import Foundation

/// What `edit`, `replay` and `export` share: loading the day, proposing the draft, opening the log,
/// rendering, and turning errors into messages.
enum SessionSetup {
    /// Loads the inputs and opens (or resumes) the day's session.
    static func openSession(
        inputs: [String], window: ReportWindow, sessions: String, out: String, force: Bool, archiveHandle: String?,
        renderer: PostRenderer, meaning: MeaningOptions = MeaningOptions(), memory: MemoryOptions = MemoryOptions(),
        taste: TasteOptions = TasteOptions(), lexicon: Lexicon = .default
    ) throws -> SessionController {
        let loaded: LoadResult
        do {
            loaded = try TweetLoader.load(inputs, window: window, options: LoadOptions(archiveHandle: archiveHandle))
        } catch {
            // A load error names its file and line itself (`day.json:3: error: …`).
            printError("\(error)")
            throw ExitCode(ExitStatus.badInput)
        }
        printLoadWarnings(loaded.report, inputs: inputs)
        let recorded = loaded.inputs.map { SessionHeader.Input(path: $0.path, sha256: $0.sha256, size: $0.size) }
        let logPath = (sessions as NSString).appendingPathComponent("\(window.start).jsonl")
        do {
            return try SessionController(
                logPath: logPath, outputFolder: out, tweets: loaded.tweets, inputs: recorded, window: window,
                force: force, renderer: { try renderer.render($0, tweets: $1) }, cloudRenderer: { try writeCloud($0, tweets: $1, folder: $2) }
            ) {
                // The model, the taste, the lexicon and earlier posts are read only for a new session: a
                // resumed one has its proposal in the log.
                let engine = taste.engine(sessions: sessions, lexicon: lexicon, encoder: meaning.encoder())
                let (analysis, fingerprint) = propose(loaded.tweets, window: window, memory: memory.memory(sessions: sessions, window: window), engine: engine)
                let metadata = Draft.Metadata(startingAt: Date(), window: window)
                return SessionHeader(
                    inputs: recorded, fingerprint: fingerprint, archiveHandle: archiveHandle, startedAt: metadata.date,
                    proposal: Draft(analysis: analysis, window: window, metadata: metadata))
            }
        } catch {
            printError("copydesk: error: \(error)")
            throw ExitCode(ExitStatus.code(for: error))
        }
    }

    /// Writes an output file atomically; a failure is one message and exit status 73 (or 74).
    static func write(_ data: Data, to path: String) throws(ExitCode) {
        do {
            try AtomicFile.write(data, to: path)
        } catch {
            printError("copydesk: error: \(error)")
            throw ExitCode(ExitStatus.code(for: error))
        }
    }

    /// The loader's warnings (records skipped, UTF-8 repaired, texts too long), on standard error
    /// where the editor sees them before editing, not only in `inspect`: the first `limit` of them,
    /// then how many more and where they all are.
    static func printLoadWarnings(_ report: LoadReport, inputs: [String], limit: Int = 10) {
        for warning in report.warnings.prefix(limit) { printError("copydesk: \(warning)") }
        if report.warnings.count > limit {
            printError("copydesk: … and \(report.warnings.count - limit) more warnings; "
                + "`copydesk inspect \(inputs.joined(separator: " "))` lists them all")
        }
        if report.skippedTotal > 0 {
            let reasons = report.skipped.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            printError("copydesk: warning: \(report.skippedTotal) record\(report.skippedTotal == 1 ? "" : "s") skipped (\(reasons)); "
                + "the post is made from the other \(report.kept) tweets")
        }
    }

    /// Writes the post's word cloud under `folder` where the built page's link finds it.
    @Sendable static func writeCloud(_ draft: Draft, tweets: [Tweet], folder: String, options: CloudOptions = CloudOptions()) throws -> String {
        let path = (folder as NSString).appendingPathComponent(PostFiles.cloudImageSitePath(for: draft))
        let cloud = try WordCloud(draft: draft, tweets: tweets, options: options)
        try AtomicFile.write(try cloud.rendered().encoded(as: .jpeg, quality: options.jpegQuality), to: path)
        return path
    }

    /// Reads a log back for replay or export.
    static func replay(_ log: String, until: Int? = nil, force: Bool) throws -> SessionReplay {
        do {
            let replay = try SessionReplay.open(log, until: until, force: force)
            for warning in replay.warnings { printError("copydesk: warning: \(warning)") }
            return replay
        } catch {
            printError("copydesk: error: \(error)")
            throw ExitCode(ExitStatus.code(for: error))
        }
    }

    /// The renderer the post options name, for posts as published (no automatic-part markers).
    static func renderer(_ options: PostOptions) throws -> PostRenderer {
        do {
            return try options.renderer(markAutomatic: false)
        } catch let error as PostError {
            printError("copydesk: error: \(error)")
            throw ExitCode(ExitStatus.badInput)
        }
    }

    /// Renders the post, turning a template error into a message.
    static func render(_ draft: Draft, tweets: [String: Tweet], with renderer: PostRenderer) throws -> String {
        do {
            return try renderer.render(draft, tweets: tweets)
        } catch {
            printError("copydesk: error: \(error)")
            throw ExitCode(ExitStatus.badInput)
        }
    }

    /// The engine's proposal and the fingerprint of its lexicon, settings and models.
    static func propose(_ tweets: [Tweet], window: ReportWindow, memory: CoverageMemory = CoverageMemory(), engine: StoryEngine) -> (Analysis, String) {
        return (engine.analyze(tweets, window: window, memory: memory), engine.fingerprint)
    }

    static func printError(_ text: String) {
        Streams.error(text)
    }
}
