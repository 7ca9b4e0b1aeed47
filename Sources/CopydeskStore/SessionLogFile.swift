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
    public static func create(at path: String, header: SessionHeader) throws(FileError) -> SessionLogFile {
        let line = SessionLog.line(header)
        try AtomicFile.create(line, at: path)
        return try openForAppend(path, length: line.count)
    }

    /// Reads an existing log. A torn last line is cut off the file (the caller warns about it).
    public static func open(at path: String) throws(SessionStoreError) -> (SessionLogFile, SessionLog) {
        let file: SessionLogFile
        do { file = try openForAppend(path, length: 0) } catch { throw .file(error) }
        // Read through a fresh handle only once the lock is held, so no other session is appending.
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .file(FileError(path: path, operation: "read", code: errno == 0 ? ENOENT : errno))
        }
        let log: SessionLog
        do {
            log = try SessionLog(data: data)
        } catch {
            throw .log(path: path, error)
        }
        if log.goodLength < data.count {
            guard ftruncate(file.fd, off_t(log.goodLength)) == 0, fsync(file.fd) == 0 else {
                throw .file(FileError(path: path, operation: "cut off the torn last line", code: errno))
            }
        }
        file.length = log.goodLength
        return (file, log)
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
    private static func openForAppend(_ path: String, length: Int) throws(FileError) -> SessionLogFile {
        let fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(path: path, operation: "open for appending", code: errno) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            Glibc.close(fd)
            throw FileError(path: path, operation: "lock (is another copydesk editing this day?)", code: code)
        }
        return SessionLogFile(path: path, fd: fd, length: length)
    }
}
