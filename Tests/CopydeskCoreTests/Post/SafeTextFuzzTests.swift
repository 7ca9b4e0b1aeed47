import CopydeskCore
import Foundation
import Testing
import TestSupport

/// Random text from the characters markdown, Liquid and HTML care about, checked two ways: the
/// invariants of `SafeText` directly, and what a real Jekyll build shows.
@Suite struct SafeTextFuzzTests {
    static let alphabet: [Character] = Array("{}%<>&#*_[]()!|~$-+=:.`\\'\"@/^ \n\t\r abcXYZ019中文：，") + ["\u{2028}", "\u{202E}"]

    static func samples(count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 1...40, using: &random)
            return String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
        }
    }

    @Test func inlineTextNeverCarriesMarkupCharacters() {
        for text in Self.samples(count: 1500, seed: 7) {
            let safe = SafeText.inline(text)
            #expect(!safe.contains { "{}<>\n\r\t\u{2028}\u{202E}".contains($0) }, "\(text.debugDescription) → \(safe)")
            if let first = safe.first { #expect(!"#-+=:>*|".contains(first) || first == "\\", "\(safe)") }
        }
    }

    @Test func editorMarkdownNeverCarriesLiquidOrHTML() {
        for text in Self.samples(count: 1500, seed: 8) {
            let safe = SafeText.markdown(text)
            #expect(!safe.contains { "{}<".contains($0) }, "\(text.debugDescription) → \(safe)")
            for line in safe.split(separator: "\n") {
                let body = line.drop { $0 == " " }
                #expect(!body.hasPrefix("#") && !body.hasPrefix("|") && !body.hasPrefix("```"), "\(line)")
            }
        }
    }

    /// kramdown's typography (smart quotes, ellipsis) is the only change a reader may see.
    static func untypeset(_ text: String) -> String {
        text.replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
            .replacingOccurrences(of: "‘", with: "'").replacingOccurrences(of: "’", with: "'")
            .replacingOccurrences(of: "…", with: "...")
    }

    @Test func jekyllShowsRandomTweetsLiterally() throws {
        let jekyll = try JekyllSite.requireJekyll()
        let texts = Self.samples(count: 150, seed: 9)
        var tweets: [String: Tweet] = [:]
        var stories: [Story] = []
        for (i, text) in texts.enumerated() {
            let id = String(1_700_000_000_000_000_000 + i)
            tweets[id] = PostSamples.tweet(id, "fuzz\(i)", "Fuzz", text)
            stories.append(Story(id: StoryID("f\(i)"), tweetIDs: [id], headline: "item \(i)", category: .models, score: Double(1000 - i)))
        }
        var draft = Draft(analysis: Analysis(stories: stories, points: [], reserve: [], keyphrases: []),
                          window: PostSamples.window, metadata: PostSamples.metadata)
        for story in stories { draft.decisions[story.id] = .accepted }
        let site = try JekyllSite(root: try Fixtures.temporaryFolder("copydesk-fuzz"))
        try site.write(PostFiles.postPath(for: draft), try PostRenderer().render(draft, tweets: tweets))
        let (status, output) = try site.build(jekyll: jekyll)
        #expect(status == 0, "jekyll build failed:\n\(output)")
        let page = try site.read("_site/2026/01/24/\(draft.window.slug).html")
        // A bullet without a name leads with its author.
        let items = page.matches(of: /<li><strong>Fuzz \(@fuzz(\d+)\)<\/strong>(.*?)<\/li>/).map { (Int($0.output.1)!, String($0.output.2)) }
        #expect(items.map(\.0) == Array(0..<texts.count), "every tweet is one bullet, in order")
        for (i, html) in items where i < texts.count {
            let shown = Self.untypeset(PageText.visible(html))
            // Shown as written, its lines folded as the draft folds them (`PostContent.sentences`).
            let lines = texts[i].unicodeScalars.filter { $0 != "\u{202E}" }.map(String.init).joined()
                .split(whereSeparator: \.isNewline).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            let written = Self.untypeset(PostContent.sentences(lines.filter { !$0.isEmpty }))
            #expect(shown == "：" + written + "（来源）" || (written.isEmpty && shown.hasPrefix("：")), "tweet \(i) \(texts[i].debugDescription) shows as \(shown)")
        }
        #expect(page.matches(of: /<(?:h\d|table|pre|code|blockquote|script|img|hr|del|em|sup|math)\b/).count == 8 + 1 + 2,
                "only the template's headings, image and rules")
        try? FileManager.default.removeItem(at: site.root)
    }
}
