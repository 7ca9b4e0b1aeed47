@testable import CopydeskCore
import Testing

/// Phrases: adjacent content-word pairs, so a paraphrase keeps the news's phrases.
@Suite struct PhraseTests {
    private func phrases(_ text: String) -> Set<UInt64> {
        let index = LexiconIndex(.default)
        var profiler = TweetProfiler(vocabulary: index.vocabulary, matcher: index.matcher, aliases: index.aliases)
        return Set(profiler.profile(text).phrases)
    }

    private func pair(_ a: String, _ b: String) -> UInt64 { TextHash.combine(TextHash.folded(a), TextHash.folded(b)) }

    @Test func aPhraseSurvivesPluralsQuotesAndStopWords() {
        let employee = pair("ai", "employee")
        #expect(phrases("Meet AGI-0: an AI employee that does research").contains(employee))
        #expect(phrases("Every startup now sells \"AI employees\" to enterprises").contains(employee))
        #expect(phrases("Continual learning is the final boss").contains(pair("continual", "learning")))
    }

    @Test func punctuationBetweenTwoWordsEndsThePhrase() {
        #expect(!phrases("We hired an AI, employees were not happy").contains(pair("ai", "employee")))
        #expect(!phrases("It is AI. Employees disagree").contains(pair("ai", "employee")))
    }

    @Test func theOrderOfTheWordsCounts() {
        #expect(!phrases("learning continual things").contains(pair("continual", "learning")))
    }
}
