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

    /// `_posts/2026-01-24-twitter_ai_20260124_20260124.md`: dated by the window's first day.
    public static func postPath(for window: ReportWindow) -> String {
        "_posts/\(window.start)-\(window.slug).md"
    }

    /// `wordcloud_twitter_ai_20260124_20260124.jpg`.
    public static func cloudImageName(for window: ReportWindow) -> String {
        "wordcloud_\(window.slug).jpg"
    }

    /// `2026/01/24/wordcloud_twitter_ai_20260124_20260124.jpg`: where the image goes in a site with
    /// the default permalink, so that the post's relative link finds it. The folder is the day of
    /// the front-matter `date` when it parses, else the window's first day.
    public static func cloudImageSitePath(for draft: Draft) -> String {
        let day = LocalDate(String(draft.metadata.date.prefix(10))) ?? draft.window.start
        let folder = String(format: "%04d/%02d/%02d", day.year, day.month, day.day)
        return folder + "/" + cloudImageName(for: draft.window)
    }
}
