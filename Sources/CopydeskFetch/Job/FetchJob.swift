import CopydeskCore
import Foundation

/// One fetch: whose tweets, for which report window, and the exact time range asked of the API.
///
/// The range is fixed when the fetch starts and kept in the state file, so a resumed fetch asks
/// for the same pages as the first run did, even when the window was still open then.
public struct FetchJob: Sendable, Hashable, Codable {
    public var source: FetchSource
    public var window: ReportWindow
    /// `start_time`, as sent: the window's first instant.
    public var startTime: Date
    /// `end_time`, as sent: the window's end, or a little before the start of the fetch if that is earlier.
    public var endTime: Date

    /// How far back recent search reaches.
    public static let searchReach: TimeInterval = 7 * 86400
    /// The API refuses an `end_time` less than 10 seconds old.
    static let endMargin: TimeInterval = 15

    /// The job for `source` over `window`, as started at `now`.
    /// - Throws: `.windowNotStarted` for a window in the future, `.searchTooOld` for a search
    ///   starting more than seven days before `now`.
    public init(source: FetchSource, window: ReportWindow, now: Date = Date()) throws(FetchError) {
        self.source = source
        self.window = window
        startTime = window.lowerBound
        endTime = min(window.upperBound, now.addingTimeInterval(-Self.endMargin))
        guard startTime < endTime else { throw .windowNotStarted(window.start.description) }
        if case .query = source, startTime < now.addingTimeInterval(-Self.searchReach) {
            throw .searchTooOld(window.start.description)
        }
    }

    /// Whether `other` fetches the same tweets (its time range may differ: it starts later).
    public func isSame(as other: FetchJob) -> Bool {
        source == other.source && window == other.window
    }

    /// The accounts' timelines (`--users`), or one stream (a list or a search).
    var isPerAccount: Bool {
        if case .users = source { return true }
        return false
    }
}
