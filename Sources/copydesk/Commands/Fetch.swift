import ArgumentParser
import CopydeskCore
import CopydeskFetch
import CopydeskHTTP
import Foundation

/// `copydesk fetch --list ID --date D --out DIR`: the day's tweets from the X API v2, one file a page.
struct Fetch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch the day's tweets from the X API into a folder that edit and inspect read.",
        discussion: """
            Reads a list's timeline (--list), accounts' timelines (--users FILE: handles, one a line) or a \
            recent search (--query, last 7 days) over the window, and writes each response unchanged as \
            OUT/page-NNN.json. The bearer token comes from X_BEARER_TOKEN. Stopped (Ctrl-C, a kill, an \
            error), the same command continues from the last complete page.
            """)

    @Option(help: "An X list's id (the number in x.com/i/lists/ID).")
    var list: String?

    @Option(help: "A file of X handles, one a line (@ optional, # comments).")
    var users: String?

    @Option(help: "A recent-search query, as X's search box takes it.")
    var query: String?

    @OptionGroup var day: WindowOptions

    @Option(help: "The folder the pages go to.")
    var out: String

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Discard the folder's earlier pages and start over.")
    var fresh = false

    func validate() throws {
        _ = try day.window()
        let given = [list, users, query].compactMap { $0 }
        guard given.count == 1 else { throw ValidationError("Name one of --list ID, --users FILE or --query 'QUERY'.") }
        if let list, list.isEmpty || !list.allSatisfy(\.isASCII) || !list.allSatisfy(\.isNumber) {
            throw ValidationError("--list \(list): expected a list's numeric id (the number in x.com/i/lists/ID).")
        }
        if let query, query.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--query is empty.")
        }
    }

    func run() async throws {
        let status = FetchStatus(quiet: quiet)
        let environment = ProcessInfo.processInfo.environment
        let window = try day.window()
        let fetcher: Fetcher
        let job: FetchJob
        do throws(FetchError) {
            guard let token = APIKey(environment["X_BEARER_TOKEN"] ?? "") else { throw FetchError.missingToken }
            let baseText = environment["X_API_BASE_URL"] ?? XAPIRequests.defaultBase.absoluteString
            guard let base = XAPIRequests.base(baseText) else { throw FetchError.invalidBaseURL(baseText) }
            fetcher = Fetcher(folder: out, client: XAPIClient(token: token), requests: XAPIRequests(base: base))
            job = try FetchJob(source: try source(), window: window)
        } catch {
            status.fail(error, folder: out, pages: 0)
        }
        do {
            let fresh = self.fresh
            let state = try await InterruptRouter.shared.run { () async throws(FetchError) -> FetchState in
                try await fetcher.run(job, fresh: fresh) { status.show($0) }
            }
            status.finish(state, folder: out)
        } catch {
            let pages = (FileManager.default.contents(atPath: fetcher.statePath))
                .flatMap { try? FetchState.decode($0, path: fetcher.statePath).pages } ?? 0
            status.fail(error, folder: out, pages: pages)
        }
    }

    private func source() throws(FetchError) -> FetchSource {
        if let list { return .list(list) }
        if let query { return .query(query) }
        let file = users ?? ""
        guard let data = FileManager.default.contents(atPath: file) else {
            throw FetchError.file("\(file): cannot read the handles file")
        }
        return .users(try HandleList.parse(String(decoding: data, as: UTF8.self), file: file))
    }
}
