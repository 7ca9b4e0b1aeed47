/// The parts of the post an editor can rewrite as a whole (`rewrite SECTION`).
public enum Section: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// 主要话题与行业趋势概述.
    case overview
    /// 核心信息 (10个信息点概述).
    case points
    case viewpoints
    case models
    case products
    case openSource = "open_source"
    case stocks
    case crypto
    case aiTech = "ai_tech"
    case aiIndustry = "ai_industry"
    case finance

    /// The section a story of this category is drafted into.
    public init(category: Category) {
        switch category {
        case .viewpoints, .policy: self = .viewpoints
        case .models: self = .models
        case .products: self = .products
        case .openSource: self = .openSource
        case .stocks: self = .stocks
        case .crypto: self = .crypto
        case .aiTech: self = .aiTech
        case .aiIndustry: self = .aiIndustry
        case .finance: self = .finance
        }
    }

    public static func < (a: Section, b: Section) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
