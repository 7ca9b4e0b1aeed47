import Testing
@testable import CopydeskCore

@Suite struct URLKeySchemeTests {
    @Test func asciiAndUnicodeLinksKeyAlike() {
        #expect(URLKey.key("https://www.Example.com/a/b/?utm_source=x&id=3#top") == "example.com/a/b?id=3")
        #expect(URLKey.key("https://例子.com/新闻/1") == "例子.com/新闻/1")
        #expect(URLKey.key("no scheme here") == nil)
        #expect(URLKey.key("https://x.com/someone/status/123") == "status:123")
    }

    /// The byte path must key every plain-ASCII link exactly as the character path does.
    @Test(arguments: [
        "https://www.Example.com/a/b/?utm_source=x&id=3#top", "http://WWW.MOBILE.example.com/x//", "https://mobile.www.a.org/p",
        "https://t.co/abc", "https://bit.ly/", "https://x.com/someone/status/123/photo/1", "https://twitter.com/a/status/12a",
        "https://x.com/a/status", "https://x.com/i/web/status/9", "https://example.com", "https://example.com/   ",
        "https://example.com/#frag", "https://example.com/p?", "https://example.com/p?&&b=2&=3&A=1&UTM_x=1&ref=2&s=3&Ref_src=1",
        "https://example.com/p?v=abc&list=x#t=3", "ftp://host/a?b#c?d", "no scheme here", "://", "a://", "https:/x.com/a",
        "https://host:8080/Path/To?Q=1&q=0", "https://example.com/p?x=1=2&y", "https://example.com//", "https://EXAMPLE.com/A/",
        "https://T.CO/abc", "https://www.Bit.Ly/x", "https://Mobile.X.com/a/status/7", "https://www.twitter.COM/a/status/8/",
        "https://t.com/a", "https://xt.co/a", "https://wwwx.com/a", "https://www./a", "https://mobile./a", "https://www.mobile.x.com/a",
    ])
    func bytePathMatchesCharacterPath(_ url: String) {
        var copy = url
        let bytes = copy.withUTF8 { URLKey.asciiKey($0) }
        #expect(bytes == URLKey.characterKey(url))
        #expect(URLKey.key(url) == URLKey.characterKey(url))
    }
}
