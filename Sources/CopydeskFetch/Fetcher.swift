import CopydeskStore
import Foundation

/// Fetches a job's pages into a folder, or continues a fetch stopped there.
///
/// Each response is written unchanged and atomically as `page-NNN.json`, then the state file
/// (`FetchState`) is rewritten to count it, so a fetch stopped at any point (Ctrl-C, kill -9, a
/// failure) continues from the last complete page and never duplicates or loses one.
public struct Fetcher: Sendable {
    public var folder: String
    public var client: XAPIClient
    public var requests: XAPIRequests

    public init(folder: String, client: XAPIClient, requests: XAPIRequests) {
        self.folder = folder
        self.client = client
        self.requests = requests
    }

    /// What the fetch tells its caller as it goes.
    public enum Event: Sendable {
        /// The folder held this fetch, stopped at `progress`; it continues.
        case resumed(FetchProgress)
        /// `--users` handles that are no X account (left out).
        case unknownAccounts([String])
        /// A page was read (and written, if it had tweets).
        case page(FetchProgress)
        case waiting(XAPIClient.Wait)
    }

    public var statePath: String { path(FetchState.fileName) }

    /// Runs `job` to its end, starting over if `fresh`; returns the finished state.
    public func run(_ job: FetchJob, fresh: Bool = false, events: @escaping @Sendable (Event) -> Void = { _ in }) async throws(FetchError) -> FetchState {
        var state = try start(job, fresh: fresh, events: events)
        let onWait: @Sendable (XAPIClient.Wait) -> Void = { events(.waiting($0)) }
        if job.isPerAccount, state.accounts == nil {
            state.accounts = try await resolve(job, onWait: onWait, events: events)
            try save(state)
        }
        while !state.finished {
            if Task.isCancelled { throw .cancelled }
            let url = requests.page(state.job, accountID: state.account?.id, token: state.nextToken)
            let body = try await client.get(url, onWait: onWait)
            let page = try PageSummary(body, page: state.pages + 1)
            if page.tweets > 0 { try write(body, to: path(FetchState.pageName(state.pages + 1))) }
            state.advance(past: page)
            try save(state)
            events(.page(state.progress))
        }
        return state
    }

    /// The state to go on from: the folder's, when it holds this job; a new one otherwise.
    private func start(_ job: FetchJob, fresh: Bool, events: @Sendable (Event) -> Void) throws(FetchError) -> FetchState {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .file("\(folder): cannot create the folder (\(error.localizedDescription))")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        // Temporary files of writes a kill cut short.
        for name in names where name.contains(".tmp-") && (name.hasPrefix(".page-") || name.hasPrefix("." + FetchState.fileName)) {
            unlink(path(name))
        }
        let pages = names.filter { $0.hasPrefix("page-") && $0.hasSuffix(".json") }
        if fresh {
            for name in pages + [FetchState.fileName] { unlink(path(name)) }
            return FetchState(job: job)
        }
        guard let data = FileManager.default.contents(atPath: statePath) else {
            guard pages.isEmpty else { throw .foreignPages(folder: folder) }
            return FetchState(job: job)
        }
        let state = try FetchState.decode(data, path: statePath)
        guard state.job.isSame(as: job) else {
            throw .otherFetch(folder: folder, holds: "\(state.job.source.summary), \(Self.days(state.job))")
        }
        if state.pages > 0 || state.accounts != nil { events(.resumed(state.progress)) }
        return state
    }

    /// `GET /2/users/by` for the handles, 100 at a time; the accounts found, in the file's order.
    private func resolve(_ job: FetchJob, onWait: @escaping @Sendable (XAPIClient.Wait) -> Void, events: @Sendable (Event) -> Void) async throws(FetchError) -> [FetchState.Account] {
        guard case .users(let handles) = job.source else { return [] }
        var found: [String: FetchState.Account] = [:]
        var start = 0
        while start < handles.count {
            let batch = Array(handles[start..<min(start + XAPIRequests.batchSize, handles.count)])
            let body = try await client.get(requests.users(batch), onWait: onWait)
            guard let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else {
                throw .apiError("the answer to GET /2/users/by is not a JSON object")
            }
            for user in object["data"] as? [[String: Any]] ?? [] {
                guard let id = user["id"] as? String, let username = user["username"] as? String else { continue }
                found[username.lowercased()] = FetchState.Account(id: id, username: username)
            }
            start += XAPIRequests.batchSize
        }
        let accounts = handles.compactMap { found[$0.lowercased()] }
        let missing = handles.filter { found[$0.lowercased()] == nil }
        guard !accounts.isEmpty else { throw .noAccounts(missing) }
        if !missing.isEmpty { events(.unknownAccounts(missing)) }
        return accounts
    }

    private func save(_ state: FetchState) throws(FetchError) {
        try write(state.encoded(), to: statePath)
    }

    private func write(_ data: Data, to path: String) throws(FetchError) {
        do {
            try AtomicFile.write(data, to: path)
        } catch {
            throw FetchError(error)
        }
    }

    private func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    private static func days(_ job: FetchJob) -> String {
        job.window.start == job.window.end ? "\(job.window.start)" : "\(job.window.start) to \(job.window.end)"
    }
}
