/// Parsing one line of text into a `Command`.
extension Command {
    /// Parses a line; nil for a blank line or a `#` comment.
    public static func parse(_ line: String) throws(CommandError) -> Command? {
        let trimmed = line.trimmingWhitespace()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
        let (word, rest) = trimmed.headAndRest()
        let name = word.lowercased()
        let args = rest.split(whereSeparator: \.isWhitespace).map(String.init)

        func usage(_ problem: String) -> CommandError { .usage(command: name, problem: problem) }
        func count(_ expected: Int) throws(CommandError) {
            if args.count < expected { throw usage("missing argument") }
            if args.count > expected { throw usage("too many arguments") }
        }
        func number(_ text: String) throws(CommandError) -> Int {
            guard let n = Int(text), n > 0 else { throw .badNumber(text) }
            return n
        }

        switch name {
        case "points", "list", "ls":
            try count(0)
            return .points
        case "show":
            try count(1)
            return .show(try storyReference(args[0], command: name))
        case "find":
            guard !rest.isEmpty else { throw usage("missing text") }
            return .find(rest)
        case "accept", "reject":
            guard !args.isEmpty else { throw usage("missing point numbers") }
            // Points, reserve items (`R9`, `R9-12`) and tweets (ids or URLs) may be mixed: `accept 1-5 R9`.
            let tokens = rest.split { $0 == "," || $0.isWhitespace }.map(String.init)
            let tweetTokens = tokens.filter { reserveDigits($0) == nil && isTweetToken($0) }
            let pointTokens = tokens.filter { reserveDigits($0) == nil && !isTweetToken($0) }
            let reserveTokens = tokens.compactMap { reserveDigits($0).map { String($0).replacing(/-[Rr]/, with: "-") } }
            let numbers = pointTokens.isEmpty ? [] : try parseNumberList(pointTokens.joined(separator: ","))
            let reserve = reserveTokens.isEmpty ? [] : try parseNumberList(reserveTokens.joined(separator: ","))
            var tweets: [String] = []
            for id in tweetTokens.compactMap(tweetID) where !tweets.contains(id) { tweets.append(id) }
            return name == "accept" ? .accept(numbers, reserve: reserve, tweets: tweets)
                                    : .reject(numbers, reserve: reserve, tweets: tweets)
        case "reclassify":
            guard args.count >= 2 else { throw usage("missing argument") }
            let story = try storyReference(args[0], command: name)
            let categoryText = rest.headAndRest().rest
            guard let category = Category(idOrName: categoryText) else { throw .unknownCategory(categoryText) }
            return .reclassify(story, category)
        case "move":
            try count(2)
            return .move(try number(args[0]), to: try number(args[1]))
        case "swap":
            try count(2)
            return .swap(try number(args[0]), try number(args[1]))
        case "promote":
            try count(1)
            // The reserve is listed as R1, R2, …: `promote R3` and `promote 3` are the same.
            return .promote(try number(reserveDigits(args[0]).map(String.init) ?? args[0]))
        case "demote":
            try count(1)
            return .demote(try number(args[0]))
        case "add":
            try count(1)
            guard let id = tweetID(args[0]) else { throw usage("'\(args[0])' is not a tweet id or a tweet's URL") }
            return .add(tweetID: id)
        case "merge":
            try count(2)
            return .merge(try number(args[0]), try storyReference(args[1], command: name))
        case "split":
            guard !args.isEmpty else { throw usage("missing point number") }
            var ids: [String] = []
            for text in args.dropFirst() {
                guard let id = tweetID(text) else { throw usage("'\(text)' is not a tweet id or a tweet's URL") }
                ids.append(id)
            }
            return .split(try number(args[0]), tweetIDs: ids)
        case "edit":
            guard !args.isEmpty else { throw usage("missing point number") }
            let n = try number(args[0])
            let text = rest.headAndRest().rest
            guard !text.isEmpty else { throw .emptyText(command: "edit") }
            return .edit(n, headline: text)
        case "rewrite":
            guard !args.isEmpty else { throw usage("missing section") }
            let (sectionText, text) = rest.headAndRest()
            guard let section = Section(idOrName: sectionText) else { throw .unknownSection(sectionText) }
            return .rewrite(section, text: text.isEmpty ? nil : text)
        case "title":
            guard !rest.isEmpty else { throw .emptyText(command: "title") }
            return .title(rest)
        case "date":
            let text = args.joined(separator: " ")
            guard isDateTime(text) else { throw .badDate(rest) }
            return .date(text)
        case "cloud":
            guard let sub = args.first?.lowercased() else { return .cloud }
            if sub == "render" {
                try count(1)
                return .cloudRender
            }
            guard sub == "exclude" || sub == "include" else { throw usage("say 'exclude', 'include' or 'render'") }
            let word = rest.headAndRest().rest
            guard !word.isEmpty else { throw usage("missing word") }
            return sub == "exclude" ? .cloudExclude(word) : .cloudInclude(word)
        case "check":
            try count(0)
            return .check
        case "undo":
            try count(0)
            return .undo
        case "redo":
            try count(0)
            return .redo
        case "save":
            try count(0)
            return .save
        case "help", "?":
            guard args.count <= 1 else { throw usage("too many arguments") }
            return .help(args.first?.lowercased())
        default:
            throw .unknownCommand(word, suggestion: CommandHelp.suggestion(for: word))
        }
    }

    /// `1-5,7`, `1 2 3` or `1-3, 9`: numbers in the order given, each once.
    public static func parseNumberList(_ text: String) throws(CommandError) -> [Int] {
        var numbers: [Int] = []
        let tokens = text.split { $0 == "," || $0.isWhitespace }
        guard !tokens.isEmpty else { throw .badNumber(text) }
        for token in tokens {
            let bounds = token.split(separator: "-", omittingEmptySubsequences: false)
            let values = bounds.compactMap { Int($0) }
            guard values.count == bounds.count, values.allSatisfy({ $0 > 0 }) else { throw .badNumber(String(token)) }
            switch values.count {
            case 1:
                if !numbers.contains(values[0]) { numbers.append(values[0]) }
            case 2 where values[0] <= values[1] && values[1] - values[0] < 1000:
                for n in values[0]...values[1] where !numbers.contains(n) { numbers.append(n) }
            default:
                throw .badNumber(String(token))
            }
        }
        return numbers
    }

    /// A tweet id from an id or a `…/status/ID` URL.
    /// `6` (a point), `R7` (a reserve item), or a tweet's id (more than six digits) or URL.
    static func storyReference(_ text: String, command: String) throws(CommandError) -> StoryReference {
        if let digits = reserveDigits(text) {
            guard let r = Int(digits), r > 0 else { throw .badNumber(String(digits)) }
            return .reserve(r)
        }
        if text.count <= 6, text.allSatisfy(\.isNumber) {
            guard let n = Int(text), n > 0 else { throw .badNumber(text) }
            return .point(n)
        }
        guard let id = tweetID(text), id.allSatisfy(\.isNumber) else {
            throw .usage(command: command, problem: "'\(text)' is not a point number, a reserve item (R7) or a tweet id or URL")
        }
        return .tweet(id)
    }

    /// Whether an `accept`/`reject` token names a tweet: a URL, or an id longer than a point number.
    static func isTweetToken(_ text: String) -> Bool {
        text.contains("/status/") || (text.count > 6 && text.allSatisfy { $0.isASCII && $0.isNumber })
    }

    static func tweetID(_ text: String) -> String? {
        if let range = text.range(of: "/status/") {
            let id = text[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            return id.isEmpty ? nil : String(id)
        }
        guard !text.contains("/"), !text.isEmpty else { return nil }
        return text
    }

    /// `YYYY-MM-DD HH:MM:SS` with a real day and time.
    static func isDateTime(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        guard parts.count == 2, LocalDate(String(parts[0])) != nil else { return false }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 3, time.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
              let h = Int(time[0]), let m = Int(time[1]), let s = Int(time[2]) else { return false }
        return (0..<24).contains(h) && (0..<60).contains(m) && (0..<60).contains(s)
    }
}

extension Section {
    /// A section by id (`open_source`) or by its category's Chinese name (`开源与社区动态`).
    public init?(idOrName text: String) {
        if let byID = Section(rawValue: text.lowercased()) { self = byID; return }
        if text == "概述" || text == "主要话题与行业趋势概述" { self = .overview; return }
        if text == "核心信息" { self = .points; return }
        guard let category = Category(idOrName: text) else { return nil }
        self.init(category: category)
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    /// The first word and the rest of the text with its inner spacing kept.
    func headAndRest() -> (head: String, rest: String) {
        let text = trimmingWhitespace()
        guard let space = text.firstIndex(where: \.isWhitespace) else { return (text, "") }
        return (String(text[..<space]), text[space...].trimmingWhitespace())
    }
}
