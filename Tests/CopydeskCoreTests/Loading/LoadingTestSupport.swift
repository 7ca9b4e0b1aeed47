import CopydeskCore
import Foundation

/// Parses `text` as the content of a file named `file`.
func parseExport(_ text: String, file: String = "export", options: ParseOptions = ParseOptions()) throws(LoadError) -> ParsedInput {
    try TweetParser.parse(Array(text.utf8), file: file, options: options)
}

/// The `LoadError` parsing `bytes` throws, or `nil` if it parses.
func loadError(_ bytes: [UInt8], file: String = "export") -> LoadError? {
    do {
        _ = try TweetParser.parse(bytes, file: file)
        return nil
    } catch {
        return error
    }
}

/// `2026-01-24T03:12:00Z` and friends as `Date`s.
func utc(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.date(from: text)!
}
