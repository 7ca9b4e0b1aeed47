@testable import CopydeskCore
import Testing

/// Whose page a story links: the account its address names announces the news.
@Suite struct AnnouncerTests {
    private func tweet(by handle: String, linking url: String, kind: Tweet.Kind = .original) -> Tweet {
        Tweet(id: "1", author: .init(handle: handle, name: handle, followers: 1), createdAt: TweetFactory.window.lowerBound,
              text: "news", metrics: .init(likes: 0, retweets: 0), urls: [url], kind: kind, referencedID: nil)
    }

    @Test func theAccountTheAddressNamesAnnounces() {
        let investors = Announcer(source: "https://investors.kestrelcompute.com/news/q4-2025-results")
        #expect(investors.announces(tweet(by: "kestrelcompute", linking: investors.source)))
        #expect(investors.announces(tweet(by: "KestrelCompute", linking: investors.source, kind: .quote)))
        #expect(!investors.announces(tweet(by: "kestrelcompute", linking: investors.source, kind: .reply)))
        #expect(!investors.announces(tweet(by: "tape_reader", linking: investors.source)))
        // Only a tweet that links the page itself.
        #expect(!investors.announces(tweet(by: "kestrelcompute", linking: "https://kestrelcompute.com/blog")))
        let repository = Announcer(source: "https://github.com/xiangyin-lab/Xiangyin-TTS-2")
        #expect(repository.announces(tweet(by: "xiangyin_lab", linking: repository.source)))
    }

    @Test func whoSharedALinkIsNotWhoseItIs() {
        let shared = Announcer(source: "https://lumo.video/v2?ref=modeldrop#demo")
        #expect(!shared.announces(tweet(by: "modeldrop", linking: shared.source)))
        #expect(!shared.announces(tweet(by: "demo", linking: shared.source)))
        // Handles of fewer than five letters and digits tell nothing.
        let short = Announcer(source: "https://x.ai/news/grok")
        #expect(!short.announces(tweet(by: "x_ai", linking: short.source)))
    }
}
