/// Why a drafting request failed: each case prints as one clear line, and none holds the API key.
public enum LLMError: Error, Sendable, Equatable {
    /// No endpoint is configured (copydesk then works offline).
    case notConfigured
    /// The configured base URL is not an http(s) URL.
    case invalidBaseURL(String)
    /// Nothing listens at the endpoint.
    case connectionRefused(endpoint: String)
    /// The endpoint's host name does not resolve.
    case unknownHost(String)
    /// The server sent nothing for the configured number of seconds.
    case timedOut(seconds: Double)
    /// 401 or 403: the key is missing, wrong or not allowed this model.
    case unauthorized(status: Int, message: String)
    /// 429 on every attempt.
    case rateLimited(attempts: Int)
    /// 5xx on every attempt.
    case serverError(status: Int, attempts: Int)
    /// Another HTTP status (400, 404, …) with the server's own explanation.
    case rejected(status: Int, message: String)
    /// The body is not the chat-completions JSON the protocol promises.
    case malformedResponse(String)
    /// The stream ended before the answer was finished.
    case streamInterrupted(receivedCharacters: Int)
    /// The model answered with nothing but white space.
    case emptyAnswer
    /// The request was cancelled (Ctrl-C).
    case cancelled
    /// Any other transport failure, as the system describes it.
    case network(String)

    /// The one-line message the editor sees.
    public var message: String {
        switch self {
        case .notConfigured:
            "no LLM endpoint configured: set OPENAI_BASE_URL (and OPENAI_API_KEY, COPYDESK_MODEL) or write ~/.config/copydesk/config.json"
        case .invalidBaseURL(let text):
            "the LLM base URL '\(text)' is not an http:// or https:// URL"
        case .connectionRefused(let endpoint):
            "connection refused by \(endpoint): is the server running?"
        case .unknownHost(let host):
            "unknown host '\(host)': check OPENAI_BASE_URL"
        case .timedOut(let seconds):
            "the LLM server sent nothing for \(Self.format(seconds)) s (timeout; set COPYDESK_LLM_TIMEOUT to wait longer)"
        case .unauthorized(let status, let message):
            "the LLM server refused the API key (HTTP \(status))\(Self.suffix(message)): check OPENAI_API_KEY"
        case .rateLimited(let attempts):
            "the LLM server is rate-limiting (HTTP 429 on \(attempts) attempts): try again later"
        case .serverError(let status, let attempts):
            "the LLM server failed (HTTP \(status) on \(attempts) attempts): try again later"
        case .rejected(let status, let message):
            "the LLM server rejected the request (HTTP \(status))\(Self.suffix(message))"
        case .malformedResponse(let detail):
            "the LLM server's answer is not valid chat-completions JSON: \(detail)"
        case .streamInterrupted(let count):
            "the LLM answer stopped midway (after \(count) character\(count == 1 ? "" : "s")); nothing was changed"
        case .emptyAnswer:
            "the model returned an empty answer; nothing was changed"
        case .cancelled:
            "cancelled; nothing was changed"
        case .network(let description):
            "network error talking to the LLM server: \(description)"
        }
    }

    private static func suffix(_ message: String) -> String {
        message.isEmpty ? "" : ": \(message)"
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

extension LLMError: CustomStringConvertible {
    public var description: String { message }
}
