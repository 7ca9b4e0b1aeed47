import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lets Ctrl-C cancel the requests in flight (drafting, fetching) instead of killing copydesk.
///
/// While at least one operation runs under the shared router, SIGINT is taken from its previous
/// handler (the default kills the process; the shell's cancels a line) and cancels every running
/// operation's task, which stops its HTTP request; when the last one ends, the previous handler is
/// back. A router made with `listensToSignal: false` is only interrupted by `interrupt()` (tests).
///
/// On Linux a dispatch signal source works through a SIGINT handler libdispatch installs when the
/// source is first registered; a later source for the same signal reuses that registration and
/// installs nothing, so restoring the previous handler and making a new source each time left
/// every Ctrl-C after the first unheard (the request ran on to its timeout). So the router keeps
/// one source for the process, remembers libdispatch's handler, and puts it back for each run.
public final class InterruptRouter: @unchecked Sendable {
    /// The process's router, listening to SIGINT.
    public static let shared = InterruptRouter(listensToSignal: true)

    private let listensToSignal: Bool
    private let lock = NSLock()
    private var cancellers: [UUID: @Sendable () -> Void] = [:]
    private var source: DispatchSourceSignal?
    /// The SIGINT action libdispatch installed for `source`, reinstalled while operations run.
    private var dispatchAction: sigaction?
    private var listening = false
    private var previous = sigaction()

    public init(listensToSignal: Bool = false) {
        self.listensToSignal = listensToSignal
    }

    /// Cancels every operation running under this router (what SIGINT does).
    public func interrupt() {
        let all = lock.withLock { Array(cancellers.values) }
        for cancel in all { cancel() }
    }

    /// Runs `operation` as a task that `interrupt()` (or Ctrl-C, for the shared router) cancels.
    public func run<T: Sendable, Failure: Error>(
        _ operation: @escaping @Sendable () async throws(Failure) -> T
    ) async throws(Failure) -> T {
        // Ctrl-C is routed here before the operation starts: an operation that reports progress at
        // once (fetch's "waiting") must not be killed by a Ctrl-C that beats the registration.
        let pending = PendingCancel()
        let id = UUID()
        register(id) { pending.cancel() }
        defer { unregister(id) }
        let task = Task { () async -> Result<T, Failure> in
            do throws(Failure) {
                return .success(try await operation())
            } catch {
                return .failure(error)
            }
        }
        pending.attach { task.cancel() }
        let result = await withTaskCancellationHandler {
            await task.value
        } onCancel: {
            task.cancel()
        }
        return try result.get()
    }

    private func register(_ id: UUID, cancel: @escaping @Sendable () -> Void) {
        lock.withLock {
            cancellers[id] = cancel
            guard listensToSignal, !listening else { return }
            listening = true
            if var action = dispatchAction {
                sigaction(SIGINT, &action, &previous)
                return
            }
            // Ignored until libdispatch's handler is in place (it replaces this one).
            var ignore = sigaction()
            ignore.__sigaction_handler.sa_handler = SIG_IGN
            sigaction(SIGINT, &ignore, &previous)
            let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
            source.setEventHandler { [weak self] in self?.interrupt() }
            source.resume()
            self.source = source
            dispatchAction = Self.awaitHandler(replacing: SIG_IGN)
        }
    }

    /// The SIGINT action once something has replaced `handler` (libdispatch registers a source
    /// asynchronously), waiting at most a second; nil if nothing did.
    private static func awaitHandler(replacing handler: __sighandler_t?) -> sigaction? {
        let ignored = unsafeBitCast(handler, to: Int.self)
        for _ in 0..<1000 {
            var now = sigaction()
            sigaction(SIGINT, nil, &now)
            if unsafeBitCast(now.__sigaction_handler.sa_handler, to: Int.self) != ignored { return now }
            usleep(1000)
        }
        return nil
    }

    private func unregister(_ id: UUID) {
        lock.withLock {
            cancellers[id] = nil
            guard cancellers.isEmpty, listening else { return }
            listening = false
            // The source stays (see the type's discussion); SIGINT goes back to its previous handler.
            sigaction(SIGINT, &previous, nil)
        }
    }
}

/// A cancellation that may come before the task it cancels exists: it is kept and done on attach.
private final class PendingCancel: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var action: (@Sendable () -> Void)?

    func cancel() {
        let run = lock.withLock { () -> (@Sendable () -> Void)? in
            cancelled = true
            return action
        }
        run?()
    }

    func attach(_ cancel: @escaping @Sendable () -> Void) {
        let now = lock.withLock { () -> Bool in
            action = cancel
            return cancelled
        }
        if now { cancel() }
    }
}
