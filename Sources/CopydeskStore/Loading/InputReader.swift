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
        var bytes = [UInt8](repeating: 0, count: Int(size))
        var filled = 0
        while filled < bytes.count {
            let got = bytes.withUnsafeMutableBytes { raw in
                readFile(fd, raw.baseAddress! + filled, raw.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw LoadError(file: path, .unreadable(reason: String(cString: strerror(errno))))
            }
            if got == 0 { break }  // the file shrank while being read
            filled += got
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}

/// `read(2)`, named apart from `InputReader.read`.
private func readFile(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buffer, count)
    #else
    return Darwin.read(fd, buffer, count)
    #endif
}
