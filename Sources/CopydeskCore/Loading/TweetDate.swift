import Foundation

/// Parses the creation times tweet exports write, without `DateFormatter` (slow, locale-bound).
///
/// Accepted: ISO 8601 (`2026-01-24T03:12:00.000Z`, `2026-01-24T03:12:00+00:00`, a space instead
/// of `T`, offsets `+0800`/`+08`), the classic Twitter form (`Wed Oct 10 20:19:24 +0000 2018`),
/// and Unix seconds. A time without an offset is taken as UTC and flagged.
enum TweetDate {
    struct Parsed: Equatable {
        var date: Date
        /// True when the text had no offset and UTC was assumed.
        var assumedUTC: Bool
    }

    static func parse(_ text: String) -> Parsed? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// `parse` over the UTF-8 bytes of the text, read in place (a JSON field needs no `String`).
    static func parse(utf8: UnsafeBufferPointer<UInt8>) -> Parsed? {
        // Scanned in place: no array of the bytes, no Foundation. Longer than any time is no time
        // (what followed the first 64 bytes used to be ignored).
        var length = utf8.count
        while length > 0, utf8[length - 1] == 0x20 { length -= 1 }
        guard length <= 64 else { return nil }
        let bytes = UnsafeBufferPointer(rebasing: utf8.prefix(length))
        var scanner = Scanner(bytes: bytes)
        scanner.skipSpaces()
        if let parsed = iso(&scanner) { return parsed }
        var classic = Scanner(bytes: bytes)
        classic.skipSpaces()
        if let parsed = twitter(&classic) { return parsed }
        // Unix seconds are decimal digits (Double alone would take `0x69745e70`, `1e9` or `nan`).
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") }) else { return nil }
        if let seconds = Double(text), seconds > 0, seconds < 1e11 {
            return Parsed(date: Date(timeIntervalSince1970: seconds), assumedUTC: false)
        }
        return nil
    }

    private static func iso(_ s: inout Scanner) -> Parsed? {
        guard let year = s.digits(4), s.eat("-"), let month = s.digits(2), s.eat("-"), let day = s.digits(2),
              let date = LocalDate(year: year, month: month, day: day) else { return nil }
        guard s.eat("T") || s.eat(" ") || s.eat("t") else { return nil }
        guard let hour = s.digits(2), s.eat(":"), let minute = s.digits(2) else { return nil }
        var second = 0
        var fraction = 0.0
        if s.eat(":") {
            guard let sec = s.digits(2) else { return nil }
            second = sec
            if s.eat(".") || s.eat(",") {
                var scale = 0.1
                var any = false
                while let d = s.digit() {
                    fraction += Double(d) * scale
                    scale /= 10
                    any = true
                }
                guard any else { return nil }
            }
        }
        guard hour < 24, minute < 60, second <= 60 else { return nil }
        s.skipSpaces()
        var offset = 0
        var assumed = false
        if s.atEnd {
            assumed = true
        } else if s.eat("Z") || s.eat("z") || s.eatWord("UTC") || s.eatWord("GMT") {
            offset = 0
        } else if let parsed = s.offset() {
            offset = parsed
        } else {
            return nil
        }
        s.skipSpaces()
        guard s.atEnd else { return nil }
        let seconds = date.daysSinceEpoch * 86400 + hour * 3600 + minute * 60 + second - offset
        return Parsed(date: Date(timeIntervalSince1970: Double(seconds) + fraction), assumedUTC: assumed)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `Wed Oct 10 20:19:24 +0000 2018`.
    private static func twitter(_ s: inout Scanner) -> Parsed? {
        guard s.letters() != nil else { return nil }  // weekday, not checked
        s.skipSpaces()
        guard let monthName = s.letters()?.lowercased(), let monthIndex = months.firstIndex(of: String(monthName.prefix(3))) else { return nil }
        s.skipSpaces()
        guard let day = s.digits(2) ?? s.digits(1) else { return nil }
        s.skipSpaces()
        guard let hour = s.digits(2), s.eat(":"), let minute = s.digits(2), s.eat(":"), let second = s.digits(2) else { return nil }
        s.skipSpaces()
        guard let offset = s.offset() else { return nil }
        s.skipSpaces()
        guard let year = s.digits(4), let date = LocalDate(year: year, month: monthIndex + 1, day: day),
              hour < 24, minute < 60, second <= 60 else { return nil }
        s.skipSpaces()
        guard s.atEnd else { return nil }
        let seconds = date.daysSinceEpoch * 86400 + hour * 3600 + minute * 60 + second - offset
        return Parsed(date: Date(timeIntervalSince1970: Double(seconds)), assumedUTC: false)
    }

    /// A cursor over ASCII bytes.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        var atEnd: Bool { i >= bytes.count }

        // ASCII scalars and static words: a `Character` or `String` argument cost more than the scan.
        mutating func eat(_ c: Unicode.Scalar) -> Bool {
            guard i < bytes.count, bytes[i] == UInt8(truncatingIfNeeded: c.value) else { return false }
            i += 1
            return true
        }

        mutating func eatWord(_ word: StaticString) -> Bool {
            let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            guard bytes.count - i >= w.count, bytes[i..<i + w.count].elementsEqual(w) else { return false }
            i += w.count
            return true
        }

        mutating func skipSpaces() { while i < bytes.count, bytes[i] == 0x20 { i += 1 } }

        mutating func digit() -> Int? {
            guard i < bytes.count, (0x30...0x39).contains(bytes[i]) else { return nil }
            defer { i += 1 }
            return Int(bytes[i] - 0x30)
        }

        /// Exactly `count` digits.
        mutating func digits(_ count: Int) -> Int? {
            let start = i
            var value = 0
            for _ in 0..<count {
                guard let d = digit() else { i = start; return nil }
                value = value * 10 + d
            }
            // Refuse a longer run of digits: `2026` is not `20` followed by `26`.
            if i < bytes.count, (0x30...0x39).contains(bytes[i]) { i = start; return nil }
            return value
        }

        mutating func letters() -> String? {
            let start = i
            while i < bytes.count, (0x41...0x5A).contains(bytes[i]) || (0x61...0x7A).contains(bytes[i]) { i += 1 }
            return i > start ? String(decoding: bytes[start..<i], as: UTF8.self) : nil
        }

        /// `+08:00`, `+0800`, `+08`, `-0500`.
        mutating func offset() -> Int? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") else { return nil }
            let sign = bytes[i] == UInt8(ascii: "-") ? -1 : 1
            let start = i
            i += 1
            var hours = 0, minutes = 0
            if let hhmm = digits(4) {
                hours = hhmm / 100
                minutes = hhmm % 100
            } else if let hh = digits(2) {
                hours = hh
                if eat(":") {
                    guard let mm = digits(2) else { i = start; return nil }
                    minutes = mm
                }
            } else {
                i = start
                return nil
            }
            guard hours <= 14, minutes < 60 else { i = start; return nil }
            return sign * (hours * 3600 + minutes * 60)
        }
    }
}
