import CopydeskCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file writes that either happen completely or not at all, and survive a crash.
///
/// The bytes go to a temporary file beside the target, which is fsynced, renamed over the target,
/// and then the folder is fsynced so the rename itself is durable.
public enum AtomicFile {
    /// Writes `data` to `path`, creating the folder if needed; replaces what is there.
    public static func write(_ data: Data, to path: String) throws(FileError) {
        try put(data, at: path, replacing: true)
    }

    /// Creates `path` holding `data`, complete or not at all; fails with `EEXIST` if it exists
    /// (so two processes starting the same file at once cannot overwrite each other).
    public static func create(_ data: Data, at path: String) throws(FileError) {
        try put(data, at: path, replacing: false)
    }

    private static func put(_ data: Data, at path: String, replacing: Bool) throws(FileError) {
        let folder = PathText.parent(path)
        let directory = folder.isEmpty ? "." : folder
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw FileError(path: directory, operation: "create the folder", code: EACCES)
        }
        let name = (path as NSString).lastPathComponent
        let temporary = (directory as NSString).appendingPathComponent(".\(name).tmp-\(getpid())-\(UInt32.random(in: 0 ... .max))")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path: temporary, operation: "create", code: errno) }
        do throws(FileError) {
            try writeAll(fd, data, path: temporary)
            guard fsync(fd) == 0 else { throw FileError(path: temporary, operation: "sync", code: errno) }
            close(fd)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        // rename replaces the target; link refuses an existing one. Either way readers see all or nothing.
        let placed = replacing ? rename(temporary, path) : link(temporary, path)
        let code = errno
        if !replacing || placed != 0 { unlink(temporary) }
        guard placed == 0 else { throw FileError(path: path, operation: replacing ? "rename into place" : "create", code: code) }
        try syncFolder(directory)
    }

    /// Fsyncs a folder, making a rename or a new file in it durable.
    public static func syncFolder(_ directory: String) throws(FileError) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(path: directory, operation: "open the folder", code: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw FileError(path: directory, operation: "sync the folder", code: errno) }
    }

    /// Writes every byte, retrying short writes and interrupted calls.
    static func writeAll(_ fd: Int32, _ data: Data, path: String) throws(FileError) {
        let failure: Int32? = data.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
        if let failure { throw FileError(path: path, operation: "write", code: failure) }
    }
}

/// A file operation that failed, with the system's reason.
public struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var operation: String
    public var code: Int32

    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    public var description: String {
        "\(path): cannot \(operation): \(String(cString: strerror(code)))"
    }
}
