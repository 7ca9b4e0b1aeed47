import Foundation
@testable import CopydeskCore

/// Builds tweets for story tests: ids count up, times spread over the sample day (+08:00).
struct TweetFactory {
    static let window = ReportWindow(day: LocalDate("2026-01-24")!)
    private(set) var tweets: [Tweet] = []
    private var next = 1_000

    @discardableResult
    mutating func add(
        _ text: String, by handle: String = "someone", followers: Int = 1_000, likes: Int = 0, retweets: Int = 0,
        kind: Tweet.Kind = .original, referencing: String? = nil, referencedText: String? = nil, conversation: String? = nil,
        urls: [String] = [], minute: Int? = nil
    ) -> String {
        next += 1
        let id = String(1_900_000_000_000_000_000 + next)
        let time = Self.window.lowerBound.addingTimeInterval(TimeInterval((minute ?? next % 1_400) * 60))
        tweets.append(Tweet(
            id: id, author: .init(handle: handle, name: handle, followers: followers), createdAt: time, text: text,
            metrics: .init(likes: likes, retweets: retweets), urls: urls, kind: kind, referencedID: referencing,
            referencedText: referencedText, conversationID: conversation))
        return id
    }
}
