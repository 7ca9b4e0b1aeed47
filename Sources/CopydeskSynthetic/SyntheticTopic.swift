import CopydeskCore
import Foundation

/// One synthetic story: its label, category and the values its templates are filled with.
struct SyntheticTopic: Sendable {
    /// The story label the hand-off uses (`s12-vega-3.1-flash`).
    var label: String
    var category: Category
    var english: [SyntheticTemplate]
    var chinese: [SyntheticTemplate]
    /// Slot values, indexed by slot letter (`A` = 0).
    var values: [String]
    /// How much attention the story gets: multiplies every tweet's engagement.
    var heat: Double
    /// The first word of the key phrase: truncated copies keep it.
    var keyWord: String { values[10].split(separator: " ").first.map(String.init) ?? "" }
    /// The English template the story's lead tweet (and most rewordings) use.
    var lead: Int
    /// Quote comments and substantive replies, filled for this story.
    var quoteComments: [String]
    var replies: [String]

    static let parsedQuotes = SyntheticVocabulary.quoteComments.map {
        SyntheticTemplate($0.replacingOccurrences(of: "a {K}", with: "{N}"))
    }
    static let parsedReplies = SyntheticVocabulary.substantiveReplies.map {
        SyntheticTemplate($0.replacingOccurrences(of: "a {K}", with: "{N}"))
    }

    /// The parsed templates of every kind, built once.
    static let parsedKinds: [(category: Category, english: [SyntheticTemplate], chinese: [SyntheticTemplate])] =
        SyntheticVocabulary.kinds.map { kind in
            // "a {K}" becomes {N}, the key phrase with its article ("an agentic …").
            let english = kind.english.map { SyntheticTemplate($0.replacingOccurrences(of: "a {K}", with: "{N}")) }
            return (kind.category, english, kind.chinese.map(SyntheticTemplate.init))
        }

    /// Relative weights of the kinds, in `SyntheticVocabulary.kinds` order.
    static let kindWeights = [18, 8, 16, 12, 6, 6, 10, 10, 4, 10]

    /// The `index`-th story of a day. Subjects are unique for the first ~19,000 stories.
    init(index: Int, random: inout SeededRandom) {
        let v = SyntheticVocabulary.self
        let kind = Self.weightedKind(&random)
        let parsed = Self.parsedKinds[kind]
        let name = Self.name(index)
        var values = [String](repeating: "", count: 26)
        func set(_ letter: Character, _ value: String) {
            values[Int(letter.asciiValue! - 65)] = value
        }
        let feature = random.below(v.features.count)
        set("F", v.features[feature])
        set("Z", v.featuresChinese[feature])
        set("O", random.pick(v.organisations))
        set("T", random.pick(v.benchmarks))
        let opinion = random.below(v.opinions.count)
        set("V", v.opinions[opinion])
        set("W", v.opinionsChinese[opinion])
        set("P", random.pick(v.people))
        let reason = random.below(v.reasons.count)
        set("R", v.reasons[reason])
        set("Q", v.reasonsChinese[reason])
        let down = random.chance(0.6)
        set("D", down ? "down" : "up")
        set("E", down ? "下跌" : "上涨")
        let group = random.below(v.groups.count)
        set("G", v.groups[group])
        set("H", v.groupsChinese[group])
        // The key phrase, widened by a second modifier and domain: five words of the story's own.
        let phrase = Self.keyPhrase(index).split(separator: " ")
        let key = "\(phrase[0]) \(random.pick(v.keyModifiers)) \(phrase[1]) \(random.pick(v.keyDomains)) \(phrase[2])"
        set("K", key)
        set("N", ("aeiou".contains(key.first!) ? "an " : "a ") + key)
        switch parsed.category {
        case .stocks:
            let company = v.companies[index % v.companies.count]
            set("S", company.name)
            set("C", company.ticker)
            set("A", String(random.within(3...24)))
            // A ticker alone would make every story about one company the same; the reason and the
            // number tell them apart, like real days do.
        case .policy:
            set("S", v.policyTopics[index % v.policyTopics.count] + " (\(name))")
            set("A", String(random.within(2...9)))
        case .aiIndustry:
            set("S", "\(name) usage")
            set("A", String(random.within(20...140)))
        case .viewpoints:
            set("S", name)
            // A claim about the story's own key phrase: a shared stock opinion would tie stories together.
            let judgement = random.below(v.judgements.count)
            set("V", "the \(key) is \(v.judgements[judgement])")
            set("W", "\(key) \(v.judgementsChinese[judgement])")
        case .aiTech:
            set("S", "\(name) (\(random.pick(v.paperNouns)))")
            set("A", String(random.within(2...6)))
            set("B", String(random.within(20...60)))
        case .products:
            set("S", "\(name) \(random.pick(v.productNouns))")
        default:
            set("S", name)
        }
        // Numbers that make sense for the kind: parameters, scores, downloads, valuations.
        switch kind {
        case 0:
            set("A", String(random.pick([3, 7, 8, 14, 24, 31, 32, 70, 110, 235, 405])))
            set("B", String(random.within(35...82)))
        case 1:
            let previous = random.within(8...60)
            set("A", String(previous))
            set("B", String(min(99, previous + random.within(4...30))))
        case 3:
            set("A", String(random.within(1...9)))
        case 4:
            set("A", String(random.within(1...60)))
            set("B", String(random.within(2...9)))
        default:
            break
        }
        if values[0].isEmpty { set("A", String(random.within(2...60))) }
        if values[1].isEmpty { set("B", String(random.within(12...92))) }
        let slug = Self.slug(values[18])
        set("U", "https://\(random.pick(Self.domains))/2026/01/\(slug)")
        self.label = "s\(index)-\(slug)"
        self.category = parsed.category
        self.english = parsed.english
        self.chinese = parsed.chinese
        self.values = values
        self.heat = random.pareto(alpha: 1.4)
        self.lead = random.below(parsed.english.count)
        self.quoteComments = Self.parsedQuotes.map { $0.render(values) }
        self.replies = Self.parsedReplies.map { $0.render(values) }
    }

    /// A key phrase unique among the first 48,000 stories: modifier, domain and object chosen by
    /// spreading the index over all combinations (a multiplicative step coprime with their count).
    static func keyPhrase(_ index: Int) -> String {
        let v = SyntheticVocabulary.self
        let total = v.keyModifiers.count * v.keyDomains.count * v.keyObjects.count
        let spread = (index &* 7919 &+ 13) % total
        let modifier = v.keyModifiers[spread % v.keyModifiers.count]
        let domain = v.keyDomains[spread / v.keyModifiers.count % v.keyDomains.count]
        let object = v.keyObjects[spread / (v.keyModifiers.count * v.keyDomains.count)]
        return "\(modifier) \(domain) \(object)"
    }

    static let domains = ["techwire.news", "modelwatch.ai", "thebench.dev", "stackpost.io", "aidaily.co", "blog.example-lab.ai"]

    /// A unique product-like name for a story index: `Vega-3.1-Flash`.
    static func name(_ index: Int) -> String {
        let v = SyntheticVocabulary.self
        let stems = v.subjectStems.count
        let stem = v.subjectStems[index % stems]
        let major = 2 + (index / stems) % 8
        let minor = (index / (stems * 8)) % 10
        let suffix = v.subjectSuffixes[(index / (stems * 80)) % v.subjectSuffixes.count]
        let round = index / (stems * 80 * v.subjectSuffixes.count)
        return "\(stem)-\(major).\(minor)\(suffix)" + (round > 0 ? " R\(round)" : "")
    }

    /// Lower-case ASCII words joined by hyphens; dots kept (`vega-3.1-flash`).
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let c = Character(scalar)
            if scalar.isASCII, c.isLetter || c.isNumber || c == "." {
                if pendingHyphen, !out.isEmpty { out += "-" }
                pendingHyphen = false
                out += c.lowercased()
            } else {
                pendingHyphen = true
            }
            if out.count >= 48 { break }
        }
        return out.isEmpty ? "story" : out
    }

    private static func weightedKind(_ random: inout SeededRandom) -> Int {
        let total = kindWeights.reduce(0, +)
        var draw = random.below(total)
        for (index, weight) in kindWeights.enumerated() {
            if draw < weight { return index }
            draw -= weight
        }
        return kindWeights.count - 1
    }
}
