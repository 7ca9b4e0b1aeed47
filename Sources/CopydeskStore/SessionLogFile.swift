import CopydeskCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A session log on disk, open for appending. Each record is written and fsynced before `append`
/// returns, so an acknowledged command survives a crash.
public final class SessionLogFile {
    public let path: String
    private let fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    deinit { close(fd) }

    /// Creates a log holding only its header (atomically: a log never exists without its header).
    public static func create(at path: String, header: SessionHeader) throws(FileError) -> SessionLogFile {
        try AtomicFile.write(SessionLog.line(header), to: path)
        return try openForAppend(path)
    }

    /// Reads an existing log. A torn last line is cut off the file (the caller warns about it).
    public static func open(at path: String) throws(SessionStoreError) -> (SessionLogFile, SessionLog) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .file(FileError(path: path, operation: "read", code: errno == 0 ? ENOENT : errno))
        }
        let log: SessionLog
        do {
            log = try SessionLog(data: data)
        } catch {
            throw .log(path: path, error)
        }
        do throws(FileError) {
            if log.goodLength < data.count { try truncate(path, to: log.goodLength) }
            return (try openForAppend(path), log)
        } catch {
            throw .file(error)
        }
    }

    /// Appends one record and waits until it is on disk.
    public func append(_ record: SessionRecord) throws(FileError) {
        try AtomicFile.writeAll(fd, SessionLog.line(record), path: path)
        guard fsync(fd) == 0 else { throw FileError(path: path, operation: "sync", code: errno) }
    }

    private static func openForAppend(_ path: String) throws(FileError) -> SessionLogFile {
        let fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(path: path, operation: "open for appending", code: errno) }
        return SessionLogFile(path: path, fd: fd)
    }

    private static func truncate(_ path: String, to length: Int) throws(FileError) {
        let fd = Glibc.open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(path: path, operation: "open", code: errno) }
        defer { close(fd) }
        guard ftruncate(fd, off_t(length)) == 0 else { throw FileError(path: path, operation: "truncate", code: errno) }
        guard fsync(fd) == 0 else { throw FileError(path: path, operation: "sync", code: errno) }
    }
}
