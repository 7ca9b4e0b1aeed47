/// Normalises expanded URLs into merge keys: the same article links the same way.
///
/// Standard library only (no Foundation string bridging): it runs for every link of the day.
enum URLKey {
    private static let shorteners: Set<Substring> = ["t.co", "bit.ly", "buff.ly", "ow.ly", "lnkd.in", "dlvr.it"]
    private static let trackers: Set<String> = ["ref", "s", "t", "si", "source", "fbclid", "gclid", "ref_src"]

    /// A key for `url`, or nil when the link says nothing about the news (a home page, a profile,
    /// a short link that was never expanded). Links to tweets become `status:ID`.
    /// Where the text after the first `://` starts. Plain ASCII (no CR, so every character is one
    /// byte) is searched as bytes; anything else as characters, as before.
    private static func schemeEnd(_ url: String) -> String.Index? {
        let utf8 = url.utf8
        if utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            var previous: (UInt8, UInt8) = (0, 0)
            var i = utf8.startIndex
            while i < utf8.endIndex {
                let c = utf8[i]
                i = utf8.index(after: i)
                if previous == (0x3A, 0x2F) && c == 0x2F { return i }
                previous = (previous.1, c)
            }
            return nil
        }
        return url.firstRange(of: "://")?.upperBound
    }

    static func key(_ url: String) -> String? {
        guard let schemeEnd = schemeEnd(url) else { return nil }
        var rest = url[schemeEnd...]
        while rest.last == " " { rest.removeLast() }
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        var host = Substring(rest[..<slash].lowercased())
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        if host.hasPrefix("mobile.") { host = host.dropFirst(7) }
        var path = rest[slash...]
        while path.hasSuffix("/") { path.removeLast() }
        if shorteners.contains(host) { return nil }
        if host == "x.com" || host == "twitter.com" {
            let parts = path.split(separator: "/")
            if parts.count >= 3, parts[1] == "status", parts[2].allSatisfy(\.isNumber) { return "status:\(parts[2])" }
            return nil
        }
        guard !path.isEmpty else { return nil }
        // Keep the query only where it names the page (YouTube's v=, and the like); drop trackers.
        let kept = query.split(separator: "&").filter { item in
            let name = item.split(separator: "=").first.map { $0.lowercased() } ?? ""
            return !(name.hasPrefix("utm_") || trackers.contains(name))
        }.map(String.init).sorted()
        return String(host) + String(path) + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }
}
