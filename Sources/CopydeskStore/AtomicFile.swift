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
/// and then the folder is fsynced so the rename itself is durable. Messages name the target, never
/// the temporary file; temporary files a killed process left beside the target go on the next write.
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
        try makeFolders(directory)
        let name = (path as NSString).lastPathComponent
        let temporary = (directory as NSString).appendingPathComponent("\(temporaryPrefix(name))\(getpid())-\(UInt32.random(in: 0 ... .max))")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path: path, operation: "create", code: errno) }
        do throws(FileError) {
            try writeAll(fd, data, path: path)
            guard fsync(fd) == 0 else { throw FileError(path: path, operation: "sync", code: errno) }
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
        removeStrayTemporaries(of: name, in: directory)
    }

    /// `.NAME.tmp-`: the start of every temporary file for NAME; the writer's pid and a random number follow.
    static func temporaryPrefix(_ name: String) -> String { ".\(name).tmp-" }

    /// Removes temporary files for `name` whose writer is no longer running (killed mid-write).
    static func removeStrayTemporaries(of name: String, in directory: String) {
        let prefix = temporaryPrefix(name)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in names where entry.hasPrefix(prefix) {
            guard let pid = pid_t(entry.dropFirst(prefix.count).prefix { $0 != "-" }), pid != getpid() else { continue }
            // Signal 0 checks that the process exists; EPERM means it does, under another user.
            if kill(pid, 0) != 0 && errno == ESRCH {
                unlink((directory as NSString).appendingPathComponent(entry))
            }
        }
    }

    /// Creates `directory` and the folders above it, naming the real reason when it cannot:
    /// a file where a folder belongs, a folder without write permission, a full disk.
    static func makeFolders(_ directory: String) throws(FileError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw FileError(path: directory, operation: "use it as a folder (it is a file)", code: ENOTDIR)
            }
            return
        }
        let parent = PathText.parent(directory)
        if !parent.isEmpty, parent != directory { try makeFolders(parent) }
        guard mkdir(directory, 0o777) == 0 || errno == EEXIST else {
            throw FileError(path: directory, operation: "create the folder", code: errno)
        }
    }

    /// Fsyncs a folder, making a rename or a new file in it durable.
    public static func syncFolder(_ directory: String) throws(FileError) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(path: directory, operation: "open the folder", code: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw FileError(path: directory, operation: "sync the folder", code: errno) }
    }

    /// Writes every byte, retrying short writes and interrupted calls.
    public static func writeAll(_ fd: Int32, _ data: Data, path: String) throws(FileError) {
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

    /// Why `path` could not be read (Foundation's whole-file read gives no reason): no such file, a
    /// folder, or no permission.
    public static func reading(_ path: String) -> FileError {
        var info = stat()
        guard stat(path, &info) == 0 else { return FileError(path: path, operation: "read", code: errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return FileError(path: path, operation: "read", code: EISDIR) }
        return FileError(path: path, operation: "read", code: access(path, R_OK) == 0 ? EIO : errno)
    }

    /// Whether reading or writing failed part way (a full disk, a device error) rather than the
    /// file or folder being impossible to create or open: exit status 74, not 73.
    public var isInputOutput: Bool { [ENOSPC, EIO, EDQUOT, EFBIG].contains(code) }
}
