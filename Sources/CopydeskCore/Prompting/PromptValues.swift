import Foundation

/// The values a prompt template sees, built from the draft; every tweet-derived string is escaped.
///
/// Top-level names: `lang`, `window`, `date`, `story_count`, `stories` (each with `number`, `id`,
/// `headline`, `category`, `keyphrases`, `has_keyphrases`, `authors`, `urls`, `tweets` — each tweet
/// with `id`, `author`, `name`, `time`, `likes`, `retweets`, `text`), and per task `section_id`,
/// `section_name`, `is_<section>` (e.g. `is_stocks`), `point_number`, `current_headline`.
struct PromptValues {
    var language: PostLanguage
    var limits: PromptLimits
    var draft: Draft
    var tweets: [String: Tweet]

    func values(for task: PromptTask, stories: [Story]) -> [String: Any] {
        let window = draft.window
        var values: [String: Any] = [
            "lang": language.rawValue,
            "date": window.end.description,
            "window": window.start == window.end
                ? window.start.description
                : "\(window.start) \(language == .chinese ? "至" : "to") \(window.end)",
            "stories": stories.enumerated().map { story(number: $0.offset + 1, $0.element) },
        ]
        switch task {
        case .overview, .points:
            break
        case .section(let section):
            values["section_id"] = section.rawValue
            values["section_name"] = sectionName(section)
            values["is_\(section.rawValue)"] = true
        case .headline(let number):
            values["point_number"] = number
            values["current_headline"] = PromptEscaping.escape(draft.points[number - 1].headline)
        }
        return values
    }

    func sectionName(_ section: Section) -> String {
        let category: Category? = switch section {
        case .overview, .points: nil
        case .viewpoints: .viewpoints
        case .models: .models
        case .products: .products
        case .openSource: .openSource
        case .stocks: .stocks
        case .crypto: .crypto
        case .aiTech: .aiTech
        case .aiIndustry: .aiIndustry
        case .finance: .finance
        }
        if let category { return language == .chinese ? category.chineseName : category.englishName }
        return section == .overview
            ? (language == .chinese ? "主要话题与行业趋势概述" : "Main Topics and Industry Trends")
            : (language == .chinese ? "核心信息" : "Core Points")
    }

    private func story(number: Int, _ story: Story) -> [String: Any] {
        let keyphrases = story.keyphrases.prefix(8).map(PromptEscaping.escape).joined(separator: ", ")
        let storyTweets = story.tweetIDs.compactMap { tweets[$0] }.prefix(limits.maxTweetsPerStory)
        return [
            "number": number,
            "id": PromptEscaping.escape(story.id.rawValue),
            "headline": PromptEscaping.escape(story.headline),
            "category": language == .chinese ? story.category.chineseName : story.category.englishName,
            "keyphrases": keyphrases,
            "has_keyphrases": !keyphrases.isEmpty,
            "authors": story.authors.prefix(5).map { "@" + PromptEscaping.escape($0) }.joined(separator: ", "),
            "urls": story.urls.prefix(3).map(PromptEscaping.escape),
            "tweets": storyTweets.map(tweet),
        ]
    }

    private func tweet(_ tweet: Tweet) -> [String: Any] {
        var text = tweet.text
        if text.count > limits.maxCharactersPerTweet {
            text = String(text.prefix(limits.maxCharactersPerTweet)) + "…"
        }
        return [
            "id": PromptEscaping.escape(tweet.id),
            "author": PromptEscaping.escape(tweet.author.handle),
            "name": PromptEscaping.escape(tweet.author.name),
            "time": tweet.createdAt.formatted(.iso8601),
            "likes": tweet.metrics.likes,
            "retweets": tweet.metrics.retweets,
            "text": PromptEscaping.escape(text),
        ]
    }
}
