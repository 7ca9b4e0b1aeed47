/// The comment lines a learned model's file carries: `# copydesk KIND, version N` (another version
/// is refused, saying how to write the file anew) and `# trained on: DAYS`.
enum ModelFileComment {
    /// Reads the `#` line `text` (line `number` of `file`): the days of a `# trained on:` line, nil for other comments.
    static func read(_ text: String, kind: String, version: Int, rewrite: String, file: String, number: Int) throws(DataFileError) -> [String]? {
        let versionPrefix = "# copydesk \(kind), version "
        if text.hasPrefix(versionPrefix), Int(text.dropFirst(versionPrefix.count)) != version {
            throw DataFileError(file: file, line: number, problem: "version \(text.dropFirst(versionPrefix.count)) is not \(version); \(rewrite)")
        }
        let trainedPrefix = "# trained on: "
        return text.hasPrefix(trainedPrefix) ? text.dropFirst(trainedPrefix.count).split(separator: " ").map(String.init) : nil
    }
}

/// A learned model's tab-separated text read into rows of fields, its comments checked: what both
/// model files' readers share.
struct ModelFileRows {
    /// The days of the `# trained on:` line.
    var trainedOn: [String] = []
    /// Each line that is neither empty nor a comment, with its 1-based number.
    var rows: [(number: Int, fields: [String])] = []

    init(_ text: String, kind: String, version: Int, rewrite: String, file: String) throws(DataFileError) {
        for (n, raw) in DataFileError.lines(of: text).enumerated() {
            let line = String(raw)
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                if let days = try ModelFileComment.read(line, kind: kind, version: version, rewrite: rewrite, file: file, number: n + 1) {
                    trainedOn = days
                }
                continue
            }
            rows.append((n + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
    }
}
