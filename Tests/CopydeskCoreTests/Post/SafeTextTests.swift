import CopydeskCore
import Testing

@Suite struct SafeTextTests {
    @Test(arguments: [
        ("{% include ../../etc/passwd %}", "&#123;% include ../../etc/passwd %&#125;"),
        ("{{ site.github }}", "&#123;&#123; site.github &#125;&#125;"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("# heading injection", "\\# heading injection"),
        ("---\nlayout: evil\n---", "\\-\\-\\- layout: evil \\-\\-\\-"),
        ("```\nfence\n```", "\\`\\`\\` fence \\`\\`\\`"),
        ("| a | b |", "\\| a \\| b \\|"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("![img](http://evil)", "!\\[img\\](http://evil)"),
        ("> quote", "&gt; quote"),
        ("1. numbered", "1\\. numbered"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        (": definition", "\\: definition"),
        ("$$ x $$ costs $5", "\\$\\$ x \\$\\$ costs $5"),
        ("~~strike~~ ~ok", "&#126;&#126;strike&#126;&#126; ~ok"),
        ("a--b and GLM-4.7-Flash", "a\\-\\-b and GLM-4.7-Flash"),
        ("**bold** _em_ `code` \\", "\\*\\*bold\\*\\* \\_em\\_ \\`code\\` \\\\"),
        ("AT&T &amp;", "AT&amp;T &amp;amp;"),
        ("  two\n\nlines\u{2028}and\ttabs  ", "two lines and tabs"),
        ("bidi\u{202E}txet", "biditxet"),
        ("开源 大模型：智谱 GLM", "开源 大模型：智谱 GLM"),
    ])
    func inlineTextIsLiteral(input: String, expected: String) {
        #expect(SafeText.inline(input) == expected)
    }

    @Test func inlineTextIsOneLineWithoutBracesOrAngles() {
        let nasty = "{%- endraw -%}\n<x>\r\n{{\u{0}}}\u{85}"
        let safe = SafeText.inline(nasty)
        #expect(!safe.contains("\n") && !safe.contains("\r") && !safe.contains("\u{85}"))
        #expect(!safe.contains("{") && !safe.contains("}") && !safe.contains("<") && !safe.contains(">"))
    }

    @Test func editorMarkdownKeepsEmphasisListsAndWebLinks() {
        let text = "Some **bold** and _em_.\n\n*   a list item with [a link](https://example.com/a_(b))\n> a quote"
        #expect(SafeText.markdown(text) == text)
    }

    @Test(arguments: [
        ("{% include_relative _config.yml %}", "&#123;% include_relative _config.yml %&#125;"),
        ("<script>x</script>", "&lt;script>x&lt;/script>"),
        ("# Heading", "\\# Heading"),
        ("*   ## In a list", "*   \\## In a list"),
        ("---", "\\-\\-\\-"),
        ("Title\n===", "Title\n\\=\\=\\="),
        ("```swift", "\\`\\`\\`swift"),
        ("~~~", "&#126;&#126;&#126;"),
        ("| a | b |", "\\| a | b |"),
        ("[bad](javascript:alert(1))", "[bad](#))"),
        ("[bad](JaVaScRiPt:alert(1))", "[bad](#))"),
        ("[bad](data:text/html,x)", "[bad](#)"),
        ("[bad](javascript&#58;alert)", "[bad](#)"),
        ("[ok](https://example.com) [rel](image.jpg) [anchor](#top)", "[ok](https://example.com) [rel](image.jpg) [anchor](#top)"),
        ("[ref]: javascript:alert(1)", "[ref]: #"),
        // An escaped bracket (a quoted tweet's `[x](…)`, as the automatic draft writes it) is no link: kept as written.
        ("\\[x\\](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        // An escaped backslash before a bracket leaves the bracket a link's.
        ("[x\\\\](javascript:alert(1))", "[x\\\\](#))"),
        ("{::nomarkdown}", "&#123;::nomarkdown&#125;"),
    ])
    func editorMarkdownCannotAct(input: String, expected: String) {
        #expect(SafeText.markdown(input) == expected)
    }

    @Test(arguments: [
        ("https://x.com/a/status/1", "https://x.com/a/status/1"),
        ("https://example.com/a(b){c}", "https://example.com/a%28b%29%7Bc%7D"),
        ("https://example.com/a b\"<>", "https://example.com/a%20b%22%3C%3E"),
        ("javascript:alert(1)", nil),
        ("//evil.example", nil),
        ("data:text/html,x", nil),
        ("https://", nil),
    ] as [(String, String?)])
    func urlsAreWebOnlyAndEncoded(input: String, expected: String?) {
        #expect(SafeText.url(input) == expected)
    }

    @Test func tweetLinksKeepOnlySafeCharacters() {
        #expect(SafeText.tweetLink(handle: "ylecun", id: "1900") == "https://x.com/ylecun/status/1900")
        #expect(SafeText.tweetLink(handle: "a)b{{x}}", id: "12) [x]") == "https://x.com/abx/status/12")
        #expect(SafeText.tweetLink(handle: "", id: "1") == nil)
    }

    @Test func yamlQuotedEscapesQuotesAndBackslashes() {
        #expect(SafeText.yamlQuoted("a \"b\" \\ c\nd") == "a \\\"b\\\" \\\\ c d")
    }
}
