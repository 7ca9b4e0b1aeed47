import CopydeskCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads input files whole, refusing what is not a regular file or is over the size cap.
enum InputReader {
    /// The files `paths` name: files as given, folders as their visible regular files sorted by name.
    static func expand(_ paths: [String], warnings: inout [LoadWarning]) throws(LoadError) -> [String] {
        guard !paths.isEmpty else { throw LoadError(file: "copydesk", .noInputs) }
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw LoadError(file: path, .notFound)
            }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw LoadError(file: path, .unreadable(reason: "the folder cannot be listed"))
            }
            var found = 0
            for name in names.sorted() where !name.hasPrefix(".") {
                let full = (path as NSString).appendingPathComponent(name)
                var isSubfolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: full, isDirectory: &isSubfolder)
                if isSubfolder.boolValue {
                    warnings.append(LoadWarning(SourceLocation(file: full, line: 0), "a folder inside a folder is not read; name it to read it"))
                    continue
                }
                files.append(full)
                found += 1
            }
            if found == 0 { throw LoadError(file: path, .noSupportedFiles) }
        }
        // A file named twice (directly and through its folder) is read once.
        var seen = Set<String>()
        return files.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path).inserted }
    }

    /// The whole content of a regular file of at most `limit` bytes.
    static func read(_ path: String, limit: Int64) throws(LoadError) -> [UInt8] {
        // stat before open: opening a FIFO would block, and /dev/zero never ends.
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw LoadError(file: path, errno == ENOENT ? .notFound : .unreadable(reason: String(cString: strerror(errno))))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw LoadError(file: path, .notARegularFile) }
        let size = Int64(info.st_size)
        guard size <= limit else { throw LoadError(file: path, .tooLarge(bytes: size, limit: limit)) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw LoadError(file: path, .unreadable(reason: String(cString: strerror(errno)))) }
        defer { close(fd) }
        var failure: Int32?
        let bytes = [UInt8](unsafeUninitializedCapacity: Int(size)) { buffer, initialized in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            // Big files are read in parts at once: the copy and the page faults of a fresh buffer share the cores.
            let parts = buffer.count >= 8 << 20 ? 2 : 1
            let filled = UnsafeMutableBufferPointer<Int>.allocate(capacity: parts)
            defer { filled.deallocate() }
            let errors = UnsafeMutableBufferPointer<Int32>.allocate(capacity: parts)
            defer { errors.deallocate() }
            nonisolated(unsafe) let (target, done, errorSlots) = (base, filled, errors)
            let length = buffer.count
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let start = length * part / parts
                let count = length * (part + 1) / parts - start
                (done[part], errorSlots[part]) = readFully(fd, into: target + start, count: count, at: start)
            }
            // Keep what was read up to the first short part (the file shrank while being read).
            var total = 0
            for part in 0..<parts {
                if errors[part] != 0 {
                    failure = errors[part]
                    return
                }
                total += done[part]
                if total < buffer.count * (part + 1) / parts { break }
            }
            initialized = total
        }
        if let failure { throw LoadError(file: path, .unreadable(reason: String(cString: strerror(failure)))) }
        return bytes
    }
}

/// Reads up to `count` bytes at `offset`, retrying interrupted and partial reads; how many, and `errno` or 0.
private func readFully(_ fd: Int32, into buffer: UnsafeMutablePointer<UInt8>, count: Int, at offset: Int) -> (Int, Int32) {
    var filled = 0
    while filled < count {
        let got = pread(fd, buffer + filled, count - filled, off_t(offset + filled))
        if got < 0 {
            if errno == EINTR { continue }
            return (filled, errno)
        }
        if got == 0 { break }  // the file shrank while being read
        filled += got
    }
    return (filled, 0)
}
