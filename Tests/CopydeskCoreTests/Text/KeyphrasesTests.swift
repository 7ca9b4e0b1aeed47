@testable import CopydeskCore
import Testing

@Suite struct KeyphrasesTests {
    @Test func aTermMostStoriesUseIsNoStorysKeyphrase() {
        // Twelve stories: `ai` in five (more than 3 in 10), `agents` in three (not more).
        var stories = (0..<12).map { ["name\($0)", "word\($0)"] }
        for k in 0..<5 { stories[k].insert("ai", at: 0) }
        for k in 5..<8 { stories[k].append("agents") }
        let kept = Keyphrases.distinctive(stories)
        #expect(kept[0] == ["name0", "word0"])
        #expect(kept[5] == ["name5", "word5", "agents"])
        #expect(kept[11] == ["name11", "word11"])
    }

    @Test func aSmallDayKeepsEveryTerm() {
        // With fewer than ten stories, sharing a term says little: all three may be about one release.
        let stories = [["glm-4.7-flash", "ai"], ["glm-4.7-flash", "ai"], ["glm-4.7-flash", "ai", "open"]]
        #expect(Keyphrases.distinctive(stories) == stories)
    }
}
