import CopydeskCore

/// Where a session's post goes and how it is rendered: the post renderer's built-in template.
public enum SessionPost {
    /// `_posts/2026-01-24-twitter_ai_20260124_20260124.md`, by the day of the post's date.
    public static func relativePath(_ draft: Draft) -> String {
        PostFiles.postPath(for: draft)
    }

    /// The post as `save`, `replay` and `export` write it.
    @Sendable public static func render(_ draft: Draft, tweets: [String: Tweet]) throws -> String {
        try PostRenderer().render(draft, tweets: tweets)
    }
}
