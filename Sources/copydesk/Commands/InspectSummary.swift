import CopydeskCore
import CopydeskStore
import Foundation

/// The human-readable form of a `LoadReport`, as `copydesk inspect` prints it.
struct InspectSummary {
    var report: LoadReport
    /// Offset times are shown in.
    var offsetSeconds: Int
    /// Warnings listed before the rest are only counted.
    var warningLimit = 20

    var text: String {
        var out = ""
        out += "Inputs\n"
        let paths = report.inputs.map(\.path)
        let pathWidth = min(paths.map(\.count).max() ?? 0, 60)
        for input in report.inputs {
            let path = input.path.count > 60 ? "…" + input.path.suffix(59) : input.path
            out += "  " + pad(path, pathWidth) + "  " + pad(input.format.rawValue, 15)
                + padLeft("\(input.tweets)", 7) + " tweets  " + padLeft(Self.size(input.size), 9)
                + "  sha256 " + input.sha256.prefix(12) + "\n"
        }
        out += "\nTweets\n"
        var rows: [(String, String)] = [
            ("read", "\(report.read)"),
            ("kept", "\(report.kept)"),
            ("duplicates", "\(report.duplicates)"),
            ("outside window", report.window == nil ? "0 (no window)" : "\(report.outsideWindow)"),
        ]
        let reasons = report.skipped.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        rows.append(("skipped", "\(report.skippedTotal)" + (reasons.isEmpty ? "" : "  (" + reasons.joined(separator: ", ") + ")")))
        rows.append(("authors", "\(report.authors)"))
        if let window = report.window {
            let range = window.start == window.end ? "\(window.start)" : "\(window.start) to \(window.end)"
            rows.append(("window", "\(range) (\(window.tzText))"))
        }
        if let span = report.span {
            rows.append(("time span", "\(Self.time(span.first, offsetSeconds)) to \(Self.time(span.last, offsetSeconds)) (\(Self.offset(offsetSeconds)))"))
        }
        rows.append(("UTF-8 repairs", "\(report.repairedUTF8)"))
        rows.append(("formats", report.formats.map(\.rawValue).joined(separator: ", ")))
        let labelWidth = rows.map(\.0.count).max() ?? 0
        for (label, value) in rows {
            out += "  " + pad(label, labelWidth) + "  " + value + "\n"
        }
        if !report.warnings.isEmpty {
            out += "\nWarnings (\(report.warnings.count))\n"
            for warning in report.warnings.prefix(warningLimit) {
                out += "  \(warning.location): \(warning.message)\n"
            }
            if report.warnings.count > warningLimit {
                out += "  … and \(report.warnings.count - warningLimit) more (see --json)\n"
            }
        }
        return out
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    private func padLeft(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }

    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1 << 20 { return String(format: "%.1f KB", Double(bytes) / 1024) }
        return String(format: "%.1f MB", Double(bytes) / Double(1 << 20))
    }

    /// `2026-01-24 08:03` at the given offset.
    static func time(_ date: Date, _ offsetSeconds: Int) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        let day = LocalDate(daysSinceEpoch: Int((Double(seconds) / 86400).rounded(.down)))
        let secondOfDay = seconds - day.daysSinceEpoch * 86400
        return "\(day) " + String(format: "%02d:%02d", secondOfDay / 3600, secondOfDay % 3600 / 60)
    }

    static func offset(_ seconds: Int) -> String {
        let magnitude = abs(seconds)
        return (seconds < 0 ? "-" : "+") + String(format: "%02d:%02d", magnitude / 3600, magnitude % 3600 / 60)
    }
}
