/// What the engine reads from one tweet's text, in a single scan: similarity features, distinctive
/// names, lexicon hits and how much the tweet actually says.
struct TweetProfile: Sendable {
    /// Sorted, distinct hashes of words, names, tags and Chinese character bigrams (for MinHash/Jaccard).
    var features: [UInt64] = []
    /// Hashes of distinctive (versioned) names: `glm-4.7-flash`, `gpt-5.2 pro`.
    var entities: [UInt64] = []
    /// Lexicon term ids found (repeats possible).
    var termIDs: [Int32] = []
    /// Content words (stop words, links, mentions and numbers excluded; two Han characters count as one).
    var contentCount = 0
    /// Cashtags written in the text, upper case, no `$`.
    var cashtags: [String] = []
    /// For a tweet with Chinese text: its features without the character bigrams (the names, numbers
    /// and Latin words a retelling shares with the original across languages); nil otherwise.
    var anchors: [UInt64]?
    /// Hashes of the percentages written in the text (`15` of `-15%`, `60` of `+60％`), sorted,
    /// distinct: the move a market or growth story reports.
    var percentages: [UInt64] = []
    /// Hashes of adjacent content-word pairs (`ai employee`, `continual learning`, `cash flow`),
    /// sorted, distinct: a paraphrase keeps the news's phrases when it changes the rest. Read by the
    /// topic passes only (MinHash compares words).
    var phrases: [UInt64] = []
    /// Hashes of what the tweet names: capitalised words inside a sentence that are not a brand
    /// (`Kestrel`, `Talon`, `Corvane`), distinctive names and cashtags, sorted, distinct. The name
    /// pass keeps those the day writes capitalised and that one story holds.
    var names: [UInt64] = []
    /// Capitalised words that open a sentence (`Talon 3 looks great`): names only when the day also
    /// writes them capitalised inside a sentence.
    var openingNames: [UInt64] = []
    /// How the tweet is told, noted once as the engine profiles it (the story features of every
    /// story it tells read them; they were worked out twice per telling): it links a web page (a
    /// tweet that is no reply), it speaks in the first person and it asks (a news original or quote).
    var linksPage = false
    var speaks = false
    var asks = false
    /// The tweet quotes or answers a tweet outside the day that names something (`NoiseDetector.isSpecific`):
    /// it comments on news even when it names nothing itself.
    var commentsOnNews = false
    /// The distinctive name the tweet opens with (among its first `subjectWords` words): what a tweet
    /// naming several releases is about (`Yunjing-M2 on our index: … 9 points behind Talon 3`); nil
    /// when its first one comes later (`Four years ago I tweeted about GPT-3…`: no release's news).
    var subject: UInt64?
    /// Each of the tweet's links as `URLKey.key` reads it (nil: it says nothing about the news),
    /// worked out once as the engine profiles the tweet, for `linksPage` and for the grouping's
    /// shared links (each link was normalised twice); nil when not worked out.
    var linkKeys: [String?]?
}

extension TweetProfile {
    /// Empties every field, keeping the arrays' storage.
    mutating func clear() {
        // An empty array is left alone: `removeAll(keepingCapacity:)` goes through the general
        // `replaceSubrange` (about 70 instructions), seven times a tweet.
        if !features.isEmpty { features.removeAll(keepingCapacity: true) }
        if !entities.isEmpty { entities.removeAll(keepingCapacity: true) }
        if !termIDs.isEmpty { termIDs.removeAll(keepingCapacity: true) }
        contentCount = 0
        if !cashtags.isEmpty { cashtags.removeAll(keepingCapacity: true) }
        anchors = nil
        if !percentages.isEmpty { percentages.removeAll(keepingCapacity: true) }
        if !phrases.isEmpty { phrases.removeAll(keepingCapacity: true) }
        if !names.isEmpty { names.removeAll(keepingCapacity: true) }
        if !openingNames.isEmpty { openingNames.removeAll(keepingCapacity: true) }
        linksPage = false
        speaks = false
        asks = false
        commentsOnNews = false
        subject = nil
        linkKeys = nil
    }

    /// The same profile in arrays of their own, each exactly as large as its contents.
    func copied() -> TweetProfile {
        // `Array(buffer)` allocates exactly `count` (`Array(array)` would share the storage).
        TweetProfile(features: features.withUnsafeBufferPointer(Array.init), entities: entities.withUnsafeBufferPointer(Array.init),
                     termIDs: termIDs.withUnsafeBufferPointer(Array.init), contentCount: contentCount,
                     cashtags: cashtags.isEmpty ? [] : cashtags.withUnsafeBufferPointer(Array.init), anchors: anchors,
                     percentages: percentages.withUnsafeBufferPointer(Array.init), phrases: phrases.withUnsafeBufferPointer(Array.init),
                     names: names.withUnsafeBufferPointer(Array.init), openingNames: openingNames.withUnsafeBufferPointer(Array.init),
                     linksPage: linksPage, speaks: speaks, asks: asks, commentsOnNews: commentsOnNews, subject: subject, linkKeys: linkKeys)
    }
}

/// Builds `TweetProfile`s; one per thread (it keeps scratch buffers).
struct TweetProfiler {
    let vocabulary: CompiledVocabulary
    let matcher: TermMatcher
    let aliases: AliasTable?
    private var spans: [TokenSpan] = []
    private var aliasIDs: [Int32] = []
    // Scratch reused from tweet to tweet: the spans' hashes and the Chinese bigrams.
    private var hashes: [UInt64] = []
    private var bigrams: [UInt64] = []
    // The profile and its features are built in storage reused from tweet to tweet, then copied
    // out at their final sizes: growing each array by doubling cost a few allocations per array
    // and tweet, and left them with unused capacity.
    private var work = TweetProfile()

    init(vocabulary: CompiledVocabulary, matcher: TermMatcher, aliases: AliasTable?) {
        self.vocabulary = vocabulary
        self.matcher = matcher
        self.aliases = aliases
    }

    mutating func profile(_ text: String) -> TweetProfile {
        var normalized = TextNormalizer.normalize(text)
        return normalized.withUTF8 { b in profile(b) }
    }

    private mutating func profile(_ b: UnsafeBufferPointer<UInt8>) -> TweetProfile {
        // Taken out of `self` (swapped: assigning copied it, retaining and then releasing each
        // array), so its arrays are uniquely referenced and grow in place.
        var result = TweetProfile()
        swap(&result, &work)
        result.clear()
        // The features are gathered apart (with the alias features and bigrams), then sorted in place.
        var features: [UInt64] = []
        swap(&features, &result.features)
        spans.removeAll(keepingCapacity: true)
        TweetScanner.scanRaw(b, into: &spans)
        // Hashed once for both matchers.
        TermMatcher.hashes(b, spans, into: &hashes)
        matcher.matches(b, spans, hashes: hashes, into: &result.termIDs)
        if let aliases {
            aliasIDs.removeAll(keepingCapacity: true)
            aliases.matcher.matches(b, spans, hashes: hashes, into: &aliasIDs)
            for id in aliasIDs { features.append(contentsOf: aliases.features[Int(id)]) }
        }
        TweetScanner.mergeNames(b, vocabulary: vocabulary, spans: &spans, from: 0)
        var hanCharacters = 0
        bigrams.removeAll(keepingCapacity: true)
        // The previous content word and where it ended, while no other token came between.
        var previous: (hash: UInt64, end: Int)?
        // Words read so far (links and mentions are not words): a name among the first few is the subject.
        var words = 0
        for span in spans {
            let length = span.end - span.start
            defer { if span.kind != .url && span.kind != .mention { words += 1 } }
            let word = previous
            previous = nil
            switch span.kind {
            case .url, .mention:
                continue
            case .number:
                let h = TextHash.folded(b, span.start, span.end)
                if length >= 2 { features.append(h) }
                // `126M` is also `1.26亿`: the figure a retelling in another language keeps.
                if let amount = Amount.hash(b, span) { features.append(amount) }
                if Self.isPercent(b, after: span.end) { result.percentages.append(h) }
            case .word:
                guard length >= 2 else { continue }
                let h = TextHash.folded(b, span.start, span.end)
                if vocabulary.stopWords.contains(h) { continue }
                let feature = Self.singular(b, span.start, span.end) ?? h
                features.append(feature)
                if length >= 3, b[span.start] >= 65, b[span.start] <= 90, !vocabulary.brands.contains(h), !vocabulary.commonNames.contains(h) {
                    if Self.startsSentence(b, span.start) { result.openingNames.append(feature) } else { result.names.append(feature) }
                }
                result.contentCount += 1
                addPhrase(word, feature, span, b, into: &result.phrases)
                previous = (feature, span.end)
            case .hashtag:
                features.append(TextHash.folded(b, span.start + 1, span.end))
                result.contentCount += 1
            case .cashtag:
                let h = TextHash.folded(b, span.start, span.end)
                features.append(h)
                result.cashtags.append(String(decoding: UnsafeBufferPointer(rebasing: b[span.start + 1..<span.end]), as: UTF8.self).uppercased())
                result.names.append(h)
                result.contentCount += 1
            case .name:
                let h = TextHash.folded(b, span.start, span.end)
                features.append(h)
                result.contentCount += 1
                if isDistinctive(b, span) {
                    // The first distinctive name: none is in `entities` yet.
                    if result.entities.isEmpty && words < Self.subjectWords { result.subject = h }
                    result.entities.append(h)
                    result.names.append(h)
                }
                // `Talon 3` and `Yaoguang-4` are also `Talon` and `Yaoguang`: a retelling that says "the
                // Talon upgrade" or "Yaoguang AI released…" names it too.
                if let head = Self.unknownHead(b, span, hash: h, vocabulary: vocabulary) {
                    features.append(head)
                    if Self.startsSentence(b, span.start) { result.openingNames.append(head) } else { result.names.append(head) }
                }
                addPhrase(word, h, span, b, into: &result.phrases)
                previous = (h, span.end)
            case .chinese:
                // Character bigrams: robust to segmentation and cheap (no ICU on the hot path).
                var p = span.start
                var previous = -1
                while p < span.end {
                    let next = p + TweetScanner.decode(b, p).1
                    if previous >= 0 { bigrams.append(TextHash.folded(b, previous, next)) }
                    hanCharacters += 1
                    previous = p
                    p = next
                }
                if hanCharacters == 1 { bigrams.append(TextHash.folded(b, span.start, span.end)) }
            }
        }
        result.contentCount += (hanCharacters + 1) / 2
        if hanCharacters > 0 {
            var anchors = features
            Self.sortUnique(&anchors)
            result.anchors = anchors
        }
        features.append(contentsOf: bigrams)
        // In place: a copy per array was a good part of profiling's allocations.
        Self.sortUnique(&features)
        Self.sortUnique(&result.entities)
        Self.sortUnique(&result.percentages)
        Self.sortUnique(&result.phrases)
        Self.sortUnique(&result.names)
        Self.sortUnique(&result.openingNames)
        swap(&features, &result.features)
        let profile = result.copied()
        swap(&result, &work)
        return profile
    }

    /// A tweet's subject is a distinctive name among its first this-many words.
    static let subjectWords = 3

    /// A name specific enough to be one piece of news within a day: a version (`GLM-4.7-Flash`,
    /// `LTX-2`, `PersonaPlex-7B`; not `H100`, `Qwen3` or `v2`) or several parts (`Claude in Excel`,
    /// `World Labs`), unless the lexicon lists it among the common names (`Hugging Face`).
    func isDistinctive(_ b: UnsafeBufferPointer<UInt8>, _ span: TokenSpan) -> Bool {
        if vocabulary.commonNames.contains(TextHash.folded(b, span.start, span.end)) { return false }
        var hasDigit = false, hasJoiner = false
        for k in span.start..<span.end {
            let c = b[k]
            if TweetScanner.isDigit(c) { hasDigit = true }
            if c == 45 || c == 46 || c == 32 { hasJoiner = true }
        }
        return (hasDigit && (hasJoiner || span.end - span.start >= 6)) || hasJoiner
    }

    /// The hash of a name's first word when the name is that word and a version (`Talon` in
    /// `Talon 3`, `Yaoguang` in `Yaoguang-4` and `Yaoguang-4-Lite`) and the word is no brand, common
    /// name or stop word the lexicon knows, nor the name a common one (`Apache-2.0`). Before a hyphen
    /// the word must be a capitalised word: the acronym of `AGI-0` or `LTX-2` names a field or a
    /// lab's many things, not one. `hash` is the whole name's.
    static func unknownHead(_ b: UnsafeBufferPointer<UInt8>, _ span: TokenSpan, hash: UInt64, vocabulary: CompiledVocabulary) -> UInt64? {
        var split = span.start
        while split < span.end && b[split] != 32 && b[split] != 45 { split += 1 }
        guard split - span.start >= 3, split + 1 < span.end, b[span.start] >= 65, b[span.start] <= 90 else { return nil }
        func isVersion(_ c: UInt8) -> Bool { TweetScanner.isDigit(c) || c == 46 || c | 0x20 == 118 }
        if b[split] == 32 {
            // `Talon 3`, `Talon v2.1`: the rest is the version alone.
            for k in (split + 1)..<span.end where !isVersion(b[k]) { return nil }
        } else {
            // `Yaoguang-4`, `Alder-4B`, `Yaoguang-4-Lite`: a version (a size's `B` allowed), then
            // any variant.
            for k in (span.start + 1)..<split where !(b[k] >= 97 && b[k] <= 122) { return nil }
            guard TweetScanner.isDigit(b[split + 1]) else { return nil }
            var k = split + 1
            while k < span.end && b[k] != 45 && b[k] != 32 {
                guard isVersion(b[k]) || b[k] | 0x20 == 98 else { return nil }
                k += 1
            }
        }
        // A common name's word is none either (`Apache` of `Apache-2.0`).
        if vocabulary.commonNames.contains(hash) { return nil }
        let head = TextHash.folded(b, span.start, split)
        if vocabulary.brands.contains(head) || vocabulary.commonNames.contains(head) || vocabulary.stopWords.contains(head) { return nil }
        return head
    }

    /// The hash of an English plural's singular (`agents` → `agent`, `companies` → `company`), so a
    /// retelling that says "AI employees" shares its word with "an AI employee"; nil when the word
    /// does not read as a plural (`status`, `analysis`, `access`, short words).
    static func singular(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
        guard end - start >= 4 else { return nil }
        func lower(_ k: Int) -> UInt8 { b[k] | 0x20 }
        guard lower(end - 1) == 115 /* s */ else { return nil }
        switch lower(end - 2) {
        case 115, 117, 105: return nil  // -ss, -us, -is
        default: break
        }
        if end - start >= 5, lower(end - 3) == 105, lower(end - 2) == 101 {  // -ies → -y
            return (TextHash.folded(b, start, end - 3) ^ 121) &* TextHash.prime  // FNV-1a step for "y"
        }
        return TextHash.folded(b, start, end - 1)
    }

    /// Adds the pair `previous word, this word` when only spaces separate them (a quote, comma or
    /// full stop between two words ends the phrase).
    private func addPhrase(_ previous: (hash: UInt64, end: Int)?, _ feature: UInt64, _ span: TokenSpan,
                           _ b: UnsafeBufferPointer<UInt8>, into phrases: inout [UInt64]) {
        guard let previous else { return }
        for k in previous.end..<span.start where b[k] != 32 { return }
        phrases.append(TextHash.combine(previous.hash, feature))
    }

    /// Whether the word at `start` opens a sentence (or the text): only spaces, quotes and brackets
    /// stand between it and a full stop, a question or exclamation mark, a colon, a line break or
    /// non-ASCII punctuation. A capital there says nothing about a name.
    static func startsSentence(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var k = start - 1
        while k >= 0 {
            switch b[k] {
            case 32, 34, 39, 40, 91, 42, 45, 9: k -= 1  // space, quotes, brackets, bullets
            case 46, 33, 63, 58, 10, 13: return true     // . ! ? : and line breaks
            case 0x80...0xBF:
                // The last byte of a character: walk back to its first. An emoji opens a line as a
                // bullet does; Chinese full stops, marks and colons end a sentence; Han text does not.
                var lead = k
                while lead > 0 && b[lead] & 0xC0 == 0x80 { lead -= 1 }
                if b[lead] >= 0xF0 { return true }
                let character = Array(b[lead...k])
                return Self.sentenceEnds.contains(character)
            default: return false
            }
        }
        return true
    }

    /// 。！？： as UTF-8.
    private static let sentenceEnds: [[UInt8]] = [[0xE3, 0x80, 0x82], [0xEF, 0xBC, 0x81], [0xEF, 0xBC, 0x9F], [0xEF, 0xBC, 0x9A]]

    /// Whether a percent sign (`%`, or the full-width `％`) follows at `k`.
    static func isPercent(_ b: UnsafeBufferPointer<UInt8>, after k: Int) -> Bool {
        if k < b.count, b[k] == 37 { return true }
        return k + 2 < b.count && b[k] == 0xEF && b[k + 1] == 0xBC && b[k + 2] == 0x85
    }

    /// Sorts `values` and drops repeats, in place: `unique(values.sorted())` without new arrays.
    static func sortUnique(_ values: inout [UInt64]) {
        UInt64Sort.sortUnique(&values)
    }

    static func unique(_ sorted: [UInt64]) -> [UInt64] {
        guard sorted.count > 1 else { return sorted }
        var out: [UInt64] = []
        out.reserveCapacity(sorted.count)
        for value in sorted where out.last != value { out.append(value) }
        return out
    }
}
