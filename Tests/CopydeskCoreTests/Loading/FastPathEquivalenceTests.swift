@testable import CopydeskCore
import CopydeskSynthetic
import Foundation
import TestSupport
import Testing

/// The fast path (a tape, in parts on all cores) must read every file exactly as the reference
/// does (a `JSONValue` tree per record, one after another): the same tweets, skips, warnings and
/// errors, whatever the cuts. Files here are small, so they are cut very finely on purpose.
@Suite struct FastPathEquivalenceTests {
    /// The reference, the fast path uncut, and the fast path cut at many odd places.
    static let readers: [Chunking] = [
        .tree, .none, Chunking(maxParts: 3, minPartBytes: 1), Chunking(maxParts: 7, minPartBytes: 1),
        Chunking(maxParts: 40, minPartBytes: 1),
    ]

    @Test(arguments: 0..<60)
    func xAPIArraysReadTheSame(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        let layout = XAPILayout.allCases[seed % XAPILayout.allCases.count]
        var bytes = EquivalenceFiles.xAPIArray(&random, layout: layout)
        if seed % 3 == 2 { EquivalenceFiles.damage(&bytes, &random) }
        expectSameEverywhere(bytes, "seed \(seed), \(layout)")
    }

    @Test(arguments: 0..<60)
    func jsonLinesReadTheSame(seed: Int) {
        var random = SeededRandom(seed: UInt64(1000 + seed))
        var bytes = EquivalenceFiles.jsonLines(&random, responses: seed % 4 == 3)
        if seed % 3 == 2 { EquivalenceFiles.damage(&bytes, &random) }
        expectSameEverywhere(bytes, "seed \(seed)")
    }

    @Test(arguments: 0..<10)
    func arraysOfTweetsReadTheSame(seed: Int) {
        // Not X API responses: the fast path must hand these to the general path untouched.
        var random = SeededRandom(seed: UInt64(2000 + seed))
        let lines = String(decoding: EquivalenceFiles.jsonLines(&random, responses: false), as: UTF8.self)
            .split(separator: "\n").filter { $0.hasPrefix("{\"") }
        let bytes = Array(("[\n" + lines.joined(separator: ",\n") + "\n]").utf8)
        expectSameEverywhere(bytes, "seed \(seed)")
    }

    @Test func theSampleDayReadsTheSame() throws {
        for name in ["2026-01-24.x-api.json", "2026-01-24.twscrape.jsonl"] {
            let bytes = try [UInt8](Data(contentsOf: Fixtures.seeds.appendingPathComponent("sample-day/\(name)")))
            expectSameEverywhere(bytes, name)
            let parsed = try TweetParser.parse(bytes, file: name)
            #expect(parsed.tweets.count > 300)
        }
    }

    @Test func aTextThatLooksLikeACutDoesNotFoolTheReader() {
        // `},\n{` inside nested arrays: cut guesses land inside responses and must be refused.
        var random = SeededRandom(seed: 7)
        let bytes = EquivalenceFiles.xAPIArray(&random, layout: .indented)
        expectSameEverywhere(bytes, "indented")
        var options = ParseOptions()
        options.chunking = Chunking(maxParts: 40, minPartBytes: 1)
        let fast = try? TweetParser.parse(bytes, file: "f", options: options)
        #expect((fast?.tweets.count ?? 0) > 0)
    }

    private func expectSameEverywhere(_ bytes: [UInt8], _ label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let results = Self.readers.map { outcome(bytes, $0) }
        for (reader, result) in zip(Self.readers.dropFirst(), results.dropFirst()) {
            #expect(result == results[0], "\(label): \(reader) differs from the reference", sourceLocation: sourceLocation)
            if result != results[0], case .success(let fast) = result, case .success(let reference) = results[0] {
                // Say where, to make a failure readable.
                let firstTweet = zip(fast.tweets, reference.tweets).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                Issue.record("tweets \(fast.tweets.count) vs \(reference.tweets.count), first differing \(firstTweet.map(String.init) ?? "-"); warnings \(fast.warnings.count) vs \(reference.warnings.count): \(Array(fast.warnings.prefix(3))) vs \(Array(reference.warnings.prefix(3)))", sourceLocation: sourceLocation)
            }
        }
        // Read where they lie (a mapped file's bytes), every reader gives the reference's result too.
        for reader in Self.readers {
            #expect(outcome(bytes, reader, inPlace: true) == results[0], "\(label): \(reader) in place differs from the reference", sourceLocation: sourceLocation)
        }
    }

    private func outcome(_ bytes: [UInt8], _ chunking: Chunking, inPlace: Bool = false) -> Result<ParsedInput, LoadError> {
        var options = ParseOptions()
        options.chunking = chunking
        do {
            if inPlace {
                return .success(try bytes.withUnsafeBufferPointer { buffer throws(LoadError) in try TweetParser.parse(buffer, file: "day.json", options: options) })
            }
            return .success(try TweetParser.parse(bytes, file: "day.json", options: options))
        } catch {
            return .failure(error)
        }
    }
}

/// How the X API array is laid out.
enum XAPILayout: CaseIterable {
    /// One response a line, as the synthetic days are.
    case linePerResponse
    /// All on one line.
    case minified
    /// Tweets on their own lines too, so line breaks between `}` `,` `{` also sit inside responses.
    case indented
}

/// Small exports full of the cases a loader meets: escapes, repeats, nulls, odd numbers, missing
/// fields, unknown authors, over-long texts, errors; optionally damaged.
enum EquivalenceFiles {
    static func xAPIArray(_ random: inout SeededRandom, layout: XAPILayout) -> [UInt8] {
        let responses = (0..<random.within(1...12)).map { page in response(&random, page: page, layout: layout) }
        let text: String
        switch layout {
        case .linePerResponse: text = "[\n" + responses.joined(separator: ",\n") + "\n]\n"
        case .minified: text = "[" + responses.joined(separator: ",") + "]"
        case .indented: text = "[\n  " + responses.joined(separator: ",\n  ") + "\n]"
        }
        return Array(text.utf8)
    }

    static func jsonLines(_ random: inout SeededRandom, responses: Bool) -> [UInt8] {
        var lines: [String] = []
        for i in 0..<random.within(5...40) {
            switch random.below(14) {
            case 0: lines.append("")
            case 1: lines.append("{\"id\": \"\(i)\", broken")
            case 2: lines.append("[1, 2]")
            case 3: lines.append(String(repeating: "[", count: 600) + String(repeating: "]", count: 600))
            default: lines.append(responses ? response(&random, page: i, layout: .minified) : twscrapeTweet(&random, index: i))
            }
        }
        let separator = random.below(4) == 0 ? "\r\n" : "\n"
        return Array((lines.joined(separator: separator) + separator).utf8)
    }

    /// Breaks a file the ways files break: cut short, a byte lost or changed, garbage appended, bad UTF-8.
    static func damage(_ bytes: inout [UInt8], _ random: inout SeededRandom) {
        let at = random.below(bytes.count)
        switch random.below(6) {
        case 0: bytes.removeSubrange(at...)
        case 1: bytes.remove(at: at)
        case 2: bytes[at] = Array(#"{}[]",:\"#.utf8)[random.below(8)]
        case 3: bytes += Array(" x".utf8)
        case 4: bytes.insert(contentsOf: [0xFF, 0xC3], at: at)
        default: bytes.insert(contentsOf: Array(",\n5,\n".utf8), at: at)
        }
    }

    private static let texts = [
        #"plain text &amp; more &lt;b&gt;"#,
        #"line\nbreak \"quoted\" caf\u00e9 \ud83d\ude80 lone \ud800 end"#,
        "中文 🚀 naïve",
        #"a slash \/ and a tab\t"#,
        "",
    ]

    private static func response(_ random: inout SeededRandom, page: Int, layout: XAPILayout) -> String {
        let gap = layout == .indented ? ",\n    " : ","
        switch random.below(12) {
        case 0: return #"{"errors": [{"detail": "Rate limit \"exceeded\""}, {"title": "t"}], "meta": {"result_count": 0}}"#
        case 1: return #"{"meta": {"result_count": 0}}"#
        case 2: return #"{"includes": {"users": []}, "note": "no data"}"#
        case 3: return #"{"data": "# + tweet(&random, page: page, index: 0) + #", "includes": {"users": []}}"#
        default:
            let tweets = (0..<random.within(0...6)).map { tweet(&random, page: page, index: $0) }
            let users = (0..<random.within(0...4)).map { user($0, followers: page * 10 + $0) }
            // The tweet every reference names, included by some pages with their own text: the last page's wins.
            let original = random.below(3) == 0 ? #", "tweets": [{"id": "77", "text": "the original, page \#(page) &amp; co"}]"# : ""
            return #"{"data": ["# + tweets.joined(separator: gap) + #"], "includes": {"users": ["# + users.joined(separator: gap)
                + #"]"# + original + #"}, "meta": {"result_count": "# + "\(tweets.count)}}"
        }
    }

    private static func user(_ index: Int, followers: Int) -> String {
        #"{"id": "10\#(index)", "username": "user\#(index)", "name": "User \u00e9 \#(index)", "public_metrics": {"followers_count": \#(followers)}}"#
    }

    private static func tweet(_ random: inout SeededRandom, page: Int, index: Int) -> String {
        // Some ids repeat across pages: duplicates are the merger's business, but must survive parsing alike.
        let id = random.below(5) == 0 ? "\(index)" : "\(page)\(index)\(random.below(1000))"
        var fields = [#""id": "\#(id)""#]
        if random.below(15) != 0 { fields.append(#""created_at": "\#(["2026-01-24T03:12:00.000Z", "2026-01-24 03:12:00+08:00", "not a date", "1769224320"][random.below(4)])""#) }
        switch random.below(12) {
        case 0: break  // no text
        case 1: fields.append(#""text": "\#(String(repeating: "long ", count: 20_001))""#)
        case 2: fields.append(#""te\u0078t": "an escaped name", "text": "first", "text": "repeated""#)
        default: fields.append(#""text": "\#(texts[random.below(texts.count)])""#)
        }
        switch random.below(6) {
        case 0: break
        case 1: fields.append(#""author_id": null"#)
        case 2: fields.append(#""author_id": 103"#)
        default: fields.append(#""author_id": "10\#(random.below(6))""#)
        }
        if random.below(3) == 0 { fields.append(#""lang": \#(["null", "\"en\"", "\"zh\""][random.below(3)])"#) }
        if random.below(2) == 0 {
            fields.append(#""public_metrics": {"like_count": \#(["3", "\"42\"", "1.0e3", "-1", "12.5", "99999999999999999999"][random.below(6)]), "retweet_count": 1}"#)
        }
        if random.below(3) == 0 {
            fields.append(#""entities": {"urls": [{"expanded_url": "https://e.com/\#(index)"}, {"url": "https://t.co/x"}], "hashtags": [{"tag": "AI"}, {"tag": "AI"}], "cashtags": [{"tag": "nvda"}], "mentions": [{"username": "bob"}, 5]}"#)
        }
        if random.below(4) == 0 { fields.append(#""note_tweet": {"text": "a long note \u00e9", "entities": {"hashtags": [{"tag": "note"}]}}"#) }
        if random.below(3) == 0 {
            fields.append(#""referenced_tweets": [{"type": "\#(["quoted", "replied_to", "retweeted"][random.below(3)])", "id": "77"}, {"type": "replied_to", "id": "78"}]"#)
        }
        if random.below(8) == 0 { fields.append(#""deep": [[[{"a": [1, {"b": null}]}]]]"#) }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    private static func twscrapeTweet(_ random: inout SeededRandom, index: Int) -> String {
        var fields = [random.below(6) == 0 ? #""id": \#(index)"# : #""id_str": "\#(index % 17)""#]
        if random.below(12) != 0 { fields.append(#""date": "\#(["2026-01-24T03:12:00+00:00", "Wed Oct 10 20:19:24 +0000 2018", "bad"][random.below(3)])""#) }
        if random.below(12) != 0 { fields.append(#""rawContent": "\#(texts[random.below(texts.count)])""#) }
        if random.below(10) != 0 { fields.append(#""user": {"username": "u\#(random.below(5))", "displayname": "U \u00e9", "followersCount": \#(random.below(100))}"#) }
        fields.append(#""likeCount": \#(["1", "null", "\"7\"", "2.0"][random.below(4)]), "viewCount": {"count": 5}"#)
        if random.below(3) == 0 { fields.append(#""links": [{"url": " https://e.com/a "}, "https://e.com/b"], "outlinks": ["https://e.com/c"]"#) }
        if random.below(3) == 0 { fields.append(#""hashtags": ["AI", {"text": "ml"}], "cashtags": ["$btc", {"text": "eth"}], "mentionedUsers": [{"username": "x"}]"#) }
        switch random.below(4) {
        case 0: fields.append(#""retweetedTweet": {"id_str": "55", "rawContent": "the whole original \u00e9"}"#)
        case 1: fields.append(#""quotedTweet": {"id": 56\#(random.below(2) == 0 ? #", "rawContent": "quoted""# : "")}, "retweetedTweet": null"#)
        case 2: fields.append(#""inReplyToTweetIdStr": "57""#)
        default: break
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }
}
