/// Sentences the renderer writes around extracted tweets (headings and labels live in the templates).
struct PostStrings: Sendable {
    /// Between a bold lead-in and its text.
    var colon: String
    /// A section with nothing in it today.
    var emptySection: String
    var viewpointsIntro: String
    var noStocks: String
    var noCrypto: String
    var stockLead: String
    var cryptoLead: String
    /// `N位作者、M条推文；点赞 A，转发 B，回复 C，浏览 D`.
    var reactionFigures: @Sendable (_ authors: Int, _ tweets: Int, _ metrics: Tweet.Metrics) -> String
    /// The overview paragraph built from the day's figures and topics.
    var overview: @Sendable (_ tweets: Int, _ stories: Int, _ byCategory: [(Category, Int)], _ topics: [String], _ lead: String?) -> String
    var cloudAlt: String
    /// A lead-in for a story with no headline and no name to show.
    var untitled: String

    static let chinese = PostStrings(
        colon: "：",
        emptySection: "今日推文中未发现相关的实质性内容。",
        viewpointsIntro: "以下观点摘自今日推文，保留原文。",
        noStocks: "在提供的推文内容中，**未发现关于个股的实质性讨论或市场分析**。因此，本次报告不涉及个股相关内容。",
        noCrypto: "在提供的推文内容中，**未发现关于加密货币的实质性讨论或市场分析**。因此，本次报告不涉及数字货币相关内容。",
        stockLead: "个股分析", cryptoLead: "数字货币分析",
        reactionFigures: { authors, tweets, m in
            "\(authors)位作者、\(tweets)条推文参与讨论；点赞 \(m.likes)，转发 \(m.retweets)，回复 \(m.replies)，浏览 \(m.views)。"
        },
        overview: { tweets, stories, byCategory, topics, lead in
            var text = "本报告基于\(tweets)条推文，归纳为\(stories)个话题"
            if !byCategory.isEmpty {
                text += "，其中" + byCategory.map { "\($0.0.chineseName)\($0.1)个" }.joined(separator: "、")
            }
            text += "。"
            if !topics.isEmpty {
                text += "当前，人工智能领域的核心话题围绕着" + topics.map { "**\($0)**" }.joined(separator: "、") + "展开。"
            }
            if let lead { text += "讨论最多的是：\(lead)" }
            return text
        },
        cloudAlt: "词云图",
        untitled: "（无标题）"
    )

    static let english = PostStrings(
        colon: ": ",
        emptySection: "No substantive discussion of this topic in today's tweets.",
        viewpointsIntro: "The views below are quoted from today's tweets.",
        noStocks: "Today's tweets contain **no substantive discussion or market analysis of individual stocks**, so this report does not cover stocks.",
        noCrypto: "Today's tweets contain **no substantive discussion or market analysis of cryptocurrencies**, so this report does not cover crypto.",
        stockLead: "Stock Analysis", cryptoLead: "Crypto Analysis",
        reactionFigures: { authors, tweets, m in
            "\(authors) authors, \(tweets) tweets; \(m.likes) likes, \(m.retweets) retweets, \(m.replies) replies, \(m.views) views."
        },
        overview: { tweets, stories, byCategory, topics, lead in
            var text = "This report draws on \(tweets) tweets grouped into \(stories) stories"
            if !byCategory.isEmpty {
                text += ": " + byCategory.map { "\($0.1) in \($0.0.englishName)" }.joined(separator: ", ")
            }
            text += "."
            if !topics.isEmpty {
                text += " Today's main topics: " + topics.map { "**\($0)**" }.joined(separator: ", ") + "."
            }
            if let lead { text += " Most discussed: \(lead)" }
            return text
        },
        cloudAlt: "Word cloud",
        untitled: "(untitled)"
    )
}
