import CopydeskCore
import Foundation
import Testing
import TestSupport

/// The engine on the hand-labelled sample day: the reference's core points, no noise, grouping.
@Suite struct SampleDayQualityTests {
    let day: SampleDay
    let analysis: Analysis

    init() throws {
        day = try SampleDay.load()
        analysis = StoryEngine().analyze(day.tweets, window: SampleDay.window)
    }

    private var pointStories: [Story] {
        analysis.points.map { id in analysis.stories.first { $0.id == id }! }
    }

    /// The day as `copydesk eval` scores it, from `seeds/sample-day/labels.json` (chatter replies are noise there).
    private func score() throws -> DayScore {
        let data = try Data(contentsOf: Fixtures.seeds.appendingPathComponent("sample-day/labels.json"))
        return DayScore(analysis: analysis, labels: try DayLabels(json: data))
    }

    // Holds the level reached, so a regression shows. The engine is tuned on every labelled day at
    // once (`make eval`), not on this one: making viewpoints and stock stories eligible as points
    // (other days' editors chose them) costs this day the two it had from that rule; replies that
    // say something joining their thread (recall up on every day) lift AirLLM past CALM at tenth
    // place with the bundled model, though `make eval` (leave one day out) still covers five here.
    @Test func topTenCoversAtLeastFourReferencePoints() throws {
        let score = try score()
        print("sample day: top-10 covers reference points \(score.covered) (\(score.corePointsCovered)/10): \(score.pointStories)")
        #expect(score.corePointsCovered >= 4)
        #expect(score.noiseInTopTen == 0)
    }

    @Test func noNoiseInTheTopTen() {
        for story in pointStories {
            #expect(story.noise == nil)
            let lead = day.labels.tweets[story.leadTweetID]
            #expect(lead?.noise == nil, "lead \(story.leadTweetID) is \(lead?.noise ?? "")")
            // Chatter replies ride along with the story they answer; no other noise may.
            for id in story.tweetIDs {
                let noise = day.labels.tweets[id]?.noise
                #expect(noise == nil || noise == "reply-chatter", "\(id) (\(noise ?? "")) in point \(story.headline)")
            }
        }
    }

    @Test func groupingAgreesWithTheLabels() throws {
        let score = try score()
        print("sample day: B-cubed precision \(score.precision), recall \(score.recall)")
        // The aim is 0.99 / 0.95. Bare and spam replies stay out of the story they answer (noise),
        // which keeps precision at 1.0; some paraphrases still stay apart (Intel's -15% and -16%).
        #expect(score.precision >= 0.99)
        #expect(score.recall >= 0.92)
    }

    @Test func aChineseRetellingJoinsTheTweetItRetellsNotANewsThatNamesTheSamePerson() throws {
        // 李飞飞 on language and the three-dimensional world retells her own tweet; World Labs'
        // valuation news names her too. Translated words (三维, 信号, 空间智能, 前沿) decide.
        let story = try #require(analysis.stories.first { $0.tweetIDs.contains { $0.hasSuffix("55242") } })
        #expect(day.majorityStory(story) == "feifei-world-models")
    }

    @Test func categoriesAgreeWithTheLabels() throws {
        let score = try score()
        print("sample day: category accuracy \(score.categoryAccuracy)")
        #expect(score.categoryAccuracy >= 0.75)
    }

    @Test func labelledNoiseIsFlagged() {
        var flagged = 0, total = 0
        var missed: [String] = []
        for story in analysis.stories where story.tweetIDs.count == 1 {
            guard let label = day.labels.tweets[story.leadTweetID], let noise = label.noise, noise != "reply-chatter" else { continue }
            total += 1
            if story.noise != nil { flagged += 1 } else { missed.append("\(noise): \(story.headline)") }
        }
        print("sample day: \(flagged)/\(total) labelled noise singletons flagged; missed: \(missed)")
        #expect(Double(flagged) >= 0.8 * Double(total))
    }

    @Test func sameInputGivesTheSameJSON() {
        let again = StoryEngine().analyze(day.tweets.reversed(), window: SampleDay.window)
        #expect(CandidateReport(again).json() == CandidateReport(analysis).json())
        #expect(again == analysis)
    }
}
