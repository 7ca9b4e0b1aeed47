/// An input that cannot be used at all: where, what is wrong, and what to do.
///
/// Bad records inside a usable file are not errors: they are skipped and reported as `LoadWarning`s.
public struct LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var problem: Problem

    public init(_ location: SourceLocation, _ problem: Problem) {
        self.location = location
        self.problem = problem
    }

    public init(file: String, line: Int = 0, column: Int? = nil, _ problem: Problem) {
        self.init(SourceLocation(file: file, line: line, column: column), problem)
    }

    /// What is wrong with an input.
    public enum Problem: Equatable, Sendable {
        case notFound
        case unreadable(reason: String)
        case notARegularFile
        case tooLarge(bytes: Int64, limit: Int64)
        case empty
        case binary(kind: String)
        case unrecognisedFormat(start: String)
        case malformedJSON(message: String)
        case tooDeep(limit: Int)
        case unexpectedJSONShape(message: String)
        case missingColumns([String])
        case notTweets(kind: String)
        case noInputs
        case noSupportedFiles
    }

    public var description: String {
        "\(location): error: \(problem.message). \(problem.advice)"
    }
}

extension LoadError.Problem {
    /// What is wrong, in a phrase.
    public var message: String {
        switch self {
        case .notFound: return "no such file or folder"
        case .unreadable(let reason): return "cannot be read (\(reason))"
        case .notARegularFile: return "not a regular file or folder"
        case .tooLarge(let bytes, let limit): return "the file is \(bytes) bytes, over the \(limit)-byte limit"
        case .empty: return "the file is empty"
        case .binary(let kind): return "this is binary data (\(kind)), not a tweet export"
        case .unrecognisedFormat(let start): return "the format is not recognised (it starts with \(start))"
        case .malformedJSON(let message): return "malformed JSON: \(message)"
        case .tooDeep(let limit): return "JSON nested deeper than \(limit) levels"
        case .unexpectedJSONShape(let message): return "unexpected JSON: \(message)"
        case .missingColumns(let names): return "the CSV header lacks required column\(names.count == 1 ? "" : "s") \(names.joined(separator: ", "))"
        case .notTweets(let kind): return "this Twitter archive file holds \(kind), not tweets"
        case .noInputs: return "no inputs given"
        case .noSupportedFiles: return "the folder holds no tweet exports"
        }
    }

    /// What to do about it.
    public var advice: String {
        switch self {
        case .notFound: return "Check the path."
        case .unreadable: return "Check the file's permissions."
        case .notARegularFile: return "Pass a tweet export file or a folder of them."
        case .tooLarge: return "Split the export into smaller files (one day or one page each)."
        case .empty: return "Export the tweets again, or leave this file out."
        case .binary, .unrecognisedFormat:
            return "Pass X API v2 JSON, twscrape/snscrape JSONL, a Twitter archive tweets.js, or CSV with a header row."
        case .malformedJSON: return "Fix the JSON at that spot or export it again."
        case .tooDeep: return "This is not a tweet export; export the tweets again."
        case .unexpectedJSONShape: return "Pass X API v2 responses (with \"data\"), or twscrape/snscrape tweet objects."
        case .missingColumns:
            return "Name the columns in the header row: id (or tweet_id), created_at (or date), username (or author), text (or full_text)."
        case .notTweets: return "Pass the archive's tweets.js (account.js is read from beside it)."
        case .noInputs: return "Name tweet export files or folders."
        case .noSupportedFiles: return "Put X API JSON, JSONL, tweets.js or CSV files in it, or name the files directly."
        }
    }
}
