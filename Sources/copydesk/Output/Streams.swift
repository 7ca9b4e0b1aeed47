import ArgumentParser
import CopydeskCore
import CopydeskStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Standard output and error, written with write(2) so that a failure is seen.
///
/// `print` loses a write error (`inspect > /dev/full` exited 0 with nothing written) and
/// `FileHandle.write` traps on one (`draft --json > /dev/full` crashed). Here a failed write to
/// standard output is an I/O error: one message on standard error and exit status 74.
enum Streams {
    /// Writes `text` and a newline to standard output, or ends the command with status 74.
    static func line(_ text: String) throws(ExitCode) {
        try write(text + "\n")
    }

    /// Writes `text` to standard output, or ends the command with status 74.
    static func write(_ text: String) throws(ExitCode) {
        guard tryWrite(text) else { throw failure() }
    }

    /// Writes `text` to standard output unless an earlier write failed; false when it was not written.
    /// A caller that cannot stop at once (a script between commands) checks `failure()` when it can.
    @discardableResult
    static func tryWrite(_ text: String) -> Bool {
        state.lock()
        defer { state.unlock() }
        guard firstError == nil else { return false }
        firstError = writeAll(1, text)
        return firstError == nil
    }

    /// Whether a write to standard output has failed.
    static var failed: Bool {
        state.lock()
        defer { state.unlock() }
        return firstError != nil
    }

    /// Reports the failed write on standard error and gives the exit status to end with.
    static func failure() -> ExitCode {
        state.lock()
        let code = firstError ?? EIO
        state.unlock()
        error("copydesk: error: cannot write to standard output: \(String(cString: strerror(code)))")
        return ExitCode(ExitStatus.ioError)
    }

    /// Writes a line to standard error. A failure there has nowhere to be reported, so it is ignored.
    static func error(_ text: String) {
        _ = writeAll(2, text + "\n")
    }

    private static let state = NSLock()
    nonisolated(unsafe) private static var firstError: Int32?

    /// Writes every byte (as a file is written); errno on failure.
    private static func writeAll(_ fd: Int32, _ text: String) -> Int32? {
        do {
            try AtomicFile.writeAll(fd, Data(text.utf8), path: "standard output")
            return nil
        } catch {
            return error.code
        }
    }
}

/// The exit statuses every command uses for the same failure (sysexits.h), listed in `--help`.
enum ExitStatus {
    /// A failed command in a script, a replay that differs from the saved post.
    static let failure: Int32 = 1
    /// The input is wrong: an unreadable export, a damaged session log, a bad option value or template.
    static let badInput: Int32 = 65
    /// An input file cannot be opened.
    static let noInput: Int32 = 66
    /// An output file or folder cannot be created.
    static let cannotCreate: Int32 = 73
    /// Reading or writing failed part way (a full disk, a closed standard output).
    static let ioError: Int32 = 74

    /// The status for an error that ends a command.
    static func code(for error: Error) -> Int32 {
        switch error {
        case let file as FileError:
            return file.isInputOutput ? ioError : file.operation == "read" ? noInput : cannotCreate
        case let session as SessionStoreError:
            switch session {
            case .file(let file): return code(for: file)
            case .busy, .notSaved: return cannotCreate
            case .log, .inputsChanged, .untilBeyondLog, .windowMismatch: return badInput
            }
        case is LoadError, is PostError, is SessionLogError: return badInput
        default: return failure
        }
    }

    /// The table `--help` shows.
    static let help = """
        Exit status: 0 done; 1 a command in a script failed, or replay --check found a difference; \
        64 wrong usage; 65 bad input (an unreadable export, a damaged session log, a bad template); \
        66 an input cannot be opened; 73 an output cannot be created (another copydesk is editing \
        the day, a folder is not writable); 74 an I/O error (a full disk, a closed standard output).
        """
}
