import CopydeskCore
import CopydeskStore
import Foundation
import Testing
import TestSupport

/// The story engine with the real model on the labelled sample day: the meaning pass joins
/// retellings the lexical passes left apart, without joining different news.
@Suite struct MeaningPassTests {
    static let window = ReportWindow(day: LocalDate("2026-01-24")!)

    private func day() throws -> (tweets: [Tweet], labels: DayLabels) {
        let folder = Fixtures.seeds.appendingPathComponent("sample-day")
        let loaded = try TweetLoader.load([folder.appendingPathComponent("2026-01-24.x-api.json").path], window: Self.window)
        let labels = try DayLabels(json: Data(contentsOf: folder.appendingPathComponent("labels.json")))
        return (loaded.tweets, labels)
    }

    @Test func theModelJoinsRetellingsAndKeepsNewsApart() throws {
        let (tweets, labels) = try day()
        let encoder = try TestModel.encoder()
        let lexical = DayScore(analysis: StoryEngine().analyze(tweets, window: Self.window), labels: labels)
        let engine = StoryEngine(encoder: encoder)
        let analysis = engine.analyze(tweets, window: Self.window)
        let meaning = DayScore(analysis: analysis, labels: labels)
        print("sample day: lexical \(lexical.precision) / \(lexical.recall), with the model \(meaning.precision) / \(meaning.recall)")
        #expect(analysis.stories.count < StoryEngine().analyze(tweets, window: Self.window).stories.count)
        #expect(meaning.recall > lexical.recall)
        #expect(meaning.precision >= 0.98)
        #expect(meaning.noiseInTopTen == 0)
        // Deterministic: a second engine (its own vectors) proposes the same stories.
        let again = StoryEngine(encoder: encoder).analyze(tweets.reversed(), window: Self.window)
        #expect(again.stories.map(\.tweetIDs) == analysis.stories.map(\.tweetIDs))
        #expect(again.points == analysis.points)
    }
}
