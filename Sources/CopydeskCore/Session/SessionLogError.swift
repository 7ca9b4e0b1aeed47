/// Why a session log cannot be used.
public enum SessionLogError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case badHeader(reason: String)
    case unsupportedFormat(Int)
    case badRecord(line: Int, reason: String)
    case badSequence(line: Int, expected: Int, found: Int)
    case badEvent(line: Int, EventError)

    public var description: String {
        switch self {
        case .empty: "the log is empty (no header line)"
        case .badHeader(let reason): "line 1: \(reason)"
        case .unsupportedFormat(let format):
            "line 1: log format \(format) is newer than this copydesk reads (\(SessionHeader.currentFormat)); update copydesk"
        case .badRecord(let line, let reason): "line \(line): damaged record (\(reason)); the lines after it cannot be trusted"
        case .badSequence(let line, let expected, let found): "line \(line): record \(found) where \(expected) was expected"
        case .badEvent(let line, let error): "line \(line): the event does not fit the draft: \(error)"
        }
    }
}
