/// Reads the usual X API file, one JSON array of responses, in parts on all cores.
///
/// The array is cut where an element seems to start (a line break between `}`, `,` and `{`), and
/// each part is parsed from its cut on, up to the first element starting at or after the next cut.
/// A guess can be wrong (that pattern may sit inside a string or a nested array), so a part counts
/// only if the part before it, parsing for real, stepped exactly onto its cut; otherwise that part
/// is parsed again from where its predecessor really stopped. The result never depends on the cuts.
/// Anything unusual (a first element that is not a response, a syntax error, an element that is
/// not an object) returns `false`, and the general path reads the file and reports what is wrong.
enum JSONArrayReader {
    /// Reads the array whose `[` is at `start` and which fills the rest of `bytes`, if it is a
    /// well-formed array of X API responses. Returns `false`, with `sink` untouched, otherwise.
    static func readResponses(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, lines: LineIndex, chunking: Chunking, into sink: inout ParseSink) -> Bool {
        do {
            let first = skipWhitespace(buffer, from: start + 1)
            guard first < buffer.count, buffer[first] == UInt8(ascii: "{") else { return false }
            // The first element decides the format: only an X API response makes this an X API file.
            // (Checked before the parts start, so an array of tweets costs no wasted parsing.)
            var tape = JSONTape()
            guard JSONTapeParser.parseValue(buffer, at: first, depth: 1, limit: buffer.count, into: &tape) != nil,
                  tape.withRoot(in: buffer, { $0.objectValue.map(TweetParser.isXAPIResponse) }) == true else { return false }
            let cuts = [first] + guessedCuts(buffer, after: first, parts: chunking.parts(forBytes: buffer.count - first))
            let file = sink.file
            func read(from position: Int, part: Int) -> Part? {
                readPart(buffer, from: position, to: part + 1 < cuts.count ? cuts[part + 1] : nil, lines: lines, file: file)
            }
            var speculative = Parallel.map(cuts.count) { read(from: cuts[$0], part: $0) }
            var responses: [XAPIParser] = []
            var position = first
            for part in cuts.indices {
                // Part 0 starts at the real first element; a later one counts once its predecessor reached its cut.
                let held = speculative[part]
                speculative[part] = nil  // so the part's tweets have one owner, and are credited in place
                guard let read = position == cuts[part] ? held : read(from: position, part: part) else { return false }
                responses.append(read.responses)
                position = read.end
            }
            // Consumed: a copy left here would share each part's tweets, and joining them would copy all.
            XAPIParser.finish(consume responses, into: &sink)
            return true
        }
    }

    /// The responses of one part, and where the next element starts (the byte count after the last part).
    private struct Part {
        var responses: XAPIParser
        var end: Int
    }

    /// Parses the elements from `start` up to the first one starting at or after `stop`, or to the
    /// end of the array (and of the bytes) when there is no `stop`. `nil` if anything is unusual.
    private static func readPart(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to stop: Int?,
                                 lines: LineIndex, file: String) -> Part? {
        var responses = XAPIParser(file: file)
        responses.reserve(bytes: (stop ?? buffer.count) - start)
        var tape = JSONTape()
        var position = start
        while true {
            if let stop, position >= stop { return Part(responses: responses, end: position) }
            // Elements of the top-level array are at depth 1, as `JSONParser` counts.
            guard let after = JSONTapeParser.parseValue(buffer, at: position, depth: 1, limit: buffer.count, into: &tape),
                  after < buffer.count else { return nil }
            let read = tape.withRoot(in: buffer) { root -> Bool in
                guard let response = root.objectValue else { return false }
                responses.read(response: response, lines: lines)
                return true
            }
            guard read else { return nil }
            switch buffer[after] {
            case UInt8(ascii: ","):
                position = skipWhitespace(buffer, from: after + 1)
            case UInt8(ascii: "]"):
                // The end of the array: only whitespace may follow, and only the last part gets here.
                guard stop == nil, skipWhitespace(buffer, from: after + 1) == buffer.count else { return nil }
                return Part(responses: responses, end: buffer.count)
            default:
                return nil
            }
        }
    }

    /// Up to `parts - 1` places after `first`, spread evenly, where an element seems to start:
    /// a `{` after a line break between `}` and `,` (or between `,` and `{`).
    private static func guessedCuts(_ buffer: UnsafeBufferPointer<UInt8>, after first: Int, parts: Int) -> [Int] {
        var cuts: [Int] = []
        for part in 1..<max(1, parts) {
            var position = max(first + (buffer.count - first) * part / parts, (cuts.last ?? first) + 1)
            var found = false
            while !found, let newline = ByteSearch.first(0x0A, in: buffer, position..<buffer.count) {
                position = newline + 1
                var before = newline
                while before > first, isSpace(buffer[before]) { before -= 1 }
                var after = skipWhitespace(buffer, from: newline)
                if buffer[before] == UInt8(ascii: ",") {
                    before -= 1
                    while before > first, isSpace(buffer[before]) { before -= 1 }
                } else if after < buffer.count, buffer[after] == UInt8(ascii: ",") {
                    after = skipWhitespace(buffer, from: after + 1)
                } else {
                    continue
                }
                if buffer[before] == UInt8(ascii: "}"), after < buffer.count, buffer[after] == UInt8(ascii: "{") {
                    cuts.append(after)
                    found = true
                }
            }
            if !found { break }
        }
        return cuts
    }

    private static func skipWhitespace(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < buffer.count, isSpace(buffer[i]) { i += 1 }
        return i
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
