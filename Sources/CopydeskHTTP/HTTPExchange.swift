import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP request over URLSession whose response head and body bytes arrive as they are read.
///
/// A watchdog fails the exchange with `timedOut` when no byte has come for `idleTimeout` seconds,
/// and cancelling the consuming task cancels the request.
public final class HTTPExchange: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    public enum Event: Sendable {
        case head(status: Int, headers: [String: String])
        case bytes(Data)
    }

    public let events: AsyncThrowingStream<Event, Error>
    private let continuation: AsyncThrowingStream<Event, Error>.Continuation
    private let idleTimeout: TimeInterval
    private let lock = NSLock()
    private var lastActivity = Date()
    private var task: URLSessionDataTask?
    private var session: URLSession?
    private var watchdog: Task<Void, Never>?

    /// The error that ends `events` when the watchdog fires.
    public struct IdleTimeout: Error {}

    public init(request: URLRequest, idleTimeout: TimeInterval) {
        self.idleTimeout = idleTimeout
        (events, continuation) = AsyncThrowingStream.makeStream(of: Event.self, bufferingPolicy: .unbounded)
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        // The watchdog is the timeout; URLSession's own is only a backstop.
        configuration.timeoutIntervalForRequest = idleTimeout + 30
        configuration.timeoutIntervalForResource = 24 * 3600
        let session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
        let task = session.dataTask(with: request)
        lock.withLock {
            self.session = session
            self.task = task
        }
        continuation.onTermination = { [weak self] _ in self?.cancel() }
        watchdog = Task { [weak self] in
            let tick = max(0.01, min(idleTimeout / 4, 1))
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(tick * 1e9))
                guard let self else { return }
                if self.idleFor >= idleTimeout {
                    self.continuation.finish(throwing: IdleTimeout())
                    self.cancel()
                    return
                }
            }
        }
        task.resume()
    }

    private var idleFor: TimeInterval { lock.withLock { Date().timeIntervalSince(lastActivity) } }

    private func touch() { lock.withLock { lastActivity = Date() } }

    /// Stops the request; `events` ends.
    public func cancel() {
        let (task, session, watchdog) = lock.withLock { () -> (URLSessionDataTask?, URLSession?, Task<Void, Never>?) in
            defer {
                self.task = nil
                self.session = nil
                self.watchdog = nil
            }
            return (self.task, self.session, self.watchdog)
        }
        watchdog?.cancel()
        task?.cancel()
        session?.invalidateAndCancel()
    }

    public func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        touch()
        let http = response as? HTTPURLResponse
        var headers: [String: String] = [:]
        for (name, value) in http?.allHeaderFields ?? [:] {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        continuation.yield(.head(status: http?.statusCode ?? 0, headers: headers))
        completionHandler(.allow)
    }

    public func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        touch()
        continuation.yield(.bytes(data))
    }

    public func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        if let error {
            continuation.finish(throwing: error)
        } else {
            continuation.finish()
        }
        let watchdog = lock.withLock { () -> Task<Void, Never>? in
            defer {
                self.watchdog = nil
                self.task = nil
                self.session = nil
            }
            return self.watchdog
        }
        watchdog?.cancel()
        session.finishTasksAndInvalidate()
    }
}
