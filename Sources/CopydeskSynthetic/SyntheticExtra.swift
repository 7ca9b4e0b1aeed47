import CopydeskCore

/// A synthetic account.
struct SyntheticAccount: Sendable {
    var id: String
    var handle: String
    var name: String
    var followers: Int
}

/// What the writers need beyond the `Tweet` value.
struct SyntheticExtra: Sendable {
    struct Link: Sendable {
        var short: String
        var expanded: String
    }

    var author: Int
    var seconds: Int
    var links: [Link]
    var conversationID: String
    /// Index of the retweeted, quoted or replied-to tweet.
    var reference: Int?
    var replyToAuthor: Int?
    /// The entities of the HTML-escaped text.
    var entities: [SyntheticEntities.Entity]
}
