/// What one input file yielded: its tweets, and an account of everything else in it.
public struct ParsedInput: Sendable, Equatable {
    public var file: String
    public var format: InputFormat
    /// Tweets in file order (not yet deduplicated or windowed).
    public var tweets: [Tweet]
    /// Records seen: tweets plus skipped records.
    public var read: Int
    public var skipped: [SkipReason: Int]
    public var warnings: [LoadWarning]
    /// Invalid UTF-8 sequences replaced by U+FFFD.
    public var repairedUTF8: Int

    public init(file: String, format: InputFormat, tweets: [Tweet] = [], read: Int = 0,
                skipped: [SkipReason: Int] = [:], warnings: [LoadWarning] = [], repairedUTF8: Int = 0) {
        self.file = file
        self.format = format
        self.tweets = tweets
        self.read = read
        self.skipped = skipped
        self.warnings = warnings
        self.repairedUTF8 = repairedUTF8
    }
}

/// Options a parser needs beyond the bytes.
public struct ParseOptions: Sendable, Equatable {
    /// The account a Twitter archive belongs to (from `account.js` or `--archive-handle`).
    public var archiveAuthor: Tweet.Author?
    /// How a large input is cut into parts read at once (tests cut small inputs finely).
    var chunking = Chunking.automatic

    public init(archiveAuthor: Tweet.Author? = nil) {
        self.archiveAuthor = archiveAuthor
    }
}

/// A record that cannot become a tweet, and why.
struct RecordProblem: Error, Equatable {
    var reason: SkipReason
    var message: String

    init(_ reason: SkipReason, _ message: String) {
        self.reason = reason
        self.message = message
    }
}

extension RecordProblem {
    /// Refuses text longer than any real tweet (`TweetLimits.maxTextCharacters`).
    static func checkLength(of text: String, id: String) throws(RecordProblem) {
        if TweetLimits.isTooLong(text) {
            throw RecordProblem(.textTooLong, "tweet \(id) has \(text.count) characters of text, over the \(TweetLimits.maxTextCharacters) limit; skipped")
        }
    }
}

extension TweetLimits {
    /// Whether `text` is longer than any real tweet's.
    static func isTooLong(_ text: String) -> Bool {
        // utf8.count is O(1); count (characters) is only worth computing for long text.
        text.utf8.count > maxTextCharacters && text.count > maxTextCharacters
    }

    /// The warning for a referenced tweet's text too long to keep (the tweet itself is kept).
    static func referencedTextTooLong(_ text: String, referencedBy id: String) -> String {
        "tweet \(id) refers to a tweet with \(text.count) characters of text, over the \(maxTextCharacters) limit; that text is not kept"
    }
}

/// What a parser noticed in a record it still read, for the sink to warn about with the record's line.
struct RecordNotes {
    /// Counts that were not numbers, or out of bounds.
    var counts = CountCheck()
    /// The time had no UTC offset and was read as UTC.
    var assumedUTC = false
}

/// Collects one file's tweets, skips and warnings while a parser walks it.
struct ParseSink {
    let file: String
    private(set) var tweets: [Tweet] = []
    private(set) var read = 0
    private(set) var skipped: [SkipReason: Int] = [:]
    private(set) var warnings: [LoadWarning] = []
    /// Times read as UTC for want of an offset, and the line of the first.
    private var assumedUTC = (count: 0, firstLine: 0)

    init(file: String) { self.file = file }

    func location(line: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// Counts one record and keeps its tweet, or skips it with a warning. What the parser notes
    /// about a record it keeps (a count that is no number, a time without an offset) is warned about.
    mutating func record(line: Int, _ make: (inout RecordNotes) throws(RecordProblem) -> Tweet) {
        read += 1
        var notes = RecordNotes()
        do throws(RecordProblem) {
            // Made in its place and finished there: a tweet kept in a variable and then appended
            // was copied (a retain of each field) and the variable's fields released.
            tweets.append(try make(&notes))
            let k = tweets.count - 1
            do throws(RecordProblem) {
                try RecordProblem.checkLength(of: tweets[k].text, id: tweets[k].id)
            } catch {
                tweets.removeLast()
                throw error
            }
            if let original = tweets[k].referencedText, TweetLimits.isTooLong(original) {
                warn(line: line, TweetLimits.referencedTextTooLong(original, referencedBy: tweets[k].id))
                tweets[k].referencedText = nil
            }
            notes.counts.clamp(&tweets[k])
            if let problem = notes.counts.message(for: "tweet \(tweets[k].id)") { warn(line: line, problem) }
            if notes.assumedUTC {
                if assumedUTC.count == 0 { assumedUTC.firstLine = line }
                assumedUTC.count += 1
            }
            tweets[k].source = location(line: line)
        } catch {
            read -= 1  // `skip` counts it
            skip(line: line, error)
        }
    }

    /// Makes room for `count` more tweets.
    mutating func reserve(_ count: Int) {
        tweets.reserveCapacity(tweets.count + count)
    }

    /// Counts a record that could not even be read (bad JSON line, broken CSV row).
    mutating func skip(line: Int, column: Int? = nil, _ problem: RecordProblem) {
        read += 1
        skipped[problem.reason, default: 0] += 1
        warnings.append(LoadWarning(location(line: line, column: column), problem.message))
    }

    mutating func warn(line: Int = 0, column: Int? = nil, _ message: String) {
        warnings.append(LoadWarning(location(line: line, column: column), message))
    }

    /// Moves what `others` collected (from later parts of the same file, in order) after what this one has.
    mutating func append(contentsOf others: inout [ParseSink]) {
        var tweetArrays: [[Tweet]] = [[]]
        swap(&tweetArrays[0], &tweets)
        for i in others.indices {
            read += others[i].read
            if assumedUTC.count == 0 { assumedUTC.firstLine = others[i].assumedUTC.firstLine }
            assumedUTC.count += others[i].assumedUTC.count
            for (reason, count) in others[i].skipped { skipped[reason, default: 0] += count }
            warnings.append(contentsOf: others[i].warnings)
            tweetArrays.append([])
            swap(&tweetArrays[tweetArrays.count - 1], &others[i].tweets)
        }
        tweets = .joining(moving: &tweetArrays)
        others = []
    }

    /// Credits the `index`th tweet collected to `author`.
    mutating func credit(tweet index: Int, to author: Tweet.Author) {
        tweets[index].author = author
    }

    /// Gives the `index`th tweet collected the text of the tweet it refers to, found once every part is read.
    mutating func setReferencedText(tweet index: Int, to text: String) {
        tweets[index].referencedText = text
    }

    func result(format: InputFormat, repairedUTF8: Int) -> ParsedInput {
        var warnings = warnings
        if assumedUTC.count > 0 {
            let count = assumedUTC.count
            warnings.append(LoadWarning(location(line: assumedUTC.firstLine), "\(count) time\(count == 1 ? "" : "s") without a UTC offset "
                + "(this line's first) \(count == 1 ? "was" : "were") read as UTC; export times with Z or an offset such as +08:00"))
        }
        return ParsedInput(file: file, format: format, tweets: tweets, read: read, skipped: skipped,
                           warnings: warnings, repairedUTF8: repairedUTF8)
    }
}
