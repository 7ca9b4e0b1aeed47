import CopydeskCore

/// Where a session's post goes, and a plain rendering of it until the post renderer is wired in.
public enum SessionPost {
    /// `_posts/2026-01-24-twitter_ai_20260124_20260124.md`.
    public static func relativePath(_ window: ReportWindow) -> String {
        "_posts/\(window.start)-\(window.slug).md"
    }

    /// The post in the reference's outline: front matter, overview, the points, each section.
    public static func render(_ draft: Draft, tweets: [String: Tweet]) -> String {
        let kept = draft.points.filter { draft.decisions[$0.story] != .rejected }
        func text(_ section: Section, _ automatic: () -> String) -> String {
            draft.sectionTexts[section] ?? automatic()
        }
        func bullets(_ section: Section) -> String {
            let lines = kept.compactMap { point -> String? in
                guard let story = draft.story(point.story), Section(category: story.category) == section else { return nil }
                let link = story.tweetIDs.first.flatMap { tweets[$0]?.link }.map { " ([来源](\($0)))" } ?? ""
                return "*   \(point.headline)\(link)"
            }
            return lines.isEmpty ? "*   今日无相关实质性讨论。" : lines.joined(separator: "\n")
        }
        let window = draft.window
        var out = """
        ---
        layout: post
        title: "\(draft.metadata.title)"
        date: "\(draft.metadata.date)"
        posttime: "\(draft.metadata.postTime)"
        ---

        Twitter Ai 报告 (\(window.start) 至 \(window.end))

        ### **AI主题总结报告**

        ---

        ### **一、 简要部分**

        **1. 主要话题与行业趋势概述**


        """
        out += text(.overview) { "今日要点：" + kept.prefix(3).map(\.headline).joined(separator: "；") + "。" } + "\n\n"
        out += "**2. 核心信息（10个信息点概述）**\n\n"
        out += text(.points) {
            kept.enumerated().map { "\($0.offset + 1).  \($0.element.headline)" }.joined(separator: "\n")
        } + "\n\n---\n\n### **二、 详细分析部分**\n\n"
        out += "#### **重要观点与见解**\n\n" + text(.viewpoints) { bullets(.viewpoints) } + "\n\n"
        out += "#### **关键事件与发展**\n\n"
        for section in [Section.models, .products, .openSource] {
            out += "*   **\(Category(rawValue: section.rawValue)!.chineseName)**：\n\n" + text(section) { bullets(section) } + "\n\n"
        }
        out += "#### **个股与数字货币分析与市场反应**\n\n"
        out += "*   **个股分析**\n\n" + text(.stocks) { bullets(.stocks) } + "\n\n"
        out += "*   **数字货币分析**\n\n" + text(.crypto) { bullets(.crypto) } + "\n\n"
        out += "#### **专项分析**\n\n**1. 人工智能相关内容**\n\n"
        out += "*   **技术发展**：\n\n" + text(.aiTech) { bullets(.aiTech) } + "\n\n"
        out += "*   **产业创新**：\n\n" + text(.aiIndustry) { bullets(.aiIndustry) } + "\n\n"
        out += "**2. 金融市场相关内容**\n\n" + text(.finance) { bullets(.finance) } + "\n\n"
        out += "## 词云分析\n\n![词云图](wordcloud_\(window.slug).jpg)\n"
        return out
    }
}
