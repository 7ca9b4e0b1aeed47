import Foundation

/// Reads CSV exports with a header row into tweets; the header names the columns (see `CSVColumn`).
enum CSVParser {
    /// Adds the rows of `bytes` (from `start`) to `sink`.
    /// - Throws: `LoadError` when the header lacks a required column.
    static func read(_ bytes: [UInt8], from start: Int, into sink: inout ParseSink) throws(LoadError) {
        var reader = CSVReader(bytes, from: start)
        guard let header = reader.next() else {
            throw LoadError(sink.location(line: 1), .empty)
        }
        var columns: [CSVColumn: Int] = [:]
        var unknown: [String] = []
        for (position, cell) in header.fields.enumerated() {
            guard let column = CSVColumn.named(cell) else {
                if !cell.trimmingCharacters(in: .whitespaces).isEmpty { unknown.append(cell) }
                continue
            }
            if columns[column] == nil {
                columns[column] = position
            } else {
                sink.warn(line: header.line, "column \"\(cell)\" repeats \(column.displayName); the first one is used")
            }
        }
        let missing = CSVColumn.required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            throw LoadError(sink.location(line: header.line), .missingColumns(missing.map(\.displayName)))
        }
        if !unknown.isEmpty {
            sink.warn(line: header.line, "unknown column\(unknown.count == 1 ? "" : "s") ignored: \(unknown.joined(separator: ", "))")
        }
        var badNumbers = Set<String>()
        while let row = reader.next() {
            if row.unterminatedQuote {
                sink.skip(line: row.line, RecordProblem(.malformed, "a quoted field opened on this line is never closed; the rest of the file was read as one field and skipped"))
                continue
            }
            guard row.fields.count == header.fields.count else {
                let hint = row.fields.count > header.fields.count ? " (quote fields that hold commas)" : ""
                sink.skip(line: row.line, RecordProblem(.malformed, "the row has \(row.fields.count) fields, the header \(header.fields.count); skipped\(hint)"))
                continue
            }
            sink.record(line: row.line) { (notes: inout RecordNotes) throws(RecordProblem) -> Tweet in
                try tweet(from: row.fields, columns: columns, notes: &notes, badNumbers: &badNumbers)
            }
        }
        for column in badNumbers.sorted() {
            sink.warn("column \(column) has values that are not counts; they were read as 0")
        }
    }

    private static func tweet(from fields: [String], columns: [CSVColumn: Int], notes: inout RecordNotes, badNumbers: inout Set<String>) throws(RecordProblem) -> Tweet {
        func field(_ column: CSVColumn) -> String? {
            guard let position = columns[column] else { return nil }
            let value = fields[position].trimmingCharacters(in: .whitespacesAndNewlines)
            return value.isEmpty ? nil : value
        }
        func count(_ column: CSVColumn) -> Int {
            guard let text = field(column) else { return 0 }
            if let value = parseCount(text) { return value }
            badNumbers.insert(column.displayName)
            return 0
        }
        guard let id = field(.id) else { throw RecordProblem(.missingField, "a row without an id; skipped") }
        guard let created = field(.created) else { throw RecordProblem(.missingField, "tweet \(id) has no time; skipped") }
        guard let date = TweetDate.parse(created) else {
            throw RecordProblem(.badDate, "tweet \(id) has an unreadable time \"\(created.prefix(40))\"; skipped")
        }
        if date.assumedUTC { notes.assumedUTC = true }
        guard var handle = field(.author) else { throw RecordProblem(.missingField, "tweet \(id) has no author; skipped") }
        if handle.hasPrefix("@") { handle.removeFirst() }
        guard let position = columns[.text] else { throw RecordProblem(.missingField, "tweet \(id) has no text; skipped") }
        let text = fields[position]
        // Before scanning the text for entities: an absurd text should cost nothing more.
        try RecordProblem.checkLength(of: text, id: id)
        let found = TextEntities(scanning: text)
        let ownLink = "/status/\(id)"
        // Some exports put the tweet's own link in `url`; that is not a link the tweet shares.
        let listed = (field(.urls).map(splitList) ?? []).filter { !$0.contains(ownLink) }
        let urls = (listed.isEmpty ? found.urls : listed).filter { !$0.contains(ownLink) }
        var kind = Tweet.Kind.original
        var referenced: String?
        if let value = field(.retweeted) {
            kind = .retweet; referenced = value
        } else if let value = field(.quoted) {
            kind = .quote; referenced = value
        } else if let value = field(.inReplyTo) {
            kind = .reply; referenced = value
        } else if text.hasPrefix("RT @") {
            kind = .retweet
        }
        let conversation = field(.conversation).flatMap { $0 == id ? nil : $0 }
        kind = kind.replying(in: conversation)
        if let named = field(.kind).flatMap(kindNamed) { kind = named }
        return Tweet(
            id: id,
            author: Tweet.Author(handle: handle, name: field(.name) ?? "", followers: count(.followers)),
            createdAt: date.date, text: text, lang: field(.lang),
            metrics: Tweet.Metrics(likes: count(.likes), retweets: count(.retweets), replies: count(.replies),
                                   quotes: count(.quotes), views: count(.views)),
            urls: uniqued(urls),
            hashtags: uniqued(field(.hashtags).map { splitList($0).map { strip("#", $0) } } ?? found.hashtags),
            cashtags: uniqued((field(.cashtags).map { splitList($0).map { strip("$", $0) } } ?? found.cashtags).map { $0.uppercased() }),
            mentions: uniqued(field(.mentions).map { splitList($0).map { strip("@", $0) } } ?? found.mentions),
            kind: kind, referencedID: referenced, conversationID: conversation)
    }

    /// `1234`, `1,234`, `1.2K`, `3M`.
    static func parseCount(_ text: String) -> Int? {
        let cleaned = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "_", with: "")
        if let value = Int(cleaned), value >= 0 { return value }
        let scale: Double
        switch cleaned.last {
        case "k", "K": scale = 1e3
        case "m", "M": scale = 1e6
        case "b", "B": scale = 1e9
        default: scale = 1
        }
        guard let number = Double(scale == 1 ? cleaned : String(cleaned.dropLast())), number >= 0, number * scale < 1e15 else { return nil }
        return Int((number * scale).rounded())
    }

    /// Values separated by spaces, commas, semicolons or `|`, or written as a JSON-ish list.
    private static func splitList(_ text: String) -> [String] {
        text.split(whereSeparator: { " ,;|[]'\"\n\t".contains($0) }).map(String.init)
    }

    private static func strip(_ prefix: Character, _ value: String) -> String {
        value.first == prefix ? String(value.dropFirst()) : value
    }

    private static func kindNamed(_ text: String) -> Tweet.Kind? {
        switch text.lowercased() {
        case "original", "tweet", "post": return .original
        case "retweet", "retweeted", "rt": return .retweet
        case "quote", "quoted": return .quote
        case "reply", "replied_to": return .reply
        default: return nil
        }
    }
}
