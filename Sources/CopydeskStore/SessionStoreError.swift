import CopydeskCore

/// Why a session could not be opened, resumed, replayed or saved.
public enum SessionStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    case file(FileError)
    case log(path: String, SessionLogError)
    /// An input's bytes differ from what the log recorded (or the file is gone).
    case inputsChanged(log: String, [String])
    /// `--until N` names a record the log does not hold.
    case untilBeyondLog(log: String, until: Int, records: Int)
    /// The log is for another window or time zone.
    case windowMismatch(log: String, expected: String, found: String)
    /// `save` wrote nothing (the post's word cloud could not be made, say).
    case notSaved(reason: String)
    /// Another process holds the day's log (or created it a moment ago).
    case busy(log: String)

    public var description: String {
        switch self {
        case .file(let error): error.description
        case .log(let path, .empty): "\(path): \(SessionLogError.empty)"
        case .log(let path, let error): "\(path):\(error.line): \(error.problem)"
        case .inputsChanged(let log, let problems):
            "\(log): the inputs differ from the ones the session started with:\n"
                + problems.map { "  \($0)" }.joined(separator: "\n")
                + "\nUse the original files, or pass --force to go on with these."
        case .untilBeyondLog(let log, let until, let records):
            "\(log): --until \(until), but the log holds records 1–\(records)"
        case .busy(let log):
            "\(log): another copydesk is editing this day; finish that session first, or use another --sessions folder"
        case .windowMismatch(let log, let expected, let found):
            "\(log): this log is for \(found), not \(expected); use another --sessions folder or the same window"
        case .notSaved(let reason):
            "not saved (the post on disk is unchanged): \(reason)"
        }
    }
}
