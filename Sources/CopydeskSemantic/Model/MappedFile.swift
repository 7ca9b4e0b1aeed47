import Foundation

/// A file mapped read-only into memory (the weights: pages are read as the encoder touches them).
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    /// Maps `url`, or says why it cannot (errno's text).
    init(_ url: URL) throws(SemanticModelError) {
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else {
            throw .damaged(file: url.path, line: nil, problem: "cannot be opened (\(String(cString: strerror(errno))))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw .damaged(file: url.path, line: nil, problem: "cannot be read (\(String(cString: strerror(errno))))")
        }
        let size = Int(info.st_size)
        guard size > 0 else {
            throw .damaged(file: url.path, line: nil, problem: "is empty")
        }
        let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
        guard let address, address != MAP_FAILED else {
            throw .damaged(file: url.path, line: nil, problem: "cannot be mapped (\(String(cString: strerror(errno))))")
        }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    /// Gives the pages from byte `offset` on back to the system (they were copied out): resident
    /// memory keeps only what is read in place. Reading there again reads the file again.
    func release(after offset: Int) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (offset + page - 1) / page * page
        guard start < bytes.count else { return }
        madvise(UnsafeMutableRawPointer(mutating: bytes.baseAddress! + start), bytes.count - start, MADV_DONTNEED)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}
