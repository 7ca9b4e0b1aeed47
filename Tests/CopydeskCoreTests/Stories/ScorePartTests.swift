@testable import CopydeskCore
import Foundation
import Testing

/// Score parts keep what their explanation is made of and format it when read: the text must be
/// what `why N` always showed, and a part must equal itself read back from a session log.
@Suite struct ScorePartTests {
    /// Two tweets by two authors, one an hour into the window, ranked by the hand score and the built-in model.
    private func parts() throws -> [ScorePart] {
        var factory = TweetFactory()
        factory.add("Acme ships Widget 2", by: "alice", followers: 1_500, likes: 40, retweets: 3, minute: 60)
        factory.add("Widget 2 is out", by: "Bob", followers: 500, likes: 2, minute: 90)
        let ranker = StoryRanker(weights: EngineSettings().weights, window: TweetFactory.window, model: RankingModel.default)
        let noise = [NoiseKind?](repeating: nil, count: 2)
        return ranker.score([0, 1], of: factory.tweets, profiles: [nil, nil], noise: noise, category: .models, names: 1).parts
    }

    @Test func theHandPartsReadAsTheyAlwaysDid() throws {
        let details = Dictionary(uniqueKeysWithValues: try parts().map { ($0.name, $0.detail) })
        #expect(details["engagement"] == "42 likes, 3 retweets, 0 quotes, 0 replies, 0 views, 0 retweets in the day (log-scaled)")
        #expect(details["authors"] == "2 distinct authors")
        #expect(details["reach"] == "2000 followers across those authors")
        #expect(details["time"] == "first seen 01:00 +08:00, 4% into the window")
        #expect(details["learned"]?.hasPrefix("learned from ") == true)
    }

    @Test func aPartEqualsItselfReadBackFromALog() throws {
        for part in try parts() {
            let json = try JSONEncoder().encode(part)
            let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
            #expect(object["detail"] as? String == part.detail)
            let read = try JSONDecoder().decode(ScorePart.self, from: json)
            #expect(read == part)
            #expect(read.hashValue == part.hashValue)
        }
    }

    @Test func anEditedDetailReplacesTheFormattedOne() throws {
        var part = try #require(try parts().first)
        part.detail = "edited"
        #expect(part.detail == "edited")
        #expect(part != ScorePart(name: part.name, value: part.value, detail: "not edited"))
    }
}
