internal import CEditLine
import Foundation

/// The shell's command history: libedit's `History`, loaded from and saved to one file.
///
/// Saving writes a temporary file beside the history file and renames it into place, so a crash
/// never leaves a truncated history (libedit's own `H_SAVE` rewrites the file in place).
public final class HistoryStore {
    let handle: OpaquePointer
    public let path: String?

    /// Keeps up to `size` distinct lines; loads `path` when it exists.
    public init(path: String?, size: Int = 1000) {
        handle = history_init()
        self.path = path
        copydesk_history_setsize(handle, Int32(size))
        copydesk_history_setunique(handle, 1)
        if let path, FileManager.default.fileExists(atPath: path) {
            copydesk_history_load(handle, path)
        }
    }

    deinit {
        history_end(handle)
    }

    /// Adds a line (blank lines are not kept) and rewrites the file.
    public func add(_ line: String) throws(HistoryError) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        copydesk_history_enter(handle, line)
        try save()
    }

    /// The lines, oldest first.
    public var entries: [String] {
        let count = Int(copydesk_history_count(handle))
        guard count > 0 else { return [] }
        return (0..<count).compactMap { copydesk_history_entry(handle, Int32($0)).map { String(cString: $0) } }.reversed()
    }

    public func save() throws(HistoryError) {
        guard let path else { return }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotCreateFolder(folder)
        }
        let temporary = path + ".tmp-\(getpid())"
        guard copydesk_history_save(handle, temporary) >= 0 else {
            unlink(temporary)
            throw .cannotWrite(path)
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw .cannotWrite(path)
        }
    }
}

/// Why the history could not be kept.
public enum HistoryError: Error, Equatable, Sendable {
    case cannotCreateFolder(String)
    case cannotWrite(String)

    public var message: String {
        switch self {
        case .cannotCreateFolder(let folder): "cannot create the history folder \(folder); history is not kept."
        case .cannotWrite(let path): "cannot write the history file \(path); check its folder's permissions."
        }
    }
}
