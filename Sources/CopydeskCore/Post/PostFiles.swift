import Foundation

/// Where a post and its word cloud go.
///
/// The post links its image relatively, as the reference does: `![词云图](wordcloud_….jpg)`. With
/// Jekyll's default permalink the post is served at `/YYYY/MM/DD/TITLE.html`, so the image must be
/// served from that same folder: put it at `YYYY/MM/DD/wordcloud_….jpg` in the site's source and
/// Jekyll copies it there (`cloudImageSitePath`). The day is the front matter's `date`, which is
/// what Jekyll builds the URL from (set the site's `timezone` to the post's offset, e.g.
/// `Asia/Shanghai`, so that day is the same one).
public enum PostFiles {
    /// Where a user's own template is looked for, relative to the working folder, first found
    /// first: `templates/post.zh.mustache` or `templates/post.mustache` for Chinese,
    /// `templates/post.en.mustache` for English. `--template FILE` overrides them.
    public static func userTemplatePaths(for language: PostLanguage) -> [String] {
        switch language {
        case .chinese: ["templates/post.zh.mustache", "templates/post.mustache"]
        case .english: ["templates/post.en.mustache"]
        }
    }

    /// `_posts/2026-01-24-twitter_ai_20260124_20260124.md`: dated by the day of the front matter's
    /// `date` (the window's last day when it does not parse), so the file's day and the day Jekyll
    /// files the page under always agree.
    public static func postPath(for draft: Draft) -> String {
        "_posts/\(postDay(draft))-\(draft.window.slug).md"
    }

    /// The day the post is published under: the front matter's `date`'s, else the window's last day.
    public static func postDay(_ draft: Draft) -> LocalDate {
        draft.metadata.day ?? draft.window.end
    }

    /// `wordcloud_twitter_ai_20260124_20260124.jpg`.
    public static func cloudImageName(for window: ReportWindow) -> String {
        "wordcloud_\(window.slug).jpg"
    }

    /// `2026/01/24/wordcloud_twitter_ai_20260124_20260124.jpg`: where the image goes in a site with
    /// the default permalink, so that the post's relative link finds it. The folder is the day of
    /// the front-matter `date` (`postDay`).
    public static func cloudImageSitePath(for draft: Draft) -> String {
        let day = postDay(draft)
        let folder = String(format: "%04d/%02d/%02d", day.year, day.month, day.day)
        return folder + "/" + cloudImageName(for: draft.window)
    }
}
