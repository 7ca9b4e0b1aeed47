import ArgumentParser
import CopydeskCore

/// `--date D` or `--from D1 --to D2`, and `--tz`: the report's days, as every command takes them.
struct WindowOptions: ParsableArguments {
    @Option(help: "The report's local day, YYYY-MM-DD.")
    var date: String?

    @Option(help: "First local day of a range, YYYY-MM-DD (with --to).")
    var from: String?

    @Option(help: "Last local day of a range, YYYY-MM-DD (with --from).")
    var to: String?

    // Unconditional, so `--tz -05:00` is read as a value, not as an unknown option.
    @Option(parsing: .unconditional, help: "The report's UTC offset (+08:00, -05:00, Z).")
    var tz: String = "+08:00"

    /// The offset `--tz` names, in seconds.
    func offsetSeconds() throws -> Int {
        guard let offset = ReportWindow.parseOffset(tz) else {
            throw ValidationError("--tz \(tz): expected an offset such as +08:00, -05:00 or Z.")
        }
        return offset
    }

    /// The window the options name, or `nil` when neither --date nor --from/--to is given.
    func optionalWindow() throws -> ReportWindow? {
        if date == nil, from == nil, to == nil {
            _ = try offsetSeconds()
            return nil
        }
        return try window()
    }

    /// The report window the options name.
    func window() throws -> ReportWindow {
        let offset = try offsetSeconds()
        switch (date, from, to) {
        case let (day?, nil, nil):
            return ReportWindow(day: try Self.day(day, option: "--date"), utcOffsetSeconds: offset)
        case let (nil, start?, end?):
            let window = ReportWindow(
                start: try Self.day(start, option: "--from"), end: try Self.day(end, option: "--to"),
                utcOffsetSeconds: offset)
            guard window.start <= window.end else {
                throw ValidationError("--from \(start) is after --to \(end).")
            }
            return window
        case (nil, nil, nil):
            throw ValidationError("Name the report's day with --date YYYY-MM-DD (or a range with --from and --to).")
        default:
            throw ValidationError("Use either --date, or --from and --to together.")
        }
    }

    private static func day(_ text: String, option: String) throws -> LocalDate {
        guard let day = LocalDate(text) else {
            throw ValidationError("\(option) \(text): expected a date as YYYY-MM-DD.")
        }
        return day
    }
}
