import Foundation

/// The values a prompt template sees, built from the draft; every tweet-derived string is escaped.
///
/// Top-level names: `lang`, `window`, `date`, `story_count`, `stories` (each with `number`, `id`,
/// `headline`, `category`, `keyphrases`, `has_keyphrases`, `authors`, `urls`, `tweets` — each tweet
/// with `id`, `author`, `name`, `time`, `likes`, `retweets`, `text`, and `quoted` with `has_quoted`:
/// the original a quote or a reply comments on, when the story does not send it), and per task
/// `section_id`, `section_name`, `is_<section>` (e.g. `is_stocks`), `point_number`, `current_headline`.
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
            "tweets": storyTweets.map { tweet($0, sent: storyTweets) },
        ]
    }

    /// A tweet's values; a quote or a reply whose original the story does not send (`sent`) carries
    /// the export's copy of that original's text (`quoted`): "Freedom! Hope restored" says nothing alone.
    private func tweet(_ tweet: Tweet, sent: ArraySlice<Tweet>) -> [String: Any] {
        let quoted = tweet.commentedText(unlessAtHand: { id in sent.contains { $0.id == id } }).map { PromptEscaping.escape(capped($0)) } ?? ""
        return [
            "id": PromptEscaping.escape(tweet.id),
            "author": PromptEscaping.escape(tweet.author.handle),
            "name": PromptEscaping.escape(tweet.author.name),
            "time": tweet.createdAt.formatted(.iso8601),
            "likes": tweet.metrics.likes,
            "retweets": tweet.metrics.retweets,
            "text": PromptEscaping.escape(capped(tweet.text)),
            "quoted": quoted,
            "has_quoted": !quoted.isEmpty,
        ]
    }

    /// `text`, cut to the limit's characters (marked by an ellipsis).
    private func capped(_ text: String) -> String {
        text.count > limits.maxCharactersPerTweet ? String(text.prefix(limits.maxCharactersPerTweet)) + "…" : text
    }
}
