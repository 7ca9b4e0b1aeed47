/// Why a session log cannot be used.
public enum SessionLogError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case badHeader(reason: String)
    case unsupportedFormat(Int)
    case badRecord(line: Int, reason: String)
    /// A record holds an event this version does not know (the log was written by a newer copydesk).
    case unknownEvent(line: Int, name: String, writtenBy: String)
    case badSequence(line: Int, expected: Int, found: Int)
    /// A record's text does not match its checksum (changed after it was written).
    case checksumMismatch(line: Int)
    /// A record without a checksum in a log whose header has one.
    case checksumMissing(line: Int)
    case badEvent(line: Int, EventError)

    /// The line at fault.
    public var line: Int {
        switch self {
        case .empty, .badHeader, .unsupportedFormat: 1
        case .badRecord(let line, _), .unknownEvent(let line, _, _), .badSequence(let line, _, _), .badEvent(let line, _),
             .checksumMismatch(let line), .checksumMissing(let line): line
        }
    }

    /// What is wrong and how to go on, without the line.
    public var problem: String {
        switch self {
        case .empty: "the log is empty (no header line)"
        case .badHeader(let reason): reason
        case .unsupportedFormat(let format):
            "log format \(format) is newer than this copydesk reads (\(SessionHeader.currentFormat)); update copydesk"
        case .badRecord(_, let reason):
            "damaged record (\(reason)); the lines after it cannot be trusted. " + Self.leftAlone
        case .unknownEvent(_, let name, let writtenBy):
            "an event this copydesk (\(Copydesk.version)) does not know, \"\(name)\"; the session was started by copydesk "
                + "\(writtenBy), and a later command may come from a newer one. The log is left as it is: open it with the "
                + "copydesk that wrote it"
        case .badSequence(_, let expected, let found):
            "record \(found) where \(expected) was expected. " + Self.leftAlone
        case .badEvent(_, let error): "the event does not fit the draft: \(error)"
        case .checksumMismatch:
            "damaged record (its text does not match its checksum: it was changed after it was written). " + Self.leftAlone
        case .checksumMissing:
            "damaged record (no checksum, where every record of this log has one). " + Self.leftAlone
        }
    }

    public var description: String {
        switch self {
        case .empty: problem
        default: "line \(line): \(problem)"
        }
    }

    private static let leftAlone = "The log is left as it is: to go on, keep a copy of it, then mend or delete that line "
        + "(and the ones after it), or start the day again with another --sessions folder"
}
