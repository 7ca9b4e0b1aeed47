import Foundation

extension PostContent {
    /// Builds points and bullets from stories by quoting their tweets (no LLM): the lead-in is a
    /// name found in the tweet, the text is the tweet itself, cleaned and shortened.
    struct Extractor {
        var tweets: [String: Tweet]
        var strings: PostStrings
        /// Longest quoted tweet text, in characters.
        var maxText = 320

        func point(_ point: Draft.Point, story: Story?, number: Int) -> Point {
            // An empty bold lead-in (`****`) is not bold at all: fall back to the story's headline.
            let headline = [point.headline, story?.headline ?? ""].first { !SafeText.oneLine($0).isEmpty } ?? strings.untitled
            var (lead, rest) = Self.split(headline)
            var restText = SafeText.inline(rest).nonLeadingEscaped(rest)
            // A long sentence with no clause to break at is not all bold: the name it opens with is
            // (`**GPT-5.2 Pro** scored 31% on FrontierMath…`).
            if rest.isEmpty, lead.count > Self.longSentence, let story,
               let name = Self.names(story, tweet: leadTweet(story)).first(where: { lead.hasPrefix($0) && lead.count > $0.count }),
               lead.dropFirst(name.count).first == " " {
                let after = String(lead.dropFirst(name.count + 1))
                restText = " " + SafeText.inline(after).nonLeadingEscaped(after)
                lead = name
            }
            return Point(
                number: number, story: point.story, lead: SafeText.inline(lead), rest: restText,
                link: story.flatMap(link), supportingTweets: story.map(found) ?? [])
        }

        func item(_ story: Story, section: Section) -> Item {
            let lead = leadTweet(story)
            let named = leadIn(story, tweet: lead, section: section)
            let quoted = lead.map { Self.clean($0.text, limit: maxText) } ?? story.headline
            let leadIn = !SafeText.oneLine(named).isEmpty ? named : !SafeText.oneLine(story.headline).isEmpty ? Self.split(story.headline).lead : strings.untitled
            let text = Self.dropLeadIn(leadIn, from: quoted)
            return Item(story: story.id, lead: SafeText.inline(leadIn), text: SafeText.inline(text), link: link(story))
        }

        /// The story's tweets that are among the day's tweets.
        func found(_ story: Story) -> [String] { story.tweetIDs.filter { tweets[$0] != nil } }

        func leadTweet(_ story: Story) -> Tweet? {
            story.tweetIDs.lazy.compactMap { tweets[$0] }.first { $0.kind != .retweet }
                ?? story.tweetIDs.lazy.compactMap { tweets[$0] }.first
        }

        /// The lead tweet's link on x.com, or the story's first link.
        func link(_ story: Story) -> String? {
            if let tweet = leadTweet(story) { return SafeText.tweetLink(handle: tweet.author.handle, id: tweet.id) }
            if let id = story.tweetIDs.first, let link = SafeText.tweetLink(handle: "i", id: id) { return link }
            return story.urls.lazy.compactMap(SafeText.url).first
        }

        /// Viewpoints lead with who said it; markets with their tickers; the rest with the name of
        /// the model or product the story's headline names (a keyphrase the tweet spells as a name),
        /// else with who said it: a take on capex leads with its author, not with `bubble`.
        func leadIn(_ story: Story, tweet: Tweet?, section: Section) -> String {
            if section == .stocks || section == .crypto {
                let tickers = Self.tickers(found(story).compactMap { tweets[$0] })
                let label = section == .stocks ? strings.stockLead : strings.cryptoLead
                if !tickers.isEmpty { return label + strings.colon + tickers.map { "$" + $0 }.joined(separator: " ") }
                return label + strings.colon + Self.shortName(story, tweet: tweet)
            }
            if section != .viewpoints, let name = Self.headlineName(story, tweet: tweet) { return name }
            guard let tweet else { return Self.name(story, tweet: nil) }
            let name = tweet.author.name.trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? "@" + tweet.author.handle : "\(name) (@\(tweet.author.handle))"
        }

        /// The name of what the story is about: a keyphrase the tweet spells out (one spelled as a
        /// name first), else the headline's lead.
        static func name(_ story: Story, tweet: Tweet?) -> String {
            let spelled = spelledKeyphrases(story, tweet: tweet)
            return properName(story, names: spelled.filter(isName)) ?? spelled.first ?? split(story.headline).lead
        }

        /// The first keyphrase the tweet spells as a name, as the tweet spells it (one the headline
        /// names first); nil when none is.
        static func properName(_ story: Story, tweet: Tweet?) -> String? {
            properName(story, names: names(story, tweet: tweet))
        }

        private static func properName(_ story: Story, names: [String]) -> String? {
            headlineName(story, names: names) ?? names.first
        }

        /// The first keyphrase the tweet spells as a name that is the story's top keyphrase or that
        /// its headline names: the filesystem-as-memory story is not about the `README` its tweet
        /// goes on to mention.
        static func headlineName(_ story: Story, tweet: Tweet?) -> String? {
            headlineName(story, names: names(story, tweet: tweet))
        }

        /// `headlineName` among `names`, the story's keyphrases as the tweet spells them (one scan for both lookups).
        private static func headlineName(_ story: Story, names: [String]) -> String? {
            let top = story.keyphrases.first?.lowercased()
            return names.first { $0.lowercased() == top || story.headline.range(of: $0, options: .caseInsensitive) != nil }
        }

        /// The story's keyphrases the tweet spells as names, as it spells them, in keyphrase order.
        static func names(_ story: Story, tweet: Tweet?) -> [String] {
            spelledKeyphrases(story, tweet: tweet).filter(isName)
        }

        /// The story's keyphrases (of 3 characters or more) the tweet spells out, as it spells them, in order.
        static func spelledKeyphrases(_ story: Story, tweet: Tweet?) -> [String] {
            guard let text = tweet?.text else { return [] }
            return story.keyphrases.filter { $0.count >= 3 }.compactMap { phrase in
                text.range(of: phrase, options: .caseInsensitive).map { String(text[$0]) }
            }
        }

        /// Whether a spelling reads as a name: `GLM-4.7-Flash`, `Claude in Excel`, `$INTC`, `vibe coding`
        /// (a capital, a digit, a `$`, or several words), not `bubble`, and not a version alone (`v2`, `3.1`).
        static func isName(_ spelled: String) -> Bool {
            guard spelled.wholeMatch(of: /[vV]?[0-9]+(\.[0-9]+)*/) == nil else { return false }
            return spelled.contains { $0.isUppercase || $0.isNumber || $0 == "$" || $0 == " " || $0 == "-" }
        }

        /// `name`, cut to a label's length.
        static func shortName(_ story: Story, tweet: Tweet?) -> String {
            let full = SafeText.oneLine(name(story, tweet: tweet))
            return full.count <= 30 ? full : String(full.prefix(30)) + "…"
        }

        /// The tickers tweets are about: the most named cashtag, and any named nearly as often.
        static func tickers(_ tweets: [Tweet]) -> [String] {
            var counts: [String: Int] = [:]
            var order: [String] = []
            for t in tweets {
                for tag in t.cashtags {
                    let key = tag.uppercased()
                    if counts[key] == nil { order.append(key) }
                    counts[key, default: 0] += 1
                }
            }
            let most = counts.values.max() ?? 0
            return order.enumerated().filter { counts[$0.element]! * 2 > most }.sorted { a, b in
                counts[a.element]! != counts[b.element]! ? counts[a.element]! > counts[b.element]! : a.offset < b.offset
            }.prefix(3).map(\.element)
        }

        /// Splits a headline into a bold lead-in and the rest, at the first clause break that
        /// leaves a lead of 2 to 40 characters outside any parentheses; the rest keeps its punctuation.
        /// The longest bold lead-in a clause break may leave.
        static let longestLead = 40
        /// A headline this long reads badly all in bold.
        static let longSentence = 60

        static func split(_ headline: String) -> (lead: String, rest: String) {
            let text = SafeText.oneLine(headline)
            let breaks: [String] = ["：", "，", "。", ": ", ", ", " — ", " - ", "; ", "；"]
            var cuts: [String.Index] = []
            for mark in breaks {
                var from = text.startIndex
                while let r = text.range(of: mark, range: from..<text.endIndex) {
                    cuts.append(r.lowerBound)
                    from = r.upperBound
                }
            }
            for cut in cuts.sorted() {
                let lead = text[..<cut].trimmingCharacters(in: .whitespaces)
                let rest = String(text[cut...]).trimmingCharacters(in: .whitespaces)
                guard lead.count <= longestLead else { break }
                if lead.count >= 2, rest.count > 2, isBalanced(lead) { return (lead, rest) }
            }
            return (text, "")
        }

        /// Whether every bracket opened in `text` is closed in it.
        static func isBalanced(_ text: String) -> Bool {
            var depth = 0
            for c in text {
                if "([（【".contains(c) { depth += 1 }
                if ")]）】".contains(c) { depth -= 1 }
            }
            return depth == 0
        }

        /// `CALM: cuts steps by 4x` under the lead-in `CALM` reads `cuts steps by 4x`.
        static func dropLeadIn(_ lead: String, from text: String) -> String {
            guard !lead.isEmpty, text.lowercased().hasPrefix(lead.lowercased()) else { return text }
            let rest = text.dropFirst(lead.count)
            guard let mark = rest.first, mark == ":" || mark == "：" else { return text }
            let trimmed = rest.dropFirst().trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? text : trimmed
        }

        /// A tweet's text without links, `RT @x:` prefixes or extra spaces, shortened at a word. Its
        /// lines become sentences of one line (`comparable quality. A real attempt`), and a link's
        /// label loses its link's place too (`Full results: <link>`, `Read the report 👇 <link>`).
        static func clean(_ text: String, limit: Int) -> String {
            var lines: [String] = []
            // Markdown a tweet quotes: an image goes whole (not `![img](` without its link), a link keeps its text.
            let unmarked = text.replacing(/^RT @\w+:\s*/, with: "")
                .replacing(/!\[[^\]\n]*\]\(\s*https?:\/\/[^)\s]*\s*\)/, with: "")
                .replacing(/\[([^\]\n]*)\]\(\s*https?:\/\/[^)\s]*\s*\)/) { String($0.output.1) }
            for raw in unmarked.split(whereSeparator: \.isNewline) {
                let hadLink = raw.contains(/https?:\/\//)
                var line = SafeText.oneLine(String(raw).replacing(/https?:\/\/\S+/, with: ""))
                if hadLink { line = droppingLinkLabel(line) }
                if !line.isEmpty { lines.append(line) }
            }
            let t = SafeText.oneLine(joinedAsSentences(lines))
            guard t.count > limit else { return t }
            var cut = t.prefix(limit)
            if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit * 2 / 3 {
                cut = cut[..<space]
            }
            return cut + "…"
        }

        /// Words a link's label starts with (`Full results`, `Read the report`, `Paper`, `Try it here`).
        static let linkLabelWords: Set<String> = [
            "full", "read", "see", "more", "watch", "download", "paper", "blog", "details", "report", "link", "links",
            "results", "demo", "code", "here", "docs", "announcement", "thread", "article", "website",
        ]

        /// A line whose link was taken out, without the label that pointed at it: the words after its
        /// last sentence (at most five, led by a label word), arrows and a closing colon.
        static func droppingLinkLabel(_ line: String) -> String {
            func trimmed(_ text: some StringProtocol) -> String {
                var text = String(text)
                while let last = text.last, last.isWhitespace || ",，:：-—–→➡👇🔗⬇".contains(last) || last == "⬇️" || last == "➡️" {
                    text.removeLast()
                }
                return text
            }
            let text = trimmed(line)
            let end = text.lastIndex { ".!?。！？".contains($0) }.map { text.index(after: $0) } ?? text.startIndex
            // The label is among the last five words after the last sentence, from a label word on.
            let words = text[end...].split(separator: " ")
            // …and starts a clause: the tail itself, or after a comma, colon or dash.
            for (k, word) in words.enumerated() where words.count - k <= 5
                && (k == 0 || words[k - 1].last.map { ",，:：-—–".contains($0) } == true)
                && linkLabelWords.contains(word.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
                return trimmed(text[..<word.startIndex])
            }
            return text
        }

        static func joinedAsSentences(_ lines: [String]) -> String { PostContent.sentences(lines) }
    }
}

private extension String {
    /// The rest of a split headline follows the lead mid-line, so its first character needs no
    /// line-start escape: undo the one `SafeText.inline` adds for `:`, `-` and friends.
    func nonLeadingEscaped(_ original: String) -> String {
        guard hasPrefix("\\"), let first = original.first, "#+=:".contains(first) else { return self }
        return String(dropFirst())
    }
}

extension PostContent {
    /// A tweet's lines as the draft quotes them, on one line: a line that ends in a word (a letter,
    /// digit or Chinese character) before one that starts a sentence (a capital or Chinese) ends
    /// its sentence there (`comparable quality. A real attempt`, `模型已开源。欢迎试用`); other
    /// lines join with a space, as they always did (`| a | b |`, `* list`).
    public static func sentences(_ lines: [String]) -> String {
        func isHan(_ c: Character) -> Bool { c.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } == true }
        var out = ""
        for line in lines {
            if let last = out.last, let first = line.first {
                let endsWord = last.isLetter || last.isNumber || isHan(last)
                let startsSentence = (first.isUppercase && first.isASCII) || isHan(first)
                out += "。！？：；，、）”".contains(last) ? "" : !endsWord || !startsSentence ? " " : isHan(last) ? "。" : ". "
            }
            out += line
        }
        return out
    }
}
