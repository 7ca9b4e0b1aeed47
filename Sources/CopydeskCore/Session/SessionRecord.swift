import Foundation

/// One line after the header: a command that changed the draft, and the events it was decided into.
public struct SessionRecord: Sendable, Hashable, Codable {
    /// 1, 2, 3…: the record's place in the log.
    public var seq: Int
    /// When it was logged (UTC, ISO 8601); replay ignores it.
    public var time: String
    /// The command line as typed.
    public var line: String
    public var events: [SessionEvent]

    public init(seq: Int, time: String, line: String, events: [SessionEvent]) {
        self.seq = seq
        self.time = time
        self.line = line
        self.events = events
    }

    public init(seq: Int, date: Date, line: String, events: [SessionEvent]) {
        self.init(seq: seq, time: Self.timeText(date), line: line, events: events)
    }

    /// `2026-01-24T06:32:23.125Z`.
    public static func timeText(_ date: Date) -> String {
        let millis = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = Int((Double(millis) / 1000).rounded(.down))
        let day = LocalDate(containing: date, utcOffsetSeconds: 0)
        let s = seconds - day.daysSinceEpoch * 86400
        return "\(day)T" + String(format: "%02d:%02d:%02d.%03dZ", s / 3600, s % 3600 / 60, s % 60, millis - seconds * 1000)
    }
}
