import CopydeskCore
import Foundation

/// Where a fetch stands, for the progress line: pages, tweets, accounts done, the time covered.
public struct FetchProgress: Sendable, Hashable {
    public var pages: Int
    public var tweets: Int
    /// `--users`: accounts finished, and how many there are.
    public var accountsDone: Int?
    public var accounts: Int?
    /// `--users`: the account being read.
    public var account: String?
    /// The oldest tweet read in the current stream: the stream is covered from there to the end.
    public var oldest: Date?
    public var finished: Bool
    public var job: FetchJob

    /// `page 7 · 642 tweets · accounts 3/40 · @karpathy covered 2026-01-24 09:12 – 2026-01-25 00:00 (+08:00)`.
    public var line: String {
        var parts = ["\(pages) page\(pages == 1 ? "" : "s")", "\(tweets) tweet\(tweets == 1 ? "" : "s")"]
        if let accounts { parts.append("accounts \(accountsDone ?? 0)/\(accounts)") }
        let end = Self.local(job.endTime, job.window.utcOffsetSeconds)
        let zone = "(\(job.window.tzText))"
        if finished {
            parts.append("covered \(Self.local(job.startTime, job.window.utcOffsetSeconds)) – \(end) \(zone)")
        } else if let oldest {
            let from = Self.local(max(oldest, job.startTime), job.window.utcOffsetSeconds)
            parts.append("\(account.map { "@\($0) " } ?? "")covered \(from) – \(end) \(zone)")
        } else if let account {
            parts.append("@\(account)")
        }
        return parts.joined(separator: " · ")
    }

    /// `2026-01-24 09:12` at the offset.
    static func local(_ date: Date, _ offset: Int) -> String {
        let day = LocalDate(containing: date, utcOffsetSeconds: offset)
        let seconds = Int(date.timeIntervalSince(day.midnight(utcOffsetSeconds: offset)))
        return "\(day) " + String(format: "%02d:%02d", seconds / 3600, seconds % 3600 / 60)
    }
}
