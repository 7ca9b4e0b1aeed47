/// Line 1 of a session log: what the session started from.
///
/// It records the engine's proposal itself (the starting draft: stories with their tweet ids,
/// headlines, categories and scores, the points and the reserve), so a replay folds the events onto
/// exactly what the editor saw, whatever today's engine would propose.
public struct SessionHeader: Sendable, Hashable, Codable {
    /// The log format this build writes.
    public static let currentFormat = 1

    /// Always `copydesk-session`, so the file explains itself.
    public var type: String
    public var format: Int
    /// `Copydesk.version` of the build that started the session.
    public var copydesk: String
    public var window: Window
    /// Every input file, with its SHA-256 and size.
    public var inputs: [Input]
    /// A hash of the lexicon and settings the engine used.
    public var fingerprint: String
    /// `--archive-handle`, when given: replay loads the inputs with it too.
    public var archiveHandle: String?
    /// When the session started, as the front matter writes it (`2026-01-24 14:32:23 +0800`).
    public var startedAt: String
    /// The engine's proposal: the draft before any event.
    public var proposal: Draft

    public init(
        copydesk: String = Copydesk.version, inputs: [Input], fingerprint: String, archiveHandle: String? = nil,
        startedAt: String, proposal: Draft
    ) {
        self.type = "copydesk-session"
        self.format = Self.currentFormat
        self.copydesk = copydesk
        self.window = Window(proposal.window)
        self.inputs = inputs
        self.fingerprint = fingerprint
        self.archiveHandle = archiveHandle
        self.startedAt = startedAt
        self.proposal = proposal
    }

    /// The report window, written out for people: days and `+08:00`.
    public struct Window: Sendable, Hashable, Codable {
        public var start: LocalDate
        public var end: LocalDate
        public var tz: String

        public init(_ window: ReportWindow) {
            start = window.start
            end = window.end
            tz = window.tzText
        }
    }

    /// One input file as it was when the session started.
    public struct Input: Sendable, Hashable, Codable {
        public var path: String
        public var sha256: String
        public var size: Int

        public init(path: String, sha256: String, size: Int) {
            self.path = path
            self.sha256 = sha256
            self.size = size
        }
    }
}
