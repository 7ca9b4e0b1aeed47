import CopydeskCore
import Foundation

/// Loads tweet exports from files and folders, merges them, drops duplicates and applies the window.
public enum TweetLoader {
    /// Loads `paths` (files, or folders of files) and keeps the tweets inside `window` (all if `nil`).
    /// - Throws: `LoadError` for an input that cannot be used at all; bad records are only warnings.
    public static func load(_ paths: [String], window: ReportWindow?) throws(LoadError) -> LoadResult {
        try load(paths, window: window, options: LoadOptions())
    }

    public static func load(_ paths: [String], window: ReportWindow?, options: LoadOptions) throws(LoadError) -> LoadResult {
        // On a thread of its own, so in a heap arena of its own: the caller's heap is often full of
        // freed scratch (the pipeline bench's generated day) that made every allocation slower.
        try Parallel.onOwnThread { () -> Result<LoadResult, LoadError> in
            do throws(LoadError) {
                return .success(try loadHere(paths, window: window, options: options))
            } catch {
                return .failure(error)
            }
        }.get()
    }

    private static func loadHere(_ paths: [String], window: ReportWindow?, options: LoadOptions) throws(LoadError) -> LoadResult {
        var warnings: [LoadWarning] = []
        let files = try InputReader.expand(paths, warnings: &warnings)
        let folderFiles = Set(files).subtracting(paths)
        var parsed: [ParsedInput] = []
        var inputs: [InputFile] = []
        for file in files {
            let bytes = try InputReader.input(file, limit: options.maxFileBytes)
            let digest = options.digests ? BackgroundDigest(of: bytes) : nil
            // However this file ends (read, passed over, refused), its hash ends first.
            defer { digest?.wait() }
            let parseOptions = ParseOptions(archiveAuthor: archiveAuthor(beside: file, options: options))
            let input: ParsedInput
            do throws(LoadError) {
                input = try bytes.parse(file: file, options: parseOptions)
            } catch {
                // In a folder, a file that is not a tweet export (account.js, a README, an image) is passed over.
                guard folderFiles.contains(file), isNotAnExport(error.problem) else { throw error }
                warnings.append(LoadWarning(error.location, "not read: \(error.problem.message)"))
                continue
            }
            parsed.append(input)
            inputs.append(InputFile(path: file, sha256: digest?.value ?? "", size: bytes.count, format: input.format,
                                    records: input.read, tweets: input.tweets.count))
        }
        if parsed.isEmpty, let folder = paths.first {
            throw LoadError(file: folder, .noSupportedFiles)
        }
        return TweetMerger.merge(consume parsed, window: window, inputs: inputs, warnings: warnings)
    }

    private static func isNotAnExport(_ problem: LoadError.Problem) -> Bool {
        switch problem {
        case .binary, .unrecognisedFormat, .notTweets, .empty: return true
        default: return false
        }
    }

    /// The archive owner: `--archive-handle`, else `account.js` beside the file, else `nil`.
    private static func archiveAuthor(beside file: String, options: LoadOptions) -> Tweet.Author? {
        if let handle = options.archiveHandle { return Tweet.Author(handle: handle) }
        let account = (PathText.parent(file) as NSString).appendingPathComponent("account.js")
        guard account != file, let bytes = try? InputReader.read(account, limit: 1 << 20) else { return nil }
        return TweetParser.archiveAccount(bytes)
    }
}
