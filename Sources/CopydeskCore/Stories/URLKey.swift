import Foundation

/// Normalises expanded URLs into merge keys: the same article links the same way.
enum URLKey {
    /// A key for `url`, or nil when the link says nothing about the news (a home page, a profile,
    /// a short link that was never expanded). Links to tweets become `status:ID`.
    static func key(_ url: String) -> String? {
        var text = url.trimmingCharacters(in: .whitespaces)
        guard let schemeEnd = text.range(of: "://") else { return nil }
        text = String(text[schemeEnd.upperBound...])
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
        var query = ""
        if let mark = text.firstIndex(of: "?") {
            query = String(text[text.index(after: mark)...])
            text = String(text[..<mark])
        }
        let slash = text.firstIndex(of: "/") ?? text.endIndex
        var host = text[..<slash].lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        if host.hasPrefix("mobile.") { host.removeFirst(7) }
        var path = String(text[slash...])
        while path.hasSuffix("/") { path.removeLast() }
        if ["t.co", "bit.ly", "buff.ly", "ow.ly", "lnkd.in", "dlvr.it"].contains(host) { return nil }
        if host == "x.com" || host == "twitter.com" {
            let parts = path.split(separator: "/")
            if parts.count >= 3, parts[1] == "status", parts[2].allSatisfy(\.isNumber) { return "status:\(parts[2])" }
            return nil
        }
        guard !path.isEmpty else { return nil }
        // Keep the query only where it names the page (YouTube's v=, and the like); drop trackers.
        let kept = query.split(separator: "&").filter { item in
            let name = item.split(separator: "=").first.map { $0.lowercased() } ?? ""
            return !(name.hasPrefix("utm_") || ["ref", "s", "t", "si", "source", "fbclid", "gclid", "ref_src"].contains(name))
        }.sorted()
        return host + path + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }
}
