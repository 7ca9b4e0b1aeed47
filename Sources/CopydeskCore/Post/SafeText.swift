import Foundation

/// Turns untrusted text into markdown that can never act on a Jekyll site.
///
/// Jekyll renders Liquid in a post before kramdown sees it, so the guard against Liquid is
/// escaping, not `{% raw %}` (a tweet could close a raw block): every `{` and `}` becomes the
/// entity `&#123;`/`&#125;`, so no `{{`, `{%` or kramdown `{::…}`/`{:…}` can survive. `<` and `>`
/// become entities too, so no HTML or `<script>` reaches the page. Tweet text is further folded
/// onto one line and its markdown punctuation escaped, so it cannot open a heading, list, table,
/// code block, link or image: it always displays as the text that was written.
public enum SafeText {
    /// One line of literal text: tweets, headlines, names. Displays exactly as written.
    public static func inline(_ text: String) -> String {
        let line = oneLine(text)
        var out = ""
        out.reserveCapacity(line.utf8.count + 16)
        let chars = Array(line)
        for (i, c) in chars.enumerated() {
            let prev: Character? = i > 0 ? chars[i - 1] : nil
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "{": out += "&#123;"
            case "}": out += "&#125;"
            case "\\", "`", "*", "_", "[", "]", "|": out += "\\" + String(c)
            // Only doubled, these start math (`$$`), strike-through (`~~`) or typographic dashes.
            case "$" where prev == "$" || next == "$": out += "\\$"
            case "~" where prev == "~" || next == "~": out += "&#126;"
            case "-" where prev == "-" || next == "-": out += "\\-"
            default: out.append(c)
            }
        }
        return escapeLineStart(out)
    }

    /// Markdown written by the editor (or a drafting LLM): emphasis, lists and links stay; Liquid,
    /// HTML, headings, rules, fences, tables and non-web links do not.
    public static func markdown(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var lines: [String] = []
        for raw in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(raw.unicodeScalars.filter { $0 == "\t" || !isDropped($0) }.map(Character.init))
            line = line.replacingOccurrences(of: "\t", with: "    ")
            line = line
                .replacingOccurrences(of: "{", with: "&#123;")
                .replacingOccurrences(of: "}", with: "&#125;")
                .replacingOccurrences(of: "<", with: "&lt;")
            line = neutraliseLinks(line)
            lines.append(escapeBlockStart(line))
        }
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        while lines.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    /// A link target: `http`/`https` only, with the characters that markdown, Liquid or HTML would
    /// read percent-encoded. Nil for anything else (`javascript:`, `data:`, relative paths).
    public static func url(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = t.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        var out = ""
        for scalar in t.unicodeScalars {
            switch scalar {
            case "(", ")", "{", "}", "<", ">", "\"", "'", "`", "\\", "|", "[", "]", "*", "_", " ", "^":
                out += String(format: "%%%02X", scalar.value)
            default:
                if scalar.value < 0x21 || scalar.value == 0x7F || isDropped(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out.count > "https://".count ? out : nil
    }

    /// The inside of a YAML double-quoted scalar (front matter).
    public static func yamlQuoted(_ text: String) -> String {
        var out = ""
        for c in oneLine(text) {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: out.append(c)
            }
        }
        return out
    }

    /// A tweet's link on x.com, with the handle and id (both untrusted) reduced to safe characters.
    public static func tweetLink(handle: String, id: String) -> String? {
        let safeHandle = handle.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        let safeID = id.filter { $0.isASCII && $0.isNumber }
        guard !safeHandle.isEmpty, !safeID.isEmpty else { return nil }
        return "https://x.com/\(safeHandle)/status/\(safeID)"
    }

    // MARK: - Internals

    /// Folds text onto one line: line breaks, tabs and control characters become spaces; bidi
    /// overrides and zero-width joiners that could disguise text are dropped.
    static func oneLine(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isDropped(scalar) { continue }
            if scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F
                || (0x80...0x9F).contains(scalar.value) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out += " "; pendingSpace = false }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Bidi overrides and isolates, and the byte-order mark: invisible, and able to reorder text.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x200E, 0x200F: true
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: true
        default: false
        }
    }

    /// Escapes what would start a block if the text began a line or a list item: `#`, `-`, `+`,
    /// `=`, `:`, and `1.`/`1)` list numbers.
    static func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "#-+=:".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = text.dropFirst(digits.count).first, after == "." || after == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }

    /// In editor markdown: headings, rules, setext underlines, fences, tables and front-matter
    /// dashes lose their power; list markers and blockquotes keep it.
    static func escapeBlockStart(_ line: String) -> String {
        let indent = line.prefix { $0 == " " }
        var body = Substring(line.dropFirst(indent.count))
        var marker = ""
        // Look inside a list item: `*   # x` would still be a heading.
        if let m = body.firstMatch(of: /^(?:[*+-]|\d{1,3}[.)])[ ]+/) {
            marker = String(m.output)
            body = body.dropFirst(marker.count)
        }
        guard let first = body.first else { return line }
        let compact = body.filter { $0 != " " }
        let isRule = compact.count >= 2 && Set(compact).count == 1 && "-=*_~`".contains(compact.first!)
        if isRule || body.hasPrefix("```") || body.hasPrefix("~~~") {
            // Every marker of a rule or fence, or `\---` still reads as `-–`.
            let run = isRule ? body[...] : body.prefix { $0 == first }
            let escaped = run.map { c in c == " " ? " " : c == "~" ? "&#126;" : "\\" + String(c) }.joined()
            return indent + marker + escaped + body.dropFirst(run.count)
        }
        if first == "#" || first == "|" || (marker.isEmpty && first == ":") {
            return indent + marker + "\\" + body
        }
        return line
    }

    /// Replaces link targets whose scheme is not http(s) or mailto with `#`; keeps relative and
    /// anchor links. An escaped bracket (`\](`, as a quoted tweet's text carries it) closes no link:
    /// its text stays as written.
    static func neutraliseLinks(_ line: String) -> String {
        var result = line.replacing(/(\\*)\]\(\s*([^)\s]*)/) { match in
            let backslashes = match.output.1
            if backslashes.count % 2 == 1 { return String(match.output.0) }
            return backslashes + "](" + safeTarget(String(match.output.2))
        }
        // A reference definition: `[label]: target`.
        if let m = result.firstMatch(of: /^(\s*\[[^\]]*\]:\s*)(\S+)/) {
            result = String(m.output.1) + safeTarget(String(m.output.2)) + result[m.range.upperBound...]
        }
        return result
    }

    /// Web and mail links, anchors, and plain relative paths pass; everything else (other schemes,
    /// entities that a browser would decode into `javascript:`) becomes `#`.
    static func safeTarget(_ target: String) -> String {
        let lower = target.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") {
            return target
        }
        let plain = target.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._/#-".contains($0)) }
        return plain ? target : "#"
    }
}
