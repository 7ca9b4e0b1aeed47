import Testing
@testable import CopydeskCore

@Suite struct URLKeySchemeTests {
    @Test func asciiAndUnicodeLinksKeyAlike() {
        #expect(URLKey.key("https://www.Example.com/a/b/?utm_source=x&id=3#top") == "example.com/a/b?id=3")
        #expect(URLKey.key("https://例子.com/新闻/1") == "例子.com/新闻/1")
        #expect(URLKey.key("no scheme here") == nil)
        #expect(URLKey.key("https://x.com/someone/status/123") == "status:123")
    }
}
