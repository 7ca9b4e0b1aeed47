import Foundation

/// The local days a report covers: `--date D` (one day) or `--from D1 --to D2`, in a fixed UTC offset.
///
/// The reference post uses +08:00; so does the default.
public struct ReportWindow: Sendable, Hashable, Codable {
    /// First local day, `YYYY-MM-DD`.
    public var start: LocalDate
    /// Last local day (inclusive), `YYYY-MM-DD`.
    public var end: LocalDate
    /// Offset from UTC in seconds (+08:00 is 28800).
    public var utcOffsetSeconds: Int

    public static let defaultOffsetSeconds = 8 * 3600

    public init(start: LocalDate, end: LocalDate, utcOffsetSeconds: Int = ReportWindow.defaultOffsetSeconds) {
        self.start = start
        self.end = end
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// One local day.
    public init(day: LocalDate, utcOffsetSeconds: Int = ReportWindow.defaultOffsetSeconds) {
        self.init(start: day, end: day, utcOffsetSeconds: utcOffsetSeconds)
    }

    /// The first instant inside the window.
    public var lowerBound: Date { start.midnight(utcOffsetSeconds: utcOffsetSeconds) }
    /// The first instant after the window.
    public var upperBound: Date { end.next.midnight(utcOffsetSeconds: utcOffsetSeconds) }

    public func contains(_ date: Date) -> Bool { date >= lowerBound && date < upperBound }

    /// `twitter_ai_20260124_20260124`: the post title and the stem of its file names.
    public var slug: String { "twitter_ai_\(start.compact)_\(end.compact)" }

    /// `+0800`, as the front matter writes it.
    public var offsetText: String { Self.offsetText(utcOffsetSeconds, colon: false) }

    /// `+08:00`, as `--tz` takes it.
    public var tzText: String { Self.offsetText(utcOffsetSeconds, colon: true) }

    /// Parses `+08:00`, `+0800`, `-05:30`, `Z` or `UTC`.
    public static func parseOffset(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t == "Z" || t.uppercased() == "UTC" { return 0 }
        guard let sign = t.first, sign == "+" || sign == "-" else { return nil }
        let digits = t.dropFirst().filter { $0 != ":" }
        guard digits.count == 4 || digits.count == 2, digits.allSatisfy(\.isASCII), let value = Int(digits) else { return nil }
        let hours = digits.count == 2 ? value : value / 100
        let minutes = digits.count == 2 ? 0 : value % 100
        guard hours <= 14, minutes < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    public static func offsetText(_ seconds: Int, colon: Bool) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let hh = String(format: "%02d", magnitude / 3600)
        let mm = String(format: "%02d", magnitude % 3600 / 60)
        return sign + hh + (colon ? ":" : "") + mm
    }
}

/// A calendar day without a time zone.
public struct LocalDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = LocalDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// `2026-01-24`.
    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }
    /// `20260124`.
    public var compact: String { String(format: "%04d%02d%02d", year, month, day) }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The local day containing `date` at the given offset.
    public init(containing date: Date, utcOffsetSeconds: Int) {
        let seconds = Int((date.timeIntervalSince1970 + Double(utcOffsetSeconds)).rounded(.down))
        self.init(daysSinceEpoch: Int((Double(seconds) / 86400).rounded(.down)))
    }

    public var next: LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + 1) }

    public func midnight(utcOffsetSeconds: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(daysSinceEpoch * 86400 - utcOffsetSeconds))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
