import CopydeskStore

/// Why a fetch stopped: each case prints as one clear line, and none holds the bearer token.
public enum FetchError: Error, Sendable, Equatable {
    case missingToken
    case invalidBaseURL(String)
    case badHandle(file: String, line: Int, text: String)
    case noHandles(file: String)
    /// The window's first day has not begun.
    case windowNotStarted(String)
    /// Recent search reaches back seven days only.
    case searchTooOld(String)
    /// None of `--users`' handles is an X account.
    case noAccounts([String])
    /// 401: the token is wrong, revoked or not a bearer token.
    case unauthorized(message: String)
    /// 403: the token's app or plan may not read this endpoint.
    case forbidden(message: String)
    /// 429 with a reset too far off to wait for.
    case rateLimited(resetsIn: Int)
    /// 5xx on every attempt.
    case serverError(status: Int, attempts: Int)
    /// No answer within the timeout on every attempt.
    case timedOut(seconds: Double, attempts: Int)
    /// Another status (400, 404, …) with the API's explanation.
    case rejected(status: Int, message: String)
    /// A 200 answer holding only `errors`: the list or account does not exist, or is private.
    case apiError(String)
    /// Page `number` is not JSON, or not the expected shape.
    case badPage(number: Int, detail: String)
    case connectionRefused(String)
    case network(String)
    /// The folder holds another fetch's pages.
    case otherFetch(folder: String, holds: String)
    /// The folder holds page files but no state file.
    case foreignPages(folder: String)
    case badState(path: String, detail: String)
    case file(String)
    /// Ctrl-C.
    case cancelled

    /// The one-line message the editor sees.
    public var message: String {
        switch self {
        case .missingToken:
            "X_BEARER_TOKEN is not set: export the Bearer Token of your X developer app (developer.x.com → your app → Keys and tokens)"
        case .invalidBaseURL(let text):
            "X_API_BASE_URL '\(text)' is not an http:// or https:// URL"
        case .badHandle(let file, let line, let text):
            "\(file):\(line): '\(text)' is not an X handle (1–15 letters, digits or _, one a line; # starts a comment)"
        case .noHandles(let file):
            "\(file): no handles in the file (write one a line)"
        case .windowNotStarted(let day):
            "the window starting \(day) has not begun yet: nothing to fetch"
        case .searchTooOld(let day):
            "--query searches the last 7 days only, and \(day) is older: use --list or --users for older days"
        case .noAccounts(let handles):
            "none of the handles is an X account (\(handles.prefix(5).map { "@\($0)" }.joined(separator: ", "))\(handles.count > 5 ? ", …" : ""))"
        case .unauthorized(let message):
            "X refused the bearer token (HTTP 401\(Self.suffix(message))): check X_BEARER_TOKEN; it must be the app's Bearer Token, not an API key or access token, and not revoked"
        case .forbidden(let message):
            "X refused access (HTTP 403\(Self.suffix(message))): the token's app or access level may not read this endpoint (list and user timelines and search need the Basic plan or above), or the list is private"
        case .rateLimited(let seconds):
            "X's rate limit resets in \(seconds / 60) min: run the same command again then; the pages so far are kept"
        case .serverError(let status, let attempts):
            "X failed (HTTP \(status) on \(attempts) attempts): run the same command again later; the pages so far are kept"
        case .timedOut(let seconds, let attempts):
            "X sent nothing for \(Int(seconds)) s (\(attempts) attempts): check the network and run the same command again; the pages so far are kept"
        case .rejected(let status, let message):
            "X rejected the request (HTTP \(status)\(Self.suffix(message)))"
        case .apiError(let message):
            "X answered with an error: \(message)"
        case .badPage(let number, let detail):
            "page \(number) from X is unusable: \(detail); it was not written, the pages before it are kept: run the same command to fetch it again"
        case .connectionRefused(let endpoint):
            "cannot connect to \(endpoint): check the network (or X_API_BASE_URL)"
        case .network(let description):
            "network error talking to X: \(description)"
        case .otherFetch(let folder, let holds):
            "\(folder) holds the pages of another fetch (\(holds)): use another --out folder, or --fresh to replace them"
        case .foreignPages(let folder):
            "\(folder) already holds page files this command did not write: use an empty --out folder, or --fresh to replace them"
        case .badState(let path, let detail):
            "\(path): \(detail): use --fresh to start the fetch over"
        case .file(let description):
            description
        case .cancelled:
            "stopped"
        }
    }

    private static func suffix(_ message: String) -> String {
        message.isEmpty ? "" : ": \(message)"
    }

    init(_ error: FileError) {
        self = .file(error.description)
    }
}

extension FetchError: CustomStringConvertible {
    public var description: String { message }
}
