import CopydeskCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A session log on disk, open for appending. Each record is written and fsynced before `append`
/// returns, so an acknowledged command survives a crash.
public final class SessionLogFile {
    public let path: String
    private var fd: Int32
    /// Bytes of whole lines in the file: where a failed append is cut back to.
    private var length: Int
    /// The file as read, while it still ends in a torn line (kept for the backup `dropTornLine` writes).
    private var unrepaired: Data?

    private init(path: String, fd: Int32, length: Int) {
        self.path = path
        self.fd = fd
        self.length = length
    }

    deinit { close() }

    /// Closes the log and releases its lock; later appends fail.
    public func close() {
        if fd >= 0 { Glibc.close(fd) }
        fd = -1
    }

    /// Creates a log holding only its header (atomically: a log never exists without its header).
    public static func create(at path: String, header: SessionHeader) throws(SessionStoreError) -> SessionLogFile {
        let line = SessionLog.line(header)
        do {
            try AtomicFile.create(line, at: path)
        } catch where error.code == EEXIST && error.path == path {
            // Another copydesk started the same day a moment ago.
            throw .busy(log: path)
        } catch {
            throw .file(error)
        }
        return try openForAppend(path, length: line.count)
    }

    /// Reads an existing log and locks it. The file is not changed: a torn last line stays until
    /// `dropTornLine()`, which the caller runs only once it has decided to go on with the session.
    public static func open(at path: String) throws(SessionStoreError) -> (SessionLogFile, SessionLog) {
        let file = try openForAppend(path, length: 0)
        // Read through a fresh handle only once the lock is held, so no other session is appending.
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .file(FileError.reading(path))
        }
        let log: SessionLog
        do {
            log = try SessionLog(data: data)
        } catch {
            throw .log(path: path, error)
        }
        file.length = log.goodLength
        if log.tornLine != nil { file.unrepaired = data }
        return (file, log)
    }

    /// Where `dropTornLine` keeps the log as it was before cutting its torn line `line`.
    public static func backupPath(_ path: String, tornLine line: Int) -> String { "\(path).torn-line-\(line)" }

    /// Cuts a torn last line off the file, after writing the file as it was beside it (byte for
    /// byte); returns the backup's path, or nil when there was nothing to cut.
    public func dropTornLine(_ log: SessionLog) throws(FileError) -> String? {
        guard let data = unrepaired, let torn = log.tornLine else { return nil }
        let backup = Self.backupPath(path, tornLine: torn)
        try AtomicFile.write(data, to: backup)
        guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else {
            throw FileError(path: path, operation: "cut off the torn last line", code: errno)
        }
        unrepaired = nil
        return backup
    }

    /// Appends one record and waits until it is on disk. On failure (a full disk, say) the file is
    /// cut back to its last whole line, so a later append cannot follow half a record.
    public func append(_ record: SessionRecord) throws(FileError) {
        let line = SessionLog.line(record)
        do throws(FileError) {
            try AtomicFile.writeAll(fd, line, path: path)
            guard fsync(fd) == 0 else { throw FileError(path: path, operation: "sync", code: errno) }
        } catch {
            _ = ftruncate(fd, off_t(length))
            throw error
        }
        length += line.count
    }

    /// Opens for appending and takes an exclusive lock, so two sessions never write one log.
    private static func openForAppend(_ path: String, length: Int) throws(SessionStoreError) -> SessionLogFile {
        let fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw .file(FileError(path: path, operation: "open for appending", code: errno)) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            Glibc.close(fd)
            throw code == EWOULDBLOCK ? .busy(log: path) : .file(FileError(path: path, operation: "lock", code: code))
        }
        return SessionLogFile(path: path, fd: fd, length: length)
    }
}
