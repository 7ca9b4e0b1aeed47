/// A tweet export format, as detected from a file's content.
public enum InputFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// X API v2 responses: `data`, `includes.users`, `meta`; one response or an array (or lines) of them.
    case xAPI = "x-api-v2"
    /// twscrape or snscrape tweets, one JSON object a line (or a JSON array of them).
    case twscrape = "twscrape-jsonl"
    /// A Twitter archive's `tweets.js` (`window.YTD.tweets.part0 = [...]`).
    case twitterArchive = "twitter-archive"
    /// Comma-separated values with a header row.
    case csv
}
