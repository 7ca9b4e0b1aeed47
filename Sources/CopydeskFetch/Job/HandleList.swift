import Foundation

/// The `--users FILE` format: one handle a line, `@` optional; blank lines and `#` comments ignored.
public enum HandleList {
    /// The handles in `text`, in order, each once (compared without case).
    /// - Throws: `.badHandle` naming the file and line of the first one that is no X handle.
    public static func parse(_ text: String, file: String) throws(FetchError) -> [String] {
        var handles: [String] = []
        var seen = Set<String>()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            line = Substring(line.trimmingCharacters(in: .whitespacesAndNewlines))
            guard !line.isEmpty else { continue }
            if line.hasPrefix("@") { line = line.dropFirst() }
            guard isHandle(line) else { throw .badHandle(file: file, line: index + 1, text: String(raw.prefix(60))) }
            if seen.insert(line.lowercased()).inserted { handles.append(String(line)) }
        }
        guard !handles.isEmpty else { throw .noHandles(file: file) }
        return handles
    }

    /// 1–15 letters, digits or underscores, as X allows.
    static func isHandle(_ text: Substring) -> Bool {
        (1...15).contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
