/// The structure of a post, without its news: front-matter keys and value shapes, headings,
/// separators, bold label lines, numbering, bullet levels and lead-ins, and the image line.
///
/// Two posts of the same form have equal skeletons whatever their stories, which is how the tests
/// compare a rendered post with the reference, and how a user's template can be checked.
public enum PostSkeleton {
    /// One line per structural element. Digits in front matter, the report line and the image
    /// become `9`; runs of the same kind of content line collapse into one.
    public static func lines(of markdown: String) -> [String] {
        var out: [String] = []
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") {
            for line in lines[1..<close] {
                out.append("front " + digitsAsNines(line))
            }
            lines = Array(lines[(close + 1)...])
        }
        for line in lines {
            guard let token = token(line) else { continue }
            // Content lines of the same kind in a row are one element of the form.
            if token.hasSuffix(" …"), out.last == token { continue }
            // So are repeated bullets named by their news (`个股分析：$INTC`, then `个股分析：$NVDA`):
            // how many stocks a day has is news, not form.
            if token.hasSuffix("…**"), let previous = out.lastIndex(of: token),
               out[(previous + 1)...].allSatisfy({ $0.hasPrefix("li@1 ") || $0.hasPrefix("li@2 ") }) {
                continue
            }
            out.append(token)
        }
        return out
    }

    static func token(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("<!--") { return nil }
        if trimmed == "---" { return "rule" }
        if let m = trimmed.wholeMatch(of: /(#{1,6}) (.*)/) { return "h\(m.output.1.count) \(m.output.2)" }
        if trimmed.hasPrefix("Twitter A") { return "report " + digitsAsNines(trimmed) }
        if let m = trimmed.wholeMatch(of: /!\[([^\]]*)\]\(([^)]*)\)/) { return "image \(m.output.1) \(digitsAsNines(String(m.output.2)))" }
        let indent = (line.prefix { $0 == " " }.count) / 4
        if let m = line.wholeMatch(of: /(\d+\.\s+)(.*)/) {
            return "ol \"\(m.output.1)\" " + (m.output.2.hasPrefix("**") ? "lead" : "text")
        }
        if let m = trimmed.wholeMatch(of: /\*   (.*)/) {
            let body = String(m.output.1)
            // A label bullet (`*   **模型与技术突破**：`) is part of the form; its text after an inner
            // colon (`个股分析：Intel (INTC)`) is news.
            if let label = body.wholeMatch(of: /\*\*([^*]+)\*\*(：|:)?/) {
                var text = String(label.output.1)
                if let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) {
                    text = text[...colon] + "…"
                }
                return "li@\(indent) label **\(text)**\(label.output.2 ?? "")"
            }
            return "li@\(indent) " + (body.hasPrefix("**") ? "lead" : "text") + " …"
        }
        if trimmed.wholeMatch(of: /\*\*[^*]+\*\*/) != nil { return "bold " + trimmed }
        return "p …"
    }

    static func digitsAsNines(_ text: String) -> String {
        String(text.map { $0.isASCII && $0.isNumber ? "9" : $0 })
    }
}
