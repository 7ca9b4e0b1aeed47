import CopydeskCore
import Foundation

/// A live editing session: the pure `Desk` plus its log on disk and the output folder.
///
/// Front ends (the shell, script mode) hand it lines of text and show the `Reply`. A command that
/// changes the draft is appended to the log and fsynced before it is applied and acknowledged.
public final class SessionController {
    public private(set) var desk: Desk
    public let logPath: String
    public let outputFolder: String
    /// Things the editor should hear about on opening (a torn line dropped, inputs changed under --force).
    public private(set) var warnings: [String]
    /// Whether the log existed and was resumed.
    public let resumed: Bool
    /// The number of records in the log.
    public private(set) var seq: Int
    private let log: SessionLogFile
    private let renderer: PostRendering
    /// The draft as last saved (a new session's proposal counts as saved: there is nothing to lose).
    private var savedDraft: Draft?
    private let cloudRenderer: CloudRendering?
    /// The front matter's date the session started with (the engine's proposal).
    private let proposedDate: String
    /// The files the last `save` wrote (a later save under another day removes them).
    private var lastSaved: [String] = []

    /// Renders a draft into the post's text.
    public typealias PostRendering = @Sendable (Draft, [String: Tweet]) throws -> String
    /// Writes the word-cloud image for a draft into an output folder and returns its path.
    public typealias CloudRendering = @Sendable (Draft, [Tweet], _ folder: String) throws -> String

    /// Opens the day's log, resuming it when it exists, or starts one from `propose()`.
    ///
    /// - Parameters:
    ///   - inputs: the input files as read now; a resumed log must have been started from the same bytes.
    ///   - propose: the header for a new session (called only when there is no log yet).
    ///   - force: resume even when the inputs changed (with a warning).
    public init(
        logPath: String, outputFolder: String, tweets: [Tweet], inputs: [SessionHeader.Input], window: ReportWindow,
        force: Bool = false, renderer: @escaping PostRendering = SessionPost.render,
        cloudRenderer: CloudRendering? = nil, propose: () throws -> SessionHeader
    ) throws {
        self.logPath = logPath
        self.outputFolder = outputFolder
        self.renderer = renderer
        self.cloudRenderer = cloudRenderer
        var warnings: [String] = []
        if FileManager.default.fileExists(atPath: logPath) {
            let (file, log) = try SessionLogFile.open(at: logPath)
            let expected = SessionHeader.Window(window)
            guard log.header.window == expected else {
                throw SessionStoreError.windowMismatch(
                    log: logPath, expected: Self.describe(expected), found: Self.describe(log.header.window))
            }
            let problems = SessionInputs.differences(recorded: log.header.inputs, current: inputs)
            if !problems.isEmpty {
                guard force else { throw SessionStoreError.inputsChanged(log: logPath, problems) }
                warnings.append("inputs changed since the session started (going on because of --force):\n  "
                    + problems.joined(separator: "\n  "))
            }
            proposedDate = log.header.proposal.metadata.date
            var desk = Desk(draft: log.header.proposal, tweets: tweets)
            for record in log.records {
                do { try desk.apply(record.events) } catch {
                    throw SessionStoreError.log(path: logPath, .badEvent(line: record.seq + 1, error))
                }
            }
            // Only now, with the session certain to go on, is the file changed (a copy kept first).
            if let torn = log.tornLine, let backup = try file.dropTornLine(log) {
                warnings.append("\(logPath):\(torn): the last line was cut off (the session was killed while writing it); "
                    + "dropped it, keeping the log as it was in \(backup)")
            }
            self.desk = desk
            self.log = file
            self.seq = log.records.count
            self.resumed = true
            self.savedDraft = nil
        } else {
            let header = try propose()
            proposedDate = header.proposal.metadata.date
            self.log = try SessionLogFile.create(at: logPath, header: header)
            self.desk = Desk(draft: header.proposal, tweets: tweets)
            self.seq = 0
            self.resumed = false
            self.savedDraft = desk.draft
        }
        self.warnings = warnings
        // `save` is not a logged change: the post on disk says whether the resumed draft was saved.
        if resumed && postOnDiskMatchesDraft() { savedDraft = desk.draft }
    }

    /// What running a line came to.
    public struct Reply: Sendable, Hashable {
        /// Text to show (output, a confirmation, or an error message).
        public var text: String
        public var isError: Bool
        /// Whether the draft changed (the shell redraws its prompt).
        public var draftChanged: Bool
        /// The log record written for this line, if any.
        public var seq: Int?
        /// Set when the command needs a text first: ask for it (in `$EDITOR`, starting from
        /// `current`) and run the same line again with it.
        public var textRequest: TextRequest?

        public init(text: String, isError: Bool, draftChanged: Bool, seq: Int? = nil, textRequest: TextRequest? = nil) {
            self.text = text
            self.isError = isError
            self.draftChanged = draftChanged
            self.seq = seq
            self.textRequest = textRequest
        }

        public struct TextRequest: Sendable, Hashable {
            public var section: Section
            public var current: String
            public init(section: Section, current: String) {
                self.section = section
                self.current = current
            }
        }
    }

    /// Runs one line. `text` answers a `textRequest` (`rewrite SECTION`).
    public func run(_ line: String, text: String? = nil, now: Date = Date()) -> Reply {
        let decision: Desk.Decision?
        do {
            decision = try desk.decide(line: line, text: text)
        } catch {
            return Reply(text: error.description, isError: true, draftChanged: false)
        }
        switch decision {
        case nil:
            return Reply(text: "", isError: false, draftChanged: false)
        case .output(let text):
            // `check` also looks at the site the post goes into (its time zone), outside the core.
            if case .check? = try? Command.parse(line), let site = siteWarning() {
                let pure = text == PostCheck.nothingToLookAt ? [] : [text]
                return Reply(text: (pure + ["warning: \(site)"]).joined(separator: "\n"), isError: false, draftChanged: false)
            }
            return Reply(text: text, isError: false, draftChanged: false)
        case .needsText(let section, let current):
            // An automatic section starts from its draft, so the editor rewrites rather than retypes.
            let render: (Draft) throws -> String = { [renderer, desk] in try renderer($0, desk.tweets) }
            let text = current.isEmpty ? AutomaticSectionText.text(of: section, in: desk.draft, render: render) ?? "" : current
            // Below it, the section's other stories, commented out: keeping one is deleting its marks.
            let others = SectionCandidates.commented(section, in: desk.draft, shown: text, render: render)
            let start = [text, others].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
            return Reply(text: "", isError: false, draftChanged: false,
                         textRequest: .init(section: section, current: start))
        case .save:
            // A session started away from its report's days (or by a copydesk that dated posts by
            // the start) and never dated by the editor is dated by the report as it is saved: logged,
            // so a replay gives the same post.
            var dated: [String] = []
            if let event = dateByTheReport(now: now) {
                let was = desk.draft.metadata.date
                let reply = commit([event], line: line, message: "")
                if reply.isError { return reply }
                dated.append("[\(seq)] dated \(desk.draft.metadata.date) (was \(was), away from the report's days; `date` sets another)")
            }
            do {
                let (written, removed) = try save()
                let warnings = checkWarnings().map { "warning: \($0)" }
                let lines = dated + ["saved " + written.joined(separator: " and ")] + removed.map { "removed \($0) (the post's date moved it)" }
                return Reply(text: (lines + warnings).joined(separator: "\n"), isError: false, draftChanged: false)
            } catch {
                return Reply(text: "\(error)", isError: true, draftChanged: false)
            }
        case .renderCloud:
            guard let cloudRenderer else {
                return Reply(text: "this copydesk cannot render the word cloud", isError: true, draftChanged: false)
            }
            do {
                let day = desk.tweets.values.sorted { $0.id < $1.id }
                return Reply(text: "wrote \(try cloudRenderer(desk.draft, day, outputFolder))", isError: false, draftChanged: false)
            } catch {
                return Reply(text: "the word cloud was not written: \(error)", isError: true, draftChanged: false)
            }
        case .change(let events, let message):
            return commit(events, line: line, message: message, now: now)
        }
    }

    /// Logs events decided outside the desk (an accepted LLM draft, say), then applies them as one
    /// undoable step. Like any command, nothing changes unless the record is on disk.
    public func commit(_ events: [SessionEvent], line: String, message: String, now: Date = Date()) -> Reply {
        var next = desk
        do {
            try next.apply(events)
        } catch {
            return Reply(text: CommandError.rejectedEvent(error).description, isError: true, draftChanged: false)
        }
        let record = SessionRecord(seq: seq + 1, date: now, line: line.trimmingCharacters(in: .whitespaces), events: events)
        do {
            try log.append(record)
        } catch {
            return Reply(text: "not logged, so not done: \(error)", isError: true, draftChanged: false)
        }
        seq += 1
        desk = next
        return Reply(text: message, isError: false, draftChanged: true, seq: seq)
    }

    /// Ends the session: the log is closed and its lock released (a session is also closed when released).
    public func close() { log.close() }

    /// Completion candidates for the word before the cursor.
    public func completions(for line: String) -> [String] { desk.completions(for: line) }

    /// Whether the draft differs from the one last saved (an undo back to it leaves nothing unsaved).
    /// A resumed session counts as saved when the post in the output folder is what its draft renders to.
    public var hasUnsavedChanges: Bool { savedDraft != desk.draft }

    /// The post's path inside the output folder.
    public var postPath: String {
        (outputFolder as NSString).appendingPathComponent(SessionPost.relativePath(desk.draft))
    }

    /// The post as `save` would write it now.
    public func renderPost() throws -> String { try renderer(desk.draft, desk.tweets) }

    /// Writes the whole post into the output folder: its word cloud first, then the post that links
    /// it, each atomically (a temporary file renamed into place), so the post on disk never links a
    /// missing or stale image. Nothing is written when either cannot be made. Returns the paths
    /// written, the post's first; files this session saved before under another day (the date
    /// moved) are removed, and their paths returned in `removed`.
    @discardableResult
    public func save() throws -> (written: [String], removed: [String]) {
        let draft = desk.draft
        let text = try renderer(draft, desk.tweets)
        var written: [String] = []
        if let cloudRenderer {
            let day = desk.tweets.values.sorted { $0.id < $1.id }
            do {
                written.append(try cloudRenderer(draft, day, outputFolder))
            } catch {
                throw SessionStoreError.notSaved(reason: "the word cloud was not written: \(error)")
            }
        }
        try AtomicFile.write(Data(text.utf8), to: postPath)
        written.insert(postPath, at: 0)
        var removed: [String] = []
        for old in lastSaved where !written.contains(old) && FileManager.default.fileExists(atPath: old) {
            if (try? FileManager.default.removeItem(atPath: old)) != nil { removed.append(old) }
        }
        lastSaved = written
        savedDraft = draft
        return (written, removed)
    }

    /// The `dateChanged` a save logs first: when the date is still the proposal's and not on the
    /// report's last day or the day after, the date `Draft.Metadata.defaultDate` gives at `now`.
    func dateByTheReport(now: Date) -> SessionEvent? {
        let metadata = desk.draft.metadata
        guard metadata.date == proposedDate, let day = metadata.day,
              !Draft.Metadata.allowedDays(desk.draft.window).contains(day) else { return nil }
        return .dateChanged(date: Draft.Metadata.defaultDate(at: now, window: desk.draft.window))
    }

    /// What `check` says before a save: the post's own warnings, then the site's.
    public func checkWarnings() -> [String] {
        PostCheck.warnings(desk.draft, tweets: desk.tweets).map(\.message) + [siteWarning()].compactMap { $0 }
    }

    /// The output folder's site dates posts in another zone than the report's (or in none).
    private func siteWarning() -> String? {
        SiteConfig.timezoneWarning(outputFolder: outputFolder, window: desk.draft.window)
    }

    private func postOnDiskMatchesDraft() -> Bool {
        guard let onDisk = FileManager.default.contents(atPath: postPath), let now = try? renderPost() else { return false }
        return onDisk == Data(now.utf8)
    }

    static func describe(_ window: SessionHeader.Window) -> String {
        window.start == window.end ? "\(window.start) (\(window.tz))" : "\(window.start)…\(window.end) (\(window.tz))"
    }
}
