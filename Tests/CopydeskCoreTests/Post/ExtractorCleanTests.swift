import Testing
@testable import CopydeskCore

/// Quoted tweet text in the automatic draft: no link leftovers, no lines run together, no half image.
@Suite struct ExtractorCleanTests {
    typealias E = PostContent.Extractor

    @Test(arguments: [
        // A link's label goes with its link.
        ("New SOTA on SWE-bench.\nFull results: https://x.com/a/status/1", "New SOTA on SWE-bench."),
        ("Our CEA note is out. Read the report 👇 https://t.co/x", "Our CEA note is out."),
        ("GPT-5 ships today https://openai.com", "GPT-5 ships today"),
        // Lines are sentences: a line without punctuation ends one.
        ("It reaches comparable quality\nA real attempt at scale", "It reaches comparable quality. A real attempt at scale"),
        ("模型已开源\n欢迎试用！\n地址如下", "模型已开源。欢迎试用！地址如下"),
        // Markdown images go whole; a markdown link keeps its text.
        ("Look ![img](https://e.com/a.png) at [the post](https://e.com/p) now", "Look at the post now"),
        ("RT @someone: Breaking: CALM cuts steps by 4x", "Breaking: CALM cuts steps by 4x"),
    ])
    func cleansQuotedText(text: String, expected: String) {
        #expect(E.clean(text, limit: 320) == expected)
    }
}
