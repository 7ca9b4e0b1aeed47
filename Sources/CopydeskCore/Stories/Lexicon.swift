import Foundation

/// What the engine knows about words: category terms, coin cashtags, noise markers and the vocabulary.
///
/// Parsed from an editable text file (the bundled `Resources/lexicon.txt` by default; its header
/// explains the format). Everything is kept in file order, so nothing depends on hashing order.
public struct Lexicon: Sendable, Hashable {
    /// One term and how much it counts.
    public struct Term: Sendable, Hashable {
        public var text: String
        public var weight: Double
        public init(_ text: String, weight: Double = 1) {
            self.text = text
            self.weight = weight
        }
    }

    /// Terms per category, in `Category.allCases` order.
    public var categories: [(category: Category, terms: [Term])] { Category.allCases.map { ($0, categoryTerms[$0] ?? []) } }
    public var categoryTerms: [Category: [Term]]
    public var noiseTerms: [NoiseKind: [Term]]
    /// Cashtags (upper case, no `$`) that are coins; every other cashtag is a stock.
    public var cryptoCashtags: Set<String>
    public var vocabulary: Vocabulary
    /// The text it was parsed from (for the fingerprint).
    public var source: String

    public static func == (a: Lexicon, b: Lexicon) -> Bool { a.source == b.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }

    /// The bundled default lexicon.
    public static let `default`: Lexicon = {
        guard let text = BuiltInResources.text("lexicon.txt") else {
            preconditionFailure("the built-in lexicon.txt is missing: run scripts/embed-resources.sh")
        }
        do { return try Lexicon(parsing: text, file: "lexicon.txt") } catch {
            preconditionFailure("the bundled lexicon.txt does not parse: \(error)")
        }
    }()

    /// Parses a lexicon file's text; `file` names it in errors.
    public init(parsing text: String, file: String = "lexicon") throws(DataFileError) {
        source = text
        categoryTerms = [:]
        noiseTerms = [:]
        cryptoCashtags = []
        vocabulary = Vocabulary()
        var section: String?
        for (index, rawLine) in DataFileError.lines(of: text).enumerated() {
            let line = Self.trimmed(rawLine, Self.blank)
            if line.isEmpty || line.hasPrefix("# ") || line == "#" { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else {
                    throw DataFileError(file: file, line: index + 1, problem: "a section header must end with ]")
                }
                let name = Self.trimmed(line.dropFirst().dropLast(), Self.blank)
                guard Self.sectionNames.contains(name) else {
                    throw DataFileError(file: file, line: index + 1, problem: "unknown section [\(name)]; expected one of \(Self.sectionNames.joined(separator: ", "))")
                }
                section = name
                continue
            }
            guard let section else {
                throw DataFileError(file: file, line: index + 1, problem: "a term before any [section]; start the file with a section such as [models]")
            }
            if section == "aliases" {
                // `variant = canonical`: the canonical side is a word or name, not a weight.
                guard let equals = line.range(of: " = "),
                      case let variant = Self.trimmed(line[..<equals.lowerBound], Self.blank),
                      case let canonical = Self.trimmed(line[equals.upperBound...], Self.blank),
                      !variant.isEmpty, !canonical.isEmpty else {
                    throw DataFileError(file: file, line: index + 1, problem: "an alias must read \"variant = canonical\", such as \"英特尔 = intel\"")
                }
                vocabulary.aliases.append(Vocabulary.Alias(variant, canonical: canonical))
                continue
            }
            var term = line
            var weight = 1.0
            if let equals = line.range(of: " = ", options: .backwards) {
                term = Self.trimmed(line[..<equals.lowerBound], Self.blank)
                let weightText = Self.trimmed(line[equals.upperBound...], Self.blank)
                guard let value = Double(weightText), value.isFinite, value >= 0 else {
                    throw DataFileError(file: file, line: index + 1, problem: "weight \"\(weightText)\" is not a non-negative number")
                }
                weight = value
            }
            guard !term.isEmpty else {
                throw DataFileError(file: file, line: index + 1, problem: "an empty term")
            }
            add(term: term, weight: weight, to: section)
        }
    }

    private mutating func add(term: String, weight: Double, to section: String) {
        if let category = Category(rawValue: section) {
            categoryTerms[category, default: []].append(Term(term, weight: weight))
            return
        }
        if section.hasPrefix("noise."), let kind = NoiseKind(rawValue: String(section.dropFirst(6))) {
            noiseTerms[kind, default: []].append(Term(term, weight: weight))
            return
        }
        switch section {
        case "crypto.cashtags": cryptoCashtags.insert(term.uppercased().trimmingCharacters(in: CharacterSet(charactersIn: "$")))
        case "names.brands": vocabulary.brands.append(term)
        case "names.suffixes": vocabulary.suffixes.append(term)
        case "names.phrases": vocabulary.phrases.append(term)
        case "names.common":
            vocabulary.phrases.append(term)
            vocabulary.commonNames.append(term)
        case "names.counters": vocabulary.counters.append(term)
        case "chinese.words": vocabulary.chineseWords.append(term)
        case "stopwords": vocabulary.stopWords.append(term)
        default: break
        }
    }

    /// What a line's ends may hold (`DataFileError.lines` has taken any CR away).
    private static let blank = CharacterSet.whitespaces

    /// `text` without the scalars of `set` at either end, as `trimmingCharacters(in:)` trims it,
    /// but on the string's own scalars: through NSString, and with the line's set built on every
    /// line, reading the bundled lexicon cost 50 M instructions at every start.
    static func trimmed(_ text: Substring, _ set: CharacterSet) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start, set.contains(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(Substring(scalars[start..<end]))
    }

    static let sectionNames: [String] = Category.allCases.map(\.rawValue)
        + ["crypto.cashtags"] + NoiseKind.allCases.map { "noise.\($0.rawValue)" }
        + ["names.brands", "names.suffixes", "names.phrases", "names.common", "names.counters", "chinese.words", "aliases", "stopwords"]
}

/// Why a story is noise.
public enum NoiseKind: String, Sendable, Hashable, Codable, CaseIterable {
    case job, giveaway, shilling, chatter
    /// Event logistics and promotion: agendas, badges, tickets, calls for speakers.
    case conference
    /// A reply that says nothing (`this!`, `🔥🔥`, `agreed`).
    case reply
    /// Engagement bait: asks for replies, likes, reposts or follows ("Wrong answers only", "RT if
    /// you agree", "Follow for more"), or baits a reaction ("Change my mind").
    case bait
    /// Promotion: a sale, a course, a newsletter issue or a podcast episode plugged ("Last chance:
    /// our masterclass is 70% off", "Tomorrow's issue… Subscribe free", "New episode… Listen").
    case promo
}

