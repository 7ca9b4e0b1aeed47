/// The categories a story is classified into; each feeds one section of the post.
///
/// Ids are stable (they appear in session logs and the lexicon file); names are what the post shows.
public enum Category: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case viewpoints
    case models
    case products
    case openSource = "open_source"
    case stocks
    case crypto
    case aiTech = "ai_tech"
    case aiIndustry = "ai_industry"
    case finance
    case policy

    /// The Chinese name, as the reference post and `reclassify` use it.
    public var chineseName: String {
        switch self {
        case .viewpoints: "重要观点与见解"
        case .models: "模型与技术突破"
        case .products: "产品与平台发布"
        case .openSource: "开源与社区动态"
        case .stocks: "个股"
        case .crypto: "数字货币"
        case .aiTech: "技术发展"
        case .aiIndustry: "产业创新"
        case .finance: "金融市场"
        case .policy: "伦理与监管"
        }
    }

    public var englishName: String {
        switch self {
        case .viewpoints: "Key Viewpoints and Insights"
        case .models: "Models and Technical Breakthroughs"
        case .products: "Product and Platform Launches"
        case .openSource: "Open Source and Community"
        case .stocks: "Stocks"
        case .crypto: "Crypto"
        case .aiTech: "Technology Trends"
        case .aiIndustry: "Industry Innovation"
        case .finance: "Financial Markets"
        case .policy: "Ethics and Regulation"
        }
    }

    /// Finds a category by id (`open_source`) or Chinese name (`开源与社区动态`, or a unique prefix of it).
    public init?(idOrName text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let byID = Category(rawValue: t.lowercased()) { self = byID; return }
        if let byName = Category.allCases.first(where: { $0.chineseName == t }) { self = byName; return }
        let prefixed = Category.allCases.filter { !t.isEmpty && $0.chineseName.hasPrefix(t) }
        guard prefixed.count == 1 else { return nil }
        self = prefixed[0]
    }

    public static func < (a: Category, b: Category) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

import Foundation
