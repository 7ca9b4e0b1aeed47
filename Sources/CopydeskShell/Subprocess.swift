internal import CEditLine
import Foundation

/// Runs a command line through `/bin/sh` on the terminal and waits for it (the editor, the pager).
enum Subprocess {
    /// Runs `/bin/sh -c script sh arguments…`; standard input comes from `input` when given.
    /// Returns the exit status (128 + signal when killed), or nil when it could not start.
    ///
    /// The child gets an empty signal mask and default handlers: `swift test` blocks SIGINT and
    /// children inherit it, and the shell ignores SIGPIPE.
    static func run(_ script: String, arguments: [String] = [], input: String? = nil) -> Int32? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signo in [SIGINT, SIGQUIT, SIGPIPE, SIGTSTP, SIGWINCH] { sigaddset(&defaults, signo) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var pipeEnds: [Int32] = [-1, -1]
        if input != nil {
            guard pipe(&pipeEnds) == 0 else { return nil }
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], 0)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        }
        let argv = ["/bin/sh", "-c", script, "sh"] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let environment = TerminalLocale.childEnvironment(ProcessInfo.processInfo.environment)
        var cEnvironment: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cEnvironment.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &cArguments, &cEnvironment)
        if let input {
            close(pipeEnds[0])
            if spawned == 0 {
                // A pager quit early closes the pipe: ignore SIGPIPE and stop writing on EPIPE.
                copydesk_ignore_signal(SIGPIPE)
                var bytes = Array(input.utf8)[...]
                while !bytes.isEmpty {
                    let written = bytes.withUnsafeBytes { Glibc.write(pipeEnds[1], $0.baseAddress, $0.count) }
                    if written < 0 { if copydesk_errno() == EINTR { continue } else { break } }
                    bytes = bytes.dropFirst(written)
                }
            }
            close(pipeEnds[1])
        }
        guard spawned == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard copydesk_errno() == EINTR else { return nil }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
