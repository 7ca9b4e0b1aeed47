import Foundation

/// Turns a model's raw answer into the text that enters the draft.
///
/// Drops a reasoning model's `<think>…</think>`, a wrapping code fence, echoed data tags
/// (`<story …>`, `</tweet>`) and surrounding blank lines, and undoes the escaping the prompt
/// applied to tweet text. A headline keeps its first line only,
/// without a list number or quotes.
public enum AnswerCleaner {
    public static func clean(_ answer: String, for task: PromptTask) -> String {
        var text = answer
        while let open = text.range(of: "<think>"),
              let close = text.range(of: "</think>", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("```") {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            lines.removeFirst()
            if lines.last?.trimmingCharacters(in: .whitespaces) == "```" { lines.removeLast() }
            text = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        // A weak model may echo the data's own tags; they never belong in the post.
        text = text.replacingOccurrences(
            of: #"</?(stories|story|tweet)(\s[^<>]*)?>"#, with: "", options: .regularExpression)
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        text = PromptEscaping.unescape(text)
        guard case .headline = task else { return text }
        var line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        // "1. ", "3）", "- " before the headline.
        if let match = line.range(of: #"^\s*(\d+[.)、）]|[-*•])\s+"#, options: .regularExpression) {
            line.removeSubrange(match)
        }
        let quotes: [(Character, Character)] = [("\"", "\""), ("“", "”"), ("「", "」")]
        for (open, close) in quotes where line.count >= 2 && line.first == open && line.last == close {
            line = String(line.dropFirst().dropLast())
        }
        return line.trimmingCharacters(in: .whitespaces)
    }
}
