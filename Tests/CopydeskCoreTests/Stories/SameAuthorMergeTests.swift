@testable import CopydeskCore
import Testing

/// An author adding to their own news without replying to it joins it on fewer shared words than a stranger would.
@Suite struct SameAuthorMergeTests {
    private func day(followUpBy handle: String) -> (TweetFactory, news: String, followUp: String) {
        var f = TweetFactory()
        let fillers = ["Shipping a new onboarding flow for our design tool", "Weekend reading list: databases and compilers",
                       "Notes from a long hike in the mountains", "A thread on pricing for developer tools",
                       // Each shares one word with the follow-up (too few to join it), so the follow-up's
                       // own words weigh in: it is not all the news's words.
                       "Incredibly fast inference with the new open-source model",
                       "Customer support bots on a small LLM are good now",
                       "Executing code in a sandbox is table stakes for a coding model",
                       "The opportunity in fine-tuning open-source models for startups"]
        for (k, text) in fillers.enumerated() { f.add(text, by: "filler\(k)") }
        let news = f.add("AI agents are finally unlocking the ~90% of enterprise data that is unstructured: contracts, research, "
                         + "marketing assets, invoices, meeting notes. That creates entirely new workflows that never existed, "
                         + "because no human ever had the time to read all of it.", by: "levie", likes: 1_200)
        f.add("Contracts, invoices, meeting notes: the unstructured data nobody had time to read, and AI can now",
              by: "lena", likes: 300)
        f.add("Unstructured enterprise data (contracts, invoices, meeting notes) is where AI agents create new workflows",
              by: "kim", likes: 200)
        // Some of the news's words (agents, enterprise, workflows), not most of them.
        let followUp = f.add("We're still incredibly early on agents understanding customer intent and executing multi-step "
                             + "work reliably. Which is exactly why the opportunity is so big. Every workflow in the "
                             + "enterprise is going to get re-imagined.", by: handle, likes: 800)
        return (f, news, followUp)
    }

    private func storyOf(_ id: String, in analysis: Analysis) -> Story? {
        analysis.stories.first { $0.tweetIDs.contains(id) }
    }

    @Test func anAuthorsFollowUpJoinsTheirNews() {
        let (f, news, followUp) = day(followUpBy: "levie")
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(followUp, in: analysis)?.tweetIDs.contains(news) == true)
    }

    @Test func theSameWordsFromAStrangerStayApart() {
        let (f, news, followUp) = day(followUpBy: "someone_else")
        let analysis = StoryEngine().analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(followUp, in: analysis)?.tweetIDs.contains(news) == false)
    }

    @Test func withoutTheLowerThresholdTheFollowUpStaysApart() {
        let (f, news, followUp) = day(followUpBy: "levie")
        var settings = EngineSettings()
        settings.sameAuthorTopicThreshold = settings.topicThreshold
        let analysis = StoryEngine(settings: settings).analyze(f.tweets, window: TweetFactory.window)
        #expect(storyOf(followUp, in: analysis)?.tweetIDs.contains(news) == false)
    }

    @Test func subsetsOfAuthors() {
        #expect(TopicMerger.isSubset([2], of: [1, 2, 3]))
        #expect(TopicMerger.isSubset([1, 3], of: [1, 2, 3]))
        #expect(!TopicMerger.isSubset([4], of: [1, 2, 3]))
        #expect(!TopicMerger.isSubset([1, 4], of: [1, 2, 3]))
        // A story with no text tweet has no authors: it is no one's follow-up.
        #expect(!TopicMerger.isSubset([], of: [1, 2, 3]))
    }
}
