import Foundation

extension Draft.Metadata {
    /// The default front matter for a session started at `date`: the window's slug as title, and
    /// `date`/`posttime` at that moment in the window's offset (`2026-01-24 14:32:23 +0800`).
    public init(startingAt date: Date, window: ReportWindow) {
        let stamp = Self.stamp(date, window: window)
        self.init(title: window.slug, date: stamp, postTime: stamp)
    }

    /// `YYYY-MM-DD HH:MM:SS +0800` for an instant, in the window's offset.
    public static func stamp(_ date: Date, window: ReportWindow) -> String {
        let offset = window.utcOffsetSeconds
        let seconds = Int((date.timeIntervalSince1970 + Double(offset)).rounded(.down))
        let day = LocalDate(daysSinceEpoch: Int((Double(seconds) / 86400).rounded(.down)))
        let s = seconds - day.daysSinceEpoch * 86400
        return "\(day) " + String(format: "%02d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60) + " \(window.offsetText)"
    }
}
