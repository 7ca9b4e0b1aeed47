/// The comment lines a learned model's file carries: `# copydesk KIND, version N` (another version
/// is refused, saying how to write the file anew) and `# trained on: DAYS`.
enum ModelFileComment {
    /// Reads the `#` line `text` (line `number` of `file`): the days of a `# trained on:` line, nil for other comments.
    static func read(_ text: String, kind: String, version: Int, rewrite: String, file: String, number: Int) throws(ModelFileError) -> [String]? {
        let versionPrefix = "# copydesk \(kind), version "
        if text.hasPrefix(versionPrefix), Int(text.dropFirst(versionPrefix.count)) != version {
            throw ModelFileError(file: file, line: number, problem: "version \(text.dropFirst(versionPrefix.count)) is not \(version); \(rewrite)")
        }
        let trainedPrefix = "# trained on: "
        return text.hasPrefix(trainedPrefix) ? text.dropFirst(trainedPrefix.count).split(separator: " ").map(String.init) : nil
    }
}
