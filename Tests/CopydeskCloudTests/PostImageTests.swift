import CopydeskCore
import Foundation
import TestSupport
import Testing
@testable import CopydeskCloud

@Suite struct PostImageTests {
    @Test func thePostImageIsNamedForTheWindowAndDecodes() throws {
        let folder = try Fixtures.temporaryFolder("cloud-post")
        defer { try? FileManager.default.removeItem(at: folder) }
        var draft = SessionFixtures.draft
        draft.cloud.excluded = ["news"]
        var options = CloudOptions()
        options.width = 400
        options.height = 200
        let path = try WordCloud.writePostImage(draft: draft, tweets: SessionFixtures.tweets, folder: folder.path, options: options)
        #expect(path.hasSuffix("/wordcloud_twitter_ai_20260124_20260124.jpg"))
        let image = try RGBImage.decode(Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(image.width == 400 && image.height == 200)
        let cloud = try WordCloud(draft: draft, tweets: SessionFixtures.tweets, options: options)
        #expect(cloud.words.first?.count == 60)
        #expect(cloud.words.contains { $0.word.lowercased() == "topic" })
        #expect(!cloud.words.contains { $0.word.lowercased() == "news" })
    }
}
