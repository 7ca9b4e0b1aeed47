import CopydeskHTTP
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `GET`s X API v2 URLs with the bearer token, waiting out rate limits and retrying failures.
///
/// 429 waits until `x-rate-limit-reset` (telling `onWait` each second); 5xx answers, timeouts and
/// dropped connections are retried with backoff; 401 and 403 stop at once. Cancelling the calling
/// task stops the request or the wait and throws `.cancelled`.
public struct XAPIClient: Sendable {
    public var token: APIKey
    /// Seconds without a byte before a request counts as timed out.
    public var timeout: TimeInterval = 30
    public var retry = RetryPolicy(maxRetries: 4, baseDelay: 2, maxDelay: 60)
    /// A rate limit resetting later than this is not waited for (the window is 15 minutes).
    public var longestWait: TimeInterval = 16 * 60

    public init(token: APIKey) {
        self.token = token
    }

    /// Why the client is waiting: the seconds left, told again as they count down.
    public enum Wait: Sendable, Hashable {
        case rateLimit(secondsLeft: Int)
        case retry(reason: String, attempt: Int, seconds: Int)
    }

    /// The body of a 200 answer for `url`.
    public func get(_ url: URL, onWait: @Sendable (Wait) -> Void = { _ in }) async throws(FetchError) -> Data {
        var request = URLRequest(url: url)
        request.setValue(token.bearerValue, forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        var failures = 0
        var rateLimits = 0
        while true {
            if Task.isCancelled { throw .cancelled }
            switch try await attempt(request) {
            case .body(let body):
                return body
            case .rateLimited(let reset) where reset != nil && rateLimits < 5:
                rateLimits += 1
                let seconds = Int((reset! - Date().timeIntervalSince1970).rounded(.up)) + 1
                guard Double(seconds) <= longestWait else { throw .rateLimited(resetsIn: seconds) }
                try await countDown(max(1, seconds), onWait)
            case .rateLimited:
                failures += 1
                guard failures <= retry.maxRetries else { throw .rateLimited(resetsIn: 0) }
                try await pause(retry.delay(afterAttempt: failures, retryAfter: nil), "rate-limited (HTTP 429)", failures, onWait)
            case .failed(let reason, let error, let retryAfter):
                failures += 1
                guard failures <= retry.maxRetries else { throw error(failures) }
                try await pause(retry.delay(afterAttempt: failures, retryAfter: retryAfter), reason, failures, onWait)
            }
        }
    }

    /// How one request went, when it did not end the fetch.
    private enum Outcome {
        case body(Data)
        /// 429, with `x-rate-limit-reset` (seconds since 1970) when the API gave it.
        case rateLimited(reset: Double?)
        /// Worth another attempt; `error` is what to throw when no attempt is left.
        case failed(reason: String, error: @Sendable (Int) -> FetchError, retryAfter: String?)
    }

    private func attempt(_ request: URLRequest) async throws(FetchError) -> Outcome {
        let response: HTTPExchange.Response
        do {
            response = try await HTTPExchange.load(request, idleTimeout: timeout)
        } catch {
            let mapped = map(error, url: request.url!)
            switch mapped {
            case .timedOut:
                let seconds = timeout
                return .failed(reason: "no answer for \(Int(seconds)) s", error: { .timedOut(seconds: seconds, attempts: $0) }, retryAfter: nil)
            case .network:
                return .failed(reason: "network error", error: { _ in mapped }, retryAfter: nil)
            default:
                throw mapped
            }
        }
        switch response.status {
        case 200..<300:
            return .body(response.body)
        case 429:
            return .rateLimited(reset: response.headers["x-rate-limit-reset"].flatMap(Double.init))
        case 500...599:
            let status = response.status
            return .failed(reason: "HTTP \(status)", error: { .serverError(status: status, attempts: $0) },
                           retryAfter: response.headers["retry-after"])
        case 401:
            throw .unauthorized(message: explanation(response.body))
        case 403:
            throw .forbidden(message: explanation(response.body))
        default:
            throw .rejected(status: response.status, message: explanation(response.body))
        }
    }

    private func pause(_ delay: TimeInterval, _ reason: String, _ attempt: Int, _ onWait: @Sendable (Wait) -> Void) async throws(FetchError) {
        onWait(.retry(reason: reason, attempt: attempt, seconds: Int(delay.rounded(.up))))
        try await sleep(delay)
    }

    /// Waits `seconds`, telling `onWait` the seconds left once a second.
    private func countDown(_ seconds: Int, _ onWait: @Sendable (Wait) -> Void) async throws(FetchError) {
        let end = Date().addingTimeInterval(TimeInterval(seconds))
        var left = seconds
        while left > 0 {
            onWait(.rateLimit(secondsLeft: left))
            try await sleep(min(1, end.timeIntervalSinceNow))
            left = Int(end.timeIntervalSinceNow.rounded(.up))
        }
    }

    private func sleep(_ seconds: TimeInterval) async throws(FetchError) {
        guard seconds > 0 else { return }
        do {
            try await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
        } catch {
            throw .cancelled
        }
    }

    /// The API's explanation of a refusal, in one short line, without the token.
    private func explanation(_ body: Data) -> String {
        var text = ""
        if let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] {
            let first = (object["errors"] as? [[String: Any]])?.first
            // A 400's errors name the parameter at fault; a 401's or 403's detail says what is missing.
            text = (first?["message"] ?? object["detail"] ?? object["title"] ?? first?["detail"]) as? String ?? ""
        } else {
            text = String(decoding: body.prefix(200), as: UTF8.self)
        }
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let trimmed = token.scrub(line.trimmingCharacters(in: .whitespaces))
        return trimmed.count > 200 ? String(trimmed.prefix(200)) + "…" : trimmed
    }

    /// A transport failure as the editor reads it.
    private func map(_ error: Error, url: URL) -> FetchError {
        if error is HTTPExchange.IdleTimeout { return .timedOut(seconds: timeout, attempts: 1) }
        if Task.isCancelled || error is CancellationError { return .cancelled }
        guard let urlError = error as? URLError else { return .network(token.scrub(String(describing: error))) }
        switch urlError.code {
        case .cancelled: return .cancelled
        case .timedOut: return .timedOut(seconds: timeout, attempts: 1)
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed:
            return .connectionRefused("\(url.scheme ?? "https")://\(url.host ?? "")\(url.port.map { ":\($0)" } ?? "")")
        default: return .network(token.scrub(urlError.localizedDescription))
        }
    }
}
