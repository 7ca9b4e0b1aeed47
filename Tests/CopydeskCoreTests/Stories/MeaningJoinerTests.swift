import Foundation
@testable import CopydeskCore
import Testing

/// A stand-in for a sentence model: each topic word points along its topic's axis, so texts on one
/// topic are alike whatever other words they use. Counts what it was asked to encode.
final class TopicEncoder: SentenceEncoding, @unchecked Sendable {
    let identity = "topics-1"
    let topics: [[String]]
    private(set) var encoded = 0
    var dimension: Int { topics.count + 1 }

    init(_ topics: [[String]]) { self.topics = topics }

    func encode(_ texts: [String]) -> [[Float]] {
        encoded += texts.count
        return texts.map { text in
            let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
            // One axis per topic, and a small common axis (tweets are never wholly unalike).
            var vector = topics.map { topic in Float(words.filter(topic.contains).count) } + [0.3]
            let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            for d in vector.indices { vector[d] /= norm }
            return vector
        }
    }
}

/// The meaning pass: a reaction in its own words joins the story it is about.
@Suite struct MeaningJoinerTests {
    static let topics = [
        ["agent", "computer", "errand", "browser", "task", "tasks", "captcha", "assistant"],
        ["newspapers", "lawsuit", "court", "complaint", "filing", "articles", "judge", "litigation"],
        ["chips", "fab", "wafer", "foundry"],
    ]

    private func storyOf(_ id: String, in analysis: Analysis) -> Story? {
        analysis.stories.first { $0.tweetIDs.contains(id) }
    }

    /// A launch told four times, a lawsuit told three times (each from its own link), and thirty
    /// unrelated stories.
    private func day() -> (TweetFactory, launch: String, suit: String) {
        var f = TweetFactory()
        let launch = f.add("Orrery ships Relay: an agent with its own computer for long tasks", by: "orrery", likes: 900, urls: ["https://orrery.example/relay"], minute: 600)
        f.add("Relay runs browser tasks for hours, then hands back a report", by: "a1", urls: ["https://orrery.example/relay"], minute: 610)
        f.add("The Relay agent pauses at logins and payments", by: "a2", urls: ["https://orrery.example/relay"], minute: 620)
        f.add("Pro users get the Relay agent computer today", by: "a3", urls: ["https://orrery.example/relay"], minute: 630)
        let suit = f.add("Fifteen newspapers file a lawsuit against Kestrel over training data", by: "wire", likes: 300, urls: ["https://news.example/suit"], minute: 500)
        f.add("The complaint cites 18,400 articles, says the filing", by: "b1", urls: ["https://news.example/suit"], minute: 510)
        f.add("Court date for the newspapers' case is set for March", by: "b2", urls: ["https://news.example/suit"], minute: 520)
        for n in 0..<30 { f.add(StoryEngineTests.distinctText(n), by: "u\(n)", minute: 100 + n) }
        return (f, launch, suit)
    }

    private func engine(_ encoder: TopicEncoder?, _ adjust: (inout EngineSettings) -> Void = { _ in }) -> StoryEngine {
        var settings = EngineSettings()
        adjust(&settings)
        return StoryEngine(settings: settings, encoder: encoder)
    }

    /// The reactions share no word, link or name with their story: only meaning joins them.
    @Test func aReactionInItsOwnWordsJoinsTheStoryItMeans() {
        var (f, launch, suit) = day()
        let errand = f.add("Gave it a real errand and it solved the captcha hand-off perfectly", by: "dev", urls: ["https://blog.example/w"], minute: 700)
        let filing = f.add("Read the judge's order tonight: the litigation looks grim", by: "law", urls: ["https://law.example/n"], minute: 700)
        let analysis = engine(TopicEncoder(Self.topics)).analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(errand, in: analysis)?.tweetIDs.contains(launch) == true)
        #expect(storyOf(filing, in: analysis)?.tweetIDs.contains(suit) == true)
        // Without a model, or with the pass turned off, they stay apart.
        for other in [engine(nil), engine(TopicEncoder(Self.topics)) { $0.mergeByMeaning = false }] {
            let apart = other.analyze(f.tweets, window: TweetFactory.window)
            #expect(storyOf(errand, in: apart)?.tweetIDs.contains(launch) == false)
        }
    }

    @Test func aReactionAlikeToTwoStoriesStaysApart() {
        var (f, launch, suit) = day()
        let both = f.add("Picture an assistant for litigation work", by: "vc", urls: ["https://vc.example/n"], minute: 700)
        let analysis = engine(TopicEncoder(Self.topics)).analyze(f.tweets, window: TweetFactory.window)
        let story = storyOf(both, in: analysis)
        #expect(story?.tweetIDs.contains(launch) == false && story?.tweetIDs.contains(suit) == false)
    }

    /// Alike in meaning to two stories, a reaction joins the one whose own word it uses: most of
    /// the day's uses of the word are in that story, by several of its authors. A word one author
    /// repeats is that author's habit and decides nothing.
    @Test func aWordTheStoryOwnsTipsAReactionAlikeToTwoStories() {
        func joins(wordBy authors: [String]) -> Bool {
            var (f, launch, suit) = day()
            for (k, author) in authors.enumerated() {
                f.add("Relay kept the agent computer busy overnight", by: author, urls: ["https://orrery.example/relay"], minute: 640 + k)
            }
            let both = f.add("Picture an assistant for litigation work overnight", by: "vc", urls: ["https://vc.example/n"], minute: 700)
            let story = storyOf(both, in: engine(TopicEncoder(Self.topics)).analyze(f.tweets, window: TweetFactory.window))
            #expect(story?.tweetIDs.contains(suit) == false)
            return story?.tweetIDs.contains(launch) == true
        }
        #expect(joins(wordBy: ["a4", "a5", "a6"]))
        #expect(!joins(wordBy: ["a4", "a4", "a4"]))
        #expect(!joins(wordBy: ["a4", "a5"]))
    }

    /// The same for a figure: a reaction giving a percentage or an amount the story's tellings give.
    @Test func aFigureTheStoryGivesTipsAReactionAlikeToTwoStories() {
        for (told, said) in [("40% quicker", "40% faster"), ("$2B of compute", "on a 20亿 budget")] {
            var (f, launch, suit) = day()
            f.add("Relay agent computer: \(told) on browser tasks", by: "a4", urls: ["https://orrery.example/relay"], minute: 640)
            let both = f.add("Picture an assistant for litigation work \(said)", by: "vc", urls: ["https://vc.example/n"], minute: 700)
            let story = storyOf(both, in: engine(TopicEncoder(Self.topics)).analyze(f.tweets, window: TweetFactory.window))
            #expect(story?.tweetIDs.contains(launch) == true, "\(said)")
            #expect(story?.tweetIDs.contains(suit) == false)
        }
    }

    @Test func anUnrelatedStoryStaysApart() {
        var (f, launch, _) = day()
        let chips = f.add("Foundry wafer prices rise again for the new fab", by: "semi", urls: ["https://semi.example/n"], minute: 700)
        let analysis = engine(TopicEncoder(Self.topics)).analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(chips, in: analysis)?.tweetIDs.contains(launch) == false)
    }

    @Test func differentProductsOrPercentagesKeepStoriesApart() {
        var (f, launch, suit) = day()
        // Alike in meaning, but naming another versioned product than the launch's tweets do.
        f.add("Relay-2 agent computer docs are up", by: "a4", urls: ["https://orrery.example/relay"], minute: 640)
        let other = f.add("Vela-3 is an agent computer for long browser tasks too", by: "rival", urls: ["https://rival.example/v"], minute: 700)
        // A percentage the lawsuit's tweets do not report: another piece of news.
        f.add("Newspapers say 40% of the articles were copied", by: "b3", urls: ["https://news.example/suit"], minute: 530)
        let share = f.add("A court filing says 15% of the newspapers' articles were copied", by: "b4", urls: ["https://law.example/x"], minute: 700)
        let analysis = engine(TopicEncoder(Self.topics)).analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(other, in: analysis)?.tweetIDs.contains(launch) == false)
        #expect(storyOf(share, in: analysis)?.tweetIDs.contains(suit) == false)
    }

    @Test func aDifferentAmountKeepsAReactionApart() {
        var (f, launch, _) = day()
        f.add("Relay agent computer pricing: $2B of compute reserved for it", by: "a4", urls: ["https://orrery.example/relay"], minute: 640)
        // Alike in meaning, but the amount is not the launch's (written in other units, it would be).
        let other = f.add("Heard they burned 500 million on the errand bot", by: "vc", urls: ["https://vc.example/n"], minute: 700)
        let same = f.add("A captcha assistant on 20亿 of compute", by: "cn", urls: ["https://cn.example/n"], minute: 700)
        let analysis = engine(TopicEncoder(Self.topics)).analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(other, in: analysis)?.tweetIDs.contains(launch) == false)
        #expect(storyOf(same, in: analysis)?.tweetIDs.contains(launch) == true)
    }

    @Test func aReactionCannotPrecedeItsNews() {
        var (f, launch, _) = day()
        let early = f.add("Gave it a real errand and it solved the captcha hand-off perfectly", by: "dev", urls: ["https://blog.example/w"], minute: 60)
        let analysis = engine(TopicEncoder(Self.topics)).analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(early, in: analysis)?.tweetIDs.contains(launch) == false)
    }

    @Test func spamNeverJoins() {
        var (f, launch, _) = day()
        let spam = f.add("Giveaway! Like + retweet + follow to win a free agent computer for browser tasks", by: "bot", minute: 700)
        let analysis = engine(TopicEncoder(Self.topics)).analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(spam, in: analysis)?.tweetIDs.contains(launch) == false)
    }

    @Test func encodingStaysWithinTheBudgetAndIsCachedByTweet() {
        var (f, _, _) = day()
        for n in 0..<40 { f.add(StoryEngineTests.distinctText(100 + n) + " agent errand", by: "r\(n)", urls: ["https://r.example/\(n)"], minute: 700 + n) }
        let encoder = TopicEncoder(Self.topics)
        let budgeted = engine(encoder) { $0.meaningBudget = 20 }
        _ = budgeted.analyze(f.tweets, window: TweetFactory.window)
        #expect(encoder.encoded > 0 && encoder.encoded <= 20)
        let first = encoder.encoded
        _ = budgeted.analyze(f.tweets, window: TweetFactory.window)
        #expect(encoder.encoded == first)
    }

    @Test func theModelIsPartOfTheFingerprintAndTheProposalIsDeterministic() {
        var (f, _, _) = day()
        f.add("Gave it a real errand and it solved the captcha hand-off perfectly", by: "dev", urls: ["https://blog.example/w"], minute: 700)
        #expect(engine(TopicEncoder(Self.topics)).fingerprint != engine(nil).fingerprint)
        let a = engine(TopicEncoder(Self.topics)).analyze(f.tweets, window: TweetFactory.window)
        let b = engine(TopicEncoder(Self.topics)).analyze(f.tweets.reversed(), window: TweetFactory.window)
        #expect(a.stories.map(\.tweetIDs) == b.stories.map(\.tweetIDs))
    }
}
