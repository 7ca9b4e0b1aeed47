import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `copydesk` binary as a child process, with a clean signal mask
/// (`swift test` blocks SIGINT, and children would inherit that).
enum ChildProcess {
    static var binary: String { Fixtures.root.appendingPathComponent(".build/debug/copydesk").path }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `copydesk ARGS` to completion; its output goes through files in `folder`. Waits
    /// without blocking a thread of the test pool.
    static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], in folder: URL
    ) async throws -> Result {
        let (pid, files) = try start(arguments, stdin: stdin, environment: environment, in: folder)
        return files.result(await exit(pid))
    }

    /// The files a child's streams go through.
    struct StreamFiles {
        var stdin: String?
        var stdout: String
        var stderr: String

        /// Reads the output and removes the files.
        func result(_ status: Status) -> Result {
            defer { for path in [stdout, stderr] + (stdin.map { [$0] } ?? []) { unlink(path) } }
            return Result(
                status: status.exitCode ?? -1,
                stdout: (try? String(contentsOfFile: stdout, encoding: .utf8)) ?? "",
                stderr: (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? "")
        }
    }

    /// Starts `copydesk ARGS` with its streams in files; `environment` adds to the inherited one.
    static func start(
        _ arguments: [String], stdin: String?, environment: [String: String], in folder: URL
    ) throws -> (pid_t, StreamFiles) {
        let id = UUID().uuidString
        var files = StreamFiles(
            stdin: nil, stdout: folder.appendingPathComponent(".stdout-\(id)").path,
            stderr: folder.appendingPathComponent(".stderr-\(id)").path)
        if let stdin {
            let path = folder.appendingPathComponent(".stdin-\(id)").path
            try stdin.write(toFile: path, atomically: true, encoding: .utf8)
            files.stdin = path
        }
        let pid = try spawn(
            [binary] + arguments, stdin: files.stdin, stdout: files.stdout, stderr: files.stderr, environment: environment)
        return (pid, files)
    }

    struct SpawnError: Error, CustomStringConvertible {
        var code: Int32
        var description: String { "posix_spawn failed: \(String(cString: strerror(code)))" }
    }

    /// Starts a child with stdin from a file (or /dev/null) and stdout/stderr into files.
    /// `environment` adds to (or replaces in) this process's environment.
    static func spawn(
        _ arguments: [String], stdin: String?, stdout: String, stderr: String, environment: [String: String] = [:]
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGPIPE, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
            .map { "\($0.key)=\($0.value)" }
        var argv = arguments.map { strdup($0) } + [nil]
        var envp = environment.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, &envp)
        guard code == 0 else { throw SpawnError(code: code) }
        return pid
    }

    /// How a child ended.
    struct Status {
        var exitCode: Int32?
        var signal: Int32?
    }

    /// Whether the child has ended, without reaping it (`wait` does that).
    static func hasExited(_ pid: pid_t) -> Bool {
        var info = siginfo_t()
        return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info._sifields._sigchld.si_pid == pid
    }

    /// Waits for a child without blocking a thread of the test pool (polls every 2 ms).
    static func exit(_ pid: pid_t) async -> Status {
        while !hasExited(pid) { try? await Task.sleep(nanoseconds: 2_000_000) }
        return wait(pid)
    }

    static func wait(_ pid: pid_t) -> Status {
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        // The wait status layout: low 7 bits the signal, bits 8–15 the exit code.
        let signal = raw & 0x7f
        return signal == 0 ? Status(exitCode: (raw >> 8) & 0xff, signal: nil) : Status(exitCode: nil, signal: signal)
    }
}
