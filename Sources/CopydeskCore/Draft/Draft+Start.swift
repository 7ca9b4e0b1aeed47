import Foundation

extension Draft.Metadata {
    /// The evening hour a post drafted away from its report's days is dated at (`2026-01-24 20:00:00 +0800`).
    public static let eveningTime = "20:00:00"

    /// The default front matter for a post drafted at `date`: the window's slug as title, and
    /// `date`/`posttime` by `defaultDate(at:window:)`.
    public init(startingAt date: Date, window: ReportWindow) {
        let stamp = Self.defaultDate(at: date, window: window)
        self.init(title: window.slug, date: stamp, postTime: stamp)
    }

    /// The post's date when drafted at `now`: `now` itself when it falls on the report's last day
    /// or the day after (a report published when its day ends), else the last day at
    /// `eveningTime`, so a report drafted weeks later still sorts and files under its own day.
    public static func defaultDate(at now: Date, window: ReportWindow) -> String {
        let today = LocalDate(containing: now, utcOffsetSeconds: window.utcOffsetSeconds)
        return allowedDays(window).contains(today) ? stamp(now, window: window) : "\(window.end) \(eveningTime) \(window.offsetText)"
    }

    /// The days a post's date may fall on: the report's last day and the day after.
    public static func allowedDays(_ window: ReportWindow) -> [LocalDate] { [window.end, window.end.next] }

    /// The day of the front matter's `date` (`2026-01-24 …`), nil when it does not start with one.
    public var day: LocalDate? { LocalDate(String(date.prefix(10))) }

    /// `YYYY-MM-DD HH:MM:SS +0800` for an instant, in the window's offset.
    public static func stamp(_ date: Date, window: ReportWindow) -> String {
        let offset = window.utcOffsetSeconds
        let seconds = Int((date.timeIntervalSince1970 + Double(offset)).rounded(.down))
        let day = LocalDate(daysSinceEpoch: Int((Double(seconds) / 86400).rounded(.down)))
        let s = seconds - day.daysSinceEpoch * 86400
        return "\(day) " + String(format: "%02d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60) + " \(window.offsetText)"
    }
}
