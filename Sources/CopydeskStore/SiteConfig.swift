import CopydeskCore
import Foundation

/// The Jekyll site an output folder belongs to, as far as the post's day depends on it.
///
/// Jekyll files a post under the day of its front matter's `date` in the site's `timezone`
/// (`_config.yml`), or in the build machine's zone when there is none, as in a `jekyll new` site.
/// The word cloud sits in the folder of the report's own day, so a site in another zone moves the
/// page away from its image.
public enum SiteConfig {
    /// The `_config.yml` in `folder` or the nearest folder above it; nil when there is none.
    public static func find(from folder: String) -> String? {
        var url = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent("_config.yml").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// The `timezone:` a `_config.yml` sets (top level, quotes and comments taken off); nil when none.
    public static func timezone(inConfig text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            guard let match = line.wholeMatch(of: /timezone\s*:\s*(.*)/) else { continue }
            var value = String(match.1)
            if let hash = value.firstIndex(of: "#") { value = String(value[..<hash]) }
            value = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// What is wrong with the site's `timezone` for this report, or nil when it matches (or the
    /// output folder is in no site).
    public static func timezoneWarning(outputFolder: String, window: ReportWindow) -> String? {
        guard let path = find(from: outputFolder), let data = FileManager.default.contents(atPath: path) else { return nil }
        let fix = "add `timezone: \(suggestedZone(window.utcOffsetSeconds))` (the report's \(window.tzText)) so the page and its word cloud share a day folder (README: blog set-up)"
        guard let name = timezone(inConfig: String(decoding: data, as: UTF8.self)) else {
            return "\(path) sets no `timezone`: Jekyll dates the post in the build machine's zone; " + fix
        }
        guard let zone = TimeZone(identifier: name) else { return "\(path): unknown `timezone: \(name)`; " + fix }
        let offset = zone.secondsFromGMT(for: window.upperBound)
        guard offset != window.utcOffsetSeconds else { return nil }
        return "\(path) sets `timezone: \(name)` (\(ReportWindow.offsetText(offset, colon: true))), not the report's \(window.tzText): " + fix
    }

    /// A zone name for an offset: `Asia/Shanghai` for +08:00, `UTC`, else `Etc/GMT-9` (the POSIX sign is reversed).
    static func suggestedZone(_ offset: Int) -> String {
        switch offset {
        case 8 * 3600: return "Asia/Shanghai"
        case 0: return "UTC"
        case let s where s % 3600 == 0: return "Etc/GMT" + (s > 0 ? "-" : "+") + String(abs(s) / 3600)
        default: return "Area/City"
        }
    }
}
