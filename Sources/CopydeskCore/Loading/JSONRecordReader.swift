/// Reads JSON records one after another (JSON Lines, or values in a row): each record is one
/// tweet object or one X API response, and a bad record is skipped with a warning.
///
/// Records are parsed onto a tape, in parts on all cores; a record that does not parse is
/// parsed again by `JSONParser`, only to say what is wrong and where.
enum JSONRecordReader {
    typealias Record = (range: Range<Int>, line: Int)

    /// Reads `records` of `bytes` into `sink` and returns the format the first object showed.
    static func read(_ records: [Record], _ bytes: [UInt8], lines: LineIndex, chunking: Chunking, into sink: inout ParseSink) -> InputFormat {
        bytes.withUnsafeBufferPointer { buffer in
            // The first object decides the format; records before it can only be skipped.
            var tape = JSONTape()
            var first = 0
            var format: InputFormat?
            while first < records.count {
                let record = records[first]
                let isResponse: Bool?
                switch chunking.reader {
                case .tape:
                    isResponse = JSONTapeParser.parse(buffer, range: record.range, into: &tape)
                        ? tape.withRoot(in: buffer) { $0.objectValue.map(TweetParser.isXAPIResponse) } : nil
                case .tree:
                    isResponse = (try? JSONParser.parse(buffer, range: record.range).get())?.objectValue.map(TweetParser.isXAPIResponse)
                }
                if let isResponse {
                    format = isResponse ? .xAPI : .twscrape
                    break
                }
                skip(record, buffer, bytes, lines: lines, into: &sink)
                first += 1
            }
            guard let format else { return .twscrape }
            let rest = records[first...]
            let file = sink.file
            let count = chunking.parts(forBytes: rest.isEmpty ? 0 : rest.last!.range.upperBound - rest.first!.range.lowerBound)
            var parts = Parallel.map(count) { part in
                let slice = rest[rest.startIndex + rest.count * part / count ..< rest.startIndex + rest.count * (part + 1) / count]
                return readPart(slice, format: format, reader: chunking.reader, buffer, bytes, lines: lines, file: file)
            }
            // X API responses are joined after every record is read, so skips come first, as they always have.
            var sinks = parts.map { $0.sink }
            for part in parts.indices { parts[part].sink = ParseSink(file: file) }  // one owner each, so they move
            sink.append(contentsOf: &sinks)
            if format == .xAPI {
                let responses = parts.map { $0.responses }
                parts.removeAll()  // so each part's tweets have one owner, and are credited in place
                XAPIParser.finish(consume responses, into: &sink)
            }
            return format
        }
    }

    /// What one part of the records yielded.
    private struct Part {
        /// Skipped records, and tweets when the records are tweet objects.
        var sink: ParseSink
        /// The responses, when the records are X API responses.
        var responses: XAPIParser
    }

    private static func readPart(_ records: ArraySlice<Record>, format: InputFormat, reader: Chunking.Reader,
                                 _ buffer: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8], lines: LineIndex, file: String) -> Part {
        var part = Part(sink: ParseSink(file: file), responses: XAPIParser(file: file))
        var tape = JSONTape()
        for record in records {
            switch reader {
            case .tape:
                guard JSONTapeParser.parse(buffer, range: record.range, into: &tape) else {
                    skip(record, buffer, bytes, lines: lines, into: &part.sink)
                    continue
                }
                tape.withRoot(in: buffer) { read($0.objectValue, record: record, format: format, lines: lines, into: &part) }
            case .tree:
                guard case .success(let value) = JSONParser.parse(buffer, range: record.range) else {
                    skip(record, buffer, bytes, lines: lines, into: &part.sink)
                    continue
                }
                read(value.objectValue, record: record, format: format, lines: lines, into: &part)
            }
        }
        return part
    }

    /// Reads one parsed record: a tweet, a response, or (not an object) a skip.
    private static func read(_ object: (some JSONObjectReading)?, record: Record, format: InputFormat, lines: LineIndex, into part: inout Part) {
        guard let object else {
            part.sink.skip(line: record.line, RecordProblem(.malformed, "a record that is not a JSON object; skipped"))
            return
        }
        if format == .xAPI {
            part.responses.read(response: object, lines: lines)
        } else {
            part.sink.record(line: record.line) { (notes: inout RecordNotes) throws(RecordProblem) -> Tweet in try TwscrapeParser.tweet(from: object, notes: &notes) }
        }
    }

    /// Skips a record that is not JSON, or not an object, saying why and where.
    private static func skip(_ record: Record, _ buffer: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8], lines: LineIndex, into sink: inout ParseSink) {
        switch JSONParser.parse(buffer, range: record.range) {
        case .failure(let failure):
            let (line, column) = lines.location(of: failure.offset, in: bytes)
            let what = failure.kind == .tooDeep ? "a record nested deeper than \(JSONParser.maxDepth) levels" : "malformed JSON (\(failure.message))"
            sink.skip(line: line, column: column, RecordProblem(.malformed, "\(what); record skipped"))
        case .success:
            sink.skip(line: record.line, RecordProblem(.malformed, "a record that is not a JSON object; skipped"))
        }
    }
}
