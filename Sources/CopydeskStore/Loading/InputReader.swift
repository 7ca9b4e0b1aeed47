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

    /// Files at least this big are mapped into memory rather than read (`MappedFile`).
    static let mapBytes = 1 << 20

    /// The content of a regular file of at most `limit` bytes: mapped when it is big, else read.
    static func input(_ path: String, limit: Int64) throws(LoadError) -> InputBytes {
        let (fd, size) = try open(path, limit: limit)
        defer { close(fd) }
        if size >= mapBytes, let mapped = MappedFile(fd: fd, size: size, path: path) { return .mapped(mapped) }
        return .read(try read(fd, size: size, path: path))
    }

    /// The whole content of a regular file of at most `limit` bytes.
    static func read(_ path: String, limit: Int64) throws(LoadError) -> [UInt8] {
        let (fd, size) = try open(path, limit: limit)
        defer { close(fd) }
        return try read(fd, size: size, path: path)
    }

    /// The open file at `path` and its size, once it is known to be a regular file within `limit`.
    private static func open(_ path: String, limit: Int64) throws(LoadError) -> (fd: Int32, size: Int) {
        // stat before open: opening a FIFO would block, and /dev/zero never ends.
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw LoadError(file: path, errno == ENOENT ? .notFound : .unreadable(reason: String(cString: strerror(errno))))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw LoadError(file: path, .notARegularFile) }
        let size = Int64(info.st_size)
        guard size <= limit else { throw LoadError(file: path, .tooLarge(bytes: size, limit: limit)) }
        let fd = Glibc.open(path, O_RDONLY)
        guard fd >= 0 else { throw LoadError(file: path, .unreadable(reason: String(cString: strerror(errno)))) }
        return (fd, Int(size))
    }

    /// Up to `size` bytes of the open file `fd` (fewer when it shrank while being read).
    private static func read(_ fd: Int32, size: Int, path: String) throws(LoadError) -> [UInt8] {
        var failure: Int32?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
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

/// An input file's bytes: a big file mapped into memory, a small one read.
enum InputBytes: Sendable {
    case mapped(MappedFile)
    case read([UInt8])

    var count: Int {
        switch self {
        case .mapped(let file): return file.bytes.count
        case .read(let bytes): return bytes.count
        }
    }

    /// The tweets of the file read from `file`, as `TweetParser` reads them.
    func parse(file: String, options: ParseOptions) throws(LoadError) -> ParsedInput {
        switch self {
        case .mapped(let mapped):
            // The mapping lives until the parser is done with its bytes.
            defer { withExtendedLifetime(mapped) {} }
            return try TweetParser.parse(mapped.bytes, file: file, options: options)
        case .read(let bytes):
            return try TweetParser.parse(bytes, file: file, options: options)
        }
    }

    /// The SHA-256 of the bytes, as lower-case hex.
    func sha256() -> String {
        switch self {
        case .mapped(let mapped): return SHA256.hex(mapped.bytes)
        case .read(let bytes): return SHA256.hex(bytes)
        }
    }
}
