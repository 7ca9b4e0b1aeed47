import CopydeskCore
import Foundation
import TestSupport
import Testing

@Suite struct CloudWordsTests {
    static func tweet(_ id: Int, _ text: String, by handle: String = "someone") -> Tweet {
        Tweet(id: String(id), author: .init(handle: handle), createdAt: Date(timeIntervalSince1970: 1_769_200_000), text: text)
    }

    static let words = CloudWords()

    func count(_ counts: [WordCount], _ word: String) -> Int? { counts.first { $0.word == word }?.count }

    @Test func countsDistinctTweetsNotOccurrences() {
        let tweets = [
            Self.tweet(1, "Claude Claude Claude is everywhere"),
            Self.tweet(2, "Claude ships a new agent"),
            Self.tweet(3, "Gemini answers Claude"),
        ]
        let counts = Self.words.counts(in: tweets)
        #expect(count(counts, "Claude") == 3)
        #expect(count(counts, "Gemini") == 1)
        #expect(counts.first?.word == "Claude")
    }

    @Test func repeatedTextsAndRetweetsCountOnce() {
        let tweets = [
            Self.tweet(1, "Grok release today https://t.co/a", by: "spammer"),
            Self.tweet(2, "Grok release today https://t.co/b", by: "spammer"),
            Self.tweet(3, "RT @spammer: Grok release today", by: "fan"),
            Self.tweet(4, "Grok looks strong", by: "other"),
        ]
        #expect(count(Self.words.counts(in: tweets), "Grok") == 2)
    }

    @Test func boilerplateStopWordsAndNumbersAreLeftOut() {
        let tweets = [Self.tweet(1, "BREAKING: JUST IN 🧵 RT @x the amp; https://example.com/a 2026 100 and 的 了 OpenAI")]
        let words = Set(Self.words.counts(in: tweets).map { $0.word.lowercased() })
        #expect(words == ["openai"])
    }

    @Test func hashtagsModelNamesAndChineseStayWhole() {
        let tweets = [
            Self.tweet(1, "智谱发布开源大模型 GLM-4.7，编程能力很强 #AI"),
            Self.tweet(2, "GLM-4.7 在开源榜单第一 #AI"),
        ]
        let counts = Self.words.counts(in: tweets)
        #expect(count(counts, "GLM-4.7") == 2)
        #expect(count(counts, "#AI") == 2)
        #expect(count(counts, "开源") == 2)
        #expect(count(counts, "智谱") == 1)
        // Segmented words, never single characters or the whole run.
        #expect(counts.allSatisfy { $0.word.count > 1 })
        #expect(count(counts, "智谱发布开源大模型") == nil)
    }

    @Test func theMostUsedSpellingIsShown() {
        let tweets = [Self.tweet(1, "OpenAI news"), Self.tweet(2, "more from OpenAI"), Self.tweet(3, "openai again")]
        let counts = Self.words.counts(in: tweets)
        #expect(count(counts, "OpenAI") == 3)
        #expect(count(counts, "openai") == nil)
    }

    @Test func exclusionsRemoveAndInclusionsForceWordsIn() {
        let tweets = [
            Self.tweet(1, "Hugging Face hosts the OpenAI weights"),
            Self.tweet(2, "OpenAI and Hugging Face again"),
            Self.tweet(3, "Mistral ships"),
        ]
        let adjustments = Draft.CloudAdjustments(excluded: ["openai", "mistral"], included: ["Hugging Face", "具身智能"])
        let counts = Self.words.counts(in: tweets, adjustments: adjustments)
        #expect(count(counts, "OpenAI") == nil)
        #expect(count(counts, "Mistral") == nil)
        #expect(count(counts, "Hugging Face") == 2)
        #expect(count(counts, "具身智能") == 1)
    }

    @Test func theLimitKeepsEveryIncludedWord() {
        let tweets = (0..<30).map { Self.tweet($0, "Claude Gemini Grok Qwen Kimi agents benchmark, take \($0)\($0 % 3 == 0 ? " robotics" : "")") }
        let adjustments = Draft.CloudAdjustments(included: ["具身智能"])
        let counts = Self.words.counts(in: tweets, adjustments: adjustments, limit: 3)
        #expect(counts.count == 3)
        #expect(counts.contains { $0.word == "具身智能" })
        #expect(counts.filter { $0.word != "具身智能" }.allSatisfy { $0.count == 30 })
    }
}

@Suite struct CloudWordsDraftTests {
    @Test func keptTweetsAreTheWindowsNonNoiseStoryTweets() {
        var draft = SessionFixtures.draft
        draft.stories[0].noise = "giveaway"
        let outside = Tweet(id: "77", author: .init(handle: "late"), createdAt: SessionFixtures.window.upperBound, text: "Late news")
        let kept = CloudWords.keptTweets(for: draft, from: SessionFixtures.tweets + [outside])
        let ids = Set(kept.map(\.id))
        #expect(!ids.contains(SessionFixtures.tweetID(story: 0, index: 0)))
        #expect(ids.contains(SessionFixtures.tweetID(story: 1, index: 0)))
        #expect(!ids.contains("77"))
        #expect(!ids.contains(SessionFixtures.looseTweetIDs[0]))
        #expect(kept.count == 19 * 3)
    }

    @Test func theListingShowsCountsAndAdjustments() {
        let adjustments = Draft.CloudAdjustments(excluded: ["amp"], included: ["具身智能"])
        let text = CloudWords.listing([WordCount("OpenAI", 9), WordCount("具身智能", 1)], adjustments: adjustments)
        #expect(text == "  1. OpenAI  9\n  2. 具身智能  1  (included)\n   excluded: amp")
    }

    @Test func draftCountsApplyTheDraftsAdjustments() {
        var draft = SessionFixtures.draft
        draft.cloud = Draft.CloudAdjustments(excluded: ["news"], included: ["Claude"])
        let counts = CloudWords().counts(for: draft, tweets: SessionFixtures.tweets)
        #expect(!counts.contains { $0.word.lowercased() == "news" })
        #expect(counts.contains { $0.word == "Claude" && $0.count == 1 })
        #expect(counts.first { $0.word.lowercased() == "topic" }?.count == 60)
    }
}

@Suite struct CloudWordsVocabularyTests {
    static func tweet(_ id: Int, _ text: String) -> Tweet { CloudWordsTests.tweet(id, text) }

    @Test func pluralsJoinTheirSingularWhenBothOccur() {
        let tweets = [Self.tweet(1, "new models from Mistral"), Self.tweet(2, "a model card"),
                      Self.tweet(3, "models and a model"), Self.tweet(4, "GPUs everywhere")]
        let counts = CloudWords().counts(in: tweets)
        let merged = counts.filter { $0.word.lowercased().hasPrefix("model") }
        #expect(merged.count == 1)
        #expect(merged.first?.count == 3)
        #expect(counts.contains { $0.word == "GPUs" })
    }

    @Test func genericTweetWordsAreNotCloudWords() {
        let tweets = [Self.tweet(1, "Everyone can run the real thing this week, available worldwide: Kimi")]
        #expect(CloudWords().counts(in: tweets).map(\.word).contains("Kimi"))
        #expect(!CloudWords().counts(in: tweets).map { $0.word.lowercased() }.contains { ["everyone", "run", "real", "week", "available"].contains($0) })
        // The engine's own analyzer keeps them: only the cloud leaves them out.
        #expect(TextAnalyzer().terms(in: "everyone can run").contains("run"))
    }
}
