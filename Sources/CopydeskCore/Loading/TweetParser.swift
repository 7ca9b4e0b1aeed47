/// Turns the bytes of one export into tweets, detecting the format from the content.
///
/// This is the one entry point over bytes; the store reads files and calls it. It never throws for
/// a bad record, only for a file that cannot be used at all.
public enum TweetParser {
    /// Parses `bytes` read from `file` (the name is only used in messages).
    public static func parse(_ bytes: [UInt8], file: String, options: ParseOptions = ParseOptions()) throws(LoadError) -> ParsedInput {
        try parse(bytes, file: file, options: options, readInPlace: false)
    }

    /// Parses the bytes `buffer` points to (a file mapped into memory): the usual X API file is
    /// read in place; anything else is copied and read as `parse(_:file:options:)` reads it, with
    /// the same result. `buffer` is only read during the call.
    public static func parse(_ buffer: UnsafeBufferPointer<UInt8>, file: String, options: ParseOptions = ParseOptions()) throws(LoadError) -> ParsedInput {
        if let parsed = readXAPIInPlace(buffer, file: file, options: options) { return parsed }
        return try parse(Array(buffer), file: file, options: options, readInPlace: true)
    }

    /// The usual X API file (valid UTF-8, one array of responses) read where it lies, or nil when
    /// it is anything else. The checks are the general path's, in its order, up to its array reader.
    private static func readXAPIInPlace(_ buffer: UnsafeBufferPointer<UInt8>, file: String, options: ParseOptions) -> ParsedInput? {
        guard options.chunking.reader == .tape, buffer.count <= JSONTape.maxBytes,
              BinarySniffer.binaryKind(Array(buffer.prefix(BinarySniffer.sniffedBytes))) == nil, UTF8Repair.isValid(buffer) else { return nil }
        var start = 0
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < buffer.count, isSpace(buffer[start]) { start += 1 }
        // `[` opens no archive (`window.YTD.…`) and no CSV.
        guard start < buffer.count, buffer[start] == UInt8(ascii: "[") else { return nil }
        var sink = ParseSink(file: file)
        guard JSONArrayReader.readResponses(buffer, from: start, lines: LineIndex(buffer), chunking: options.chunking, into: &sink) else { return nil }
        return sink.result(format: .xAPI, repairedUTF8: 0)
    }

    /// `readInPlace`: the array reader already tried these bytes (in place) and found them unusual.
    private static func parse(_ bytes: [UInt8], file: String, options: ParseOptions, readInPlace: Bool) throws(LoadError) -> ParsedInput {
        if let kind = BinarySniffer.binaryKind(bytes) {
            throw LoadError(file: file, .binary(kind: kind))
        }
        let (text, repairs) = UTF8Repair.repair(bytes)
        var start = 0
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }  // UTF-8 byte-order mark
        while start < text.count, [0x20, 0x0A, 0x0D, 0x09].contains(text[start]) { start += 1 }
        guard start < text.count else { throw LoadError(file: file, .empty) }
        var sink = ParseSink(file: file)
        let format = try detectAndRead(text, from: start, options: options, arrayReaderTried: readInPlace && repairs == 0, into: &sink)
        if repairs > 0 {
            // Where: the first lines holding one, so the editor can look at the export there.
            let lines = UTF8Repair.invalidLines(bytes, limit: 3)
            let at = lines.isEmpty ? "" : " (first on line\(lines.count == 1 ? "" : "s") " + lines.map(String.init).joined(separator: ", ") + ")"
            sink.warn(line: lines.first ?? 0, "\(repairs) invalid UTF-8 sequence\(repairs == 1 ? " was" : "s were") replaced with U+FFFD\(at); if the file is in "
                + "another encoding (GB18030, Big5, Latin-1), convert it first, e.g. iconv -f GB18030 -t UTF-8")
        }
        return sink.result(format: format, repairedUTF8: repairs)
    }

    private static func detectAndRead(_ bytes: [UInt8], from start: Int, options: ParseOptions, arrayReaderTried: Bool,
                                      into sink: inout ParseSink) throws(LoadError) -> InputFormat {
        let file = sink.file
        if let (name, body) = ArchiveParser.header(bytes, from: start) {
            guard ArchiveParser.holdsTweets(name) else { throw LoadError(file: file, line: 1, .notTweets(kind: name)) }
            var end = bytes.count
            while end > body, [0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ";")].contains(bytes[end - 1]) { end -= 1 }
            let lines = LineIndex(bytes)
            let value = try parseDocument(bytes, range: body..<end, file: file, lines: lines)
            guard case .array = value else {
                throw LoadError(file: file, line: 1, .unexpectedJSONShape(message: "window.YTD.\(name) is not an array"))
            }
            var author = options.archiveAuthor ?? Tweet.Author(handle: "unknown")
            if options.archiveAuthor == nil {
                sink.warn("no account.js beside this archive file and no --archive-handle: tweets are credited to \"unknown\"")
            } else if author.handle.hasPrefix("@") {
                author.handle.removeFirst()
            }
            ArchiveParser.read(value, author: author, lines: lines, into: &sink)
            return .twitterArchive
        }
        switch bytes[start] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            // A tape points into at most 4 GB; anything bigger (never a real export) is read as trees.
            let chunking = bytes.count <= JSONTape.maxBytes ? options.chunking : .tree
            return try readJSON(bytes, from: start, chunking: chunking, arrayReaderTried: arrayReaderTried, into: &sink)
        default:
            try requireCSVHeader(bytes, from: start, file: file)
            try CSVParser.read(bytes, from: start, into: &sink)
            return .csv
        }
    }

    /// One JSON document (a response, an array of responses or tweets) or JSON Lines.
    private static func readJSON(_ bytes: [UInt8], from start: Int, chunking: Chunking, arrayReaderTried: Bool, into sink: inout ParseSink) throws(LoadError) -> InputFormat {
        let file = sink.file
        let lines = LineIndex(bytes)
        // The usual X API file, read on all cores; anything else takes the general path below.
        if bytes[start] == UInt8(ascii: "["), chunking.reader == .tape, !arrayReaderTried,
           bytes.withUnsafeBufferPointer({ JSONArrayReader.readResponses($0, from: start, lines: lines, chunking: chunking, into: &sink) }) {
            return .xAPI
        }
        let shape = JSONShape.scan(bytes, from: start)
        // The end of the first line: before `start` only when there is none after it.
        let firstLineEnd = lines.lineEnd(containing: start, count: bytes.count)
        if let offset = shape.tooDeepAt {
            // In JSON Lines only that line is bad; a single document is refused whole.
            let moreLines = bytes[firstLineEnd...].contains { !isSpace($0) }
            if offset < firstLineEnd, moreLines {
                return JSONRecordReader.read(jsonLines(bytes, from: start, lines: lines), bytes, lines: lines, chunking: chunking, into: &sink)
            }
            let (line, column) = lines.location(of: offset, in: bytes)
            throw LoadError(file: file, line: line, column: column, .tooDeep(limit: JSONParser.maxDepth))
        }
        if shape.hasMoreValues {
            if let end = shape.firstValueEnd, end > firstLineEnd {
                // Pretty-printed values one after another (`jq '.[]'` output), not one a line.
                return JSONRecordReader.read(concatenatedValues(bytes, from: start, lines: lines), bytes, lines: lines, chunking: chunking, into: &sink)
            }
            return JSONRecordReader.read(jsonLines(bytes, from: start, lines: lines), bytes, lines: lines, chunking: chunking, into: &sink)
        }
        let value = try parseDocument(bytes, range: start..<bytes.count, file: file, lines: lines)
        switch value {
        case .object(let object) where isXAPIResponse(object):
            readResponses([object], lines: lines, into: &sink)
            return .xAPI
        case .object(let object):
            // A one-line JSON Lines file.
            sink.record(line: lines.line(of: object.offset)) { (notes: inout RecordNotes) throws(RecordProblem) -> Tweet in try TwscrapeParser.tweet(from: object, notes: &notes) }
            return .twscrape
        case .array(let items):
            let objects = items.compactMap(\.objectValue)
            if objects.count < items.count {
                sink.warn("\(items.count - objects.count) array element\(items.count - objects.count == 1 ? " is" : "s are") not objects; ignored")
            }
            if let first = objects.first, isXAPIResponse(first) {
                readResponses(objects, lines: lines, into: &sink)
                return .xAPI
            }
            if let first = objects.first, first.object("tweet") != nil {
                ArchiveParser.read(value, author: Tweet.Author(handle: "unknown"), lines: lines, into: &sink)
                sink.warn("archive tweets without their account: credited to \"unknown\"")
                return .twitterArchive
            }
            for object in objects {
                sink.record(line: lines.line(of: object.offset)) { (notes: inout RecordNotes) throws(RecordProblem) -> Tweet in try TwscrapeParser.tweet(from: object, notes: &notes) }
            }
            return .twscrape
        default:
            let (line, column) = lines.location(of: start, in: bytes)
            throw LoadError(file: file, line: line, column: column, .unexpectedJSONShape(message: "the file holds a single JSON scalar"))
        }
    }

    /// The non-blank lines of JSON Lines, trimmed, with their line numbers.
    private static func jsonLines(_ bytes: [UInt8], from start: Int, lines: LineIndex) -> [(range: Range<Int>, line: Int)] {
        var records: [(range: Range<Int>, line: Int)] = []
        var lineStart = start
        var lineNumber = lines.line(of: start)
        while lineStart < bytes.count {
            // memchr: a 1 KB line is one call, not a thousand comparisons.
            let lineEnd = ByteSearch.first(0x0A, in: bytes, lineStart..<bytes.count) ?? bytes.count
            var contentEnd = lineEnd
            while contentEnd > lineStart, isSpace(bytes[contentEnd - 1]) { contentEnd -= 1 }
            var contentStart = lineStart
            while contentStart < contentEnd, isSpace(bytes[contentStart]) { contentStart += 1 }
            if contentStart < contentEnd { records.append((contentStart..<contentEnd, lineNumber)) }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return records
    }

    /// Top-level values one after another, each found by a structure scan; an unclosed one runs to the end.
    private static func concatenatedValues(_ bytes: [UInt8], from start: Int, lines: LineIndex) -> [(range: Range<Int>, line: Int)] {
        var records: [(range: Range<Int>, line: Int)] = []
        var position = start
        while true {
            while position < bytes.count, isSpace(bytes[position]) { position += 1 }
            guard position < bytes.count else { break }
            let end = JSONShape.scan(bytes, from: position).firstValueEnd ?? bytes.count
            records.append((position..<end, lines.line(of: position)))
            position = end
        }
        return records
    }

    private static func readResponses(_ responses: [JSONObject], lines: LineIndex, into sink: inout ParseSink) {
        var parser = XAPIParser(file: sink.file)
        for response in responses { parser.read(response: response, lines: lines) }
        XAPIParser.finish([parser], into: &sink)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Whether `object` looks like an X API response rather than a tweet.
    static func isXAPIResponse(_ object: some JSONObjectReading) -> Bool {
        object.has("data") || (object.has("includes") && object.has("meta"))
            || (object.has("errors") && !object.has("title") && !object.has("id"))
    }

    private static func parseDocument(_ bytes: [UInt8], range: Range<Int>, file: String, lines: LineIndex) throws(LoadError) -> JSONValue {
        switch JSONParser.parse(bytes, range: range) {
        case .success(let value):
            return value
        case .failure(let failure):
            let (line, column) = lines.location(of: failure.offset, in: bytes)
            switch failure.kind {
            case .tooDeep: throw LoadError(file: file, line: line, column: column, .tooDeep(limit: JSONParser.maxDepth))
            case .syntax: throw LoadError(file: file, line: line, column: column, .malformedJSON(message: failure.message))
            }
        }
    }

    /// The most of a file read to decide whether it starts with a CSV header: a real header is a few
    /// hundred bytes, and reading a 64 MB line of something else as one took 14 s and 1.4 GB.
    static let maxHeaderBytes = 64 << 10

    /// Text that is neither JSON nor an archive must look like a CSV header naming known columns.
    private static func requireCSVHeader(_ bytes: [UInt8], from start: Int, file: String) throws(LoadError) {
        var reader = CSVReader(Array(bytes[start..<min(bytes.count, start + maxHeaderBytes)]))
        let header = reader.next()?.fields ?? []
        if header.contains(where: { CSVColumn.named($0) != nil }) { return }
        var end = start
        while end < bytes.count, end - start < 40, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        let excerpt = String(decoding: bytes[start..<end], as: UTF8.self)
        throw LoadError(file: file, line: 1, .unrecognisedFormat(start: "\"\(excerpt)\""))
    }
}

extension TweetParser {
    /// The account a Twitter archive's `account.js` names, if `bytes` are one.
    public static func archiveAccount(_ bytes: [UInt8]) -> Tweet.Author? {
        let (text, _) = UTF8Repair.repair(bytes)
        var start = text.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < text.count, [0x20, 0x0A, 0x0D, 0x09].contains(text[start]) { start += 1 }
        guard let (name, body) = ArchiveParser.header(text, from: start), name == "account" else { return nil }
        var end = text.count
        while end > body, [0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ";")].contains(text[end - 1]) { end -= 1 }
        guard case .success(let value) = JSONParser.parse(text, range: body..<end) else { return nil }
        return ArchiveParser.account(from: value)
    }
}
