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

    /// Whether `url` is a web page: not a tweet (a quoted tweet, a tweet's own photo), a profile
    /// or an unexpanded short link.
    static func isWebPage(_ url: String) -> Bool {
        isWebPage(key: key(url))
    }

    /// `isWebPage` of the link whose `key` this is.
    static func isWebPage(key: String?) -> Bool {
        key.map { !$0.hasPrefix("status:") } ?? false
    }

    static func key(_ url: String) -> String? {
        // Native strings are contiguous UTF-8; plain ASCII (no CR) takes the byte path.
        let ascii: String?? = url.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? .some(asciiKey(bytes)) : .none
        } ?? nil
        if let key = ascii { return key }
        return characterKey(url)
    }

    /// `key` on any text, character by character.
    static func characterKey(_ url: String) -> String? {
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

    /// `key` for plain ASCII without CR, on bytes. There every character is one byte, so each step
    /// below is the character-based one of `characterKey`, at a fraction of the cost (walking
    /// characters was most of grouping's link pass).
    static func asciiKey(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        func first(_ byte: UInt8, _ from: Int, _ to: Int) -> Int? { (from..<to).first { b[$0] == byte } }
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self) }
        // `split(separator:)` as on characters: empty pieces omitted.
        func pieces(_ range: Range<Int>, _ separator: UInt8) -> [Range<Int>] {
            var result: [Range<Int>] = []
            var start = range.lowerBound
            for k in range where b[k] == separator {
                if k > start { result.append(start..<k) }
                start = k + 1
            }
            if range.upperBound > start { result.append(start..<range.upperBound) }
            return result
        }
        // Just after the first `://`.
        guard var start = (0..<max(0, b.count - 2)).first(where: { b[$0] == 0x3A && b[$0 + 1] == 0x2F && b[$0 + 2] == 0x2F }) else {
            return nil
        }
        start += 3
        var end = b.count
        while end > start && b[end - 1] == 0x20 { end -= 1 }
        if let hash = first(0x23, start, end) { end = hash }
        var query = end..<end
        if let mark = first(0x3F, start, end) {
            query = mark + 1..<end
            end = mark
        }
        let slash = first(0x2F, start, end) ?? end
        // The host is read in lower case where it lies: no string is made for it, and none for a
        // link that has no key.
        func lower(_ k: Int) -> UInt8 { b[k] >= 0x41 && b[k] <= 0x5A ? b[k] | 0x20 : b[k] }
        func hostIs(_ name: StaticString, from hostStart: Int, exactly: Bool) -> Bool {
            let n = name.utf8CodeUnitCount
            guard exactly ? slash - hostStart == n : slash - hostStart >= n else { return false }
            for k in 0..<n where lower(hostStart + k) != name.utf8Start[k] { return false }
            return true
        }
        var host = start
        if hostIs("www.", from: host, exactly: false) { host += 4 }
        if hostIs("mobile.", from: host, exactly: false) { host += 7 }
        var pathEnd = end
        while pathEnd > slash && b[pathEnd - 1] == 0x2F { pathEnd -= 1 }
        for shortener in shortenerSpellings where hostIs(shortener, from: host, exactly: true) { return nil }
        if hostIs("x.com", from: host, exactly: true) || hostIs("twitter.com", from: host, exactly: true) {
            let parts = pieces(slash..<pathEnd, 0x2F)
            if parts.count >= 3, text(parts[1]) == "status", parts[2].allSatisfy({ b[$0] >= 0x30 && b[$0] <= 0x39 }) {
                return "status:" + text(parts[2])
            }
            return nil
        }
        guard pathEnd > slash else { return nil }
        // Keep the query only where it names the page (YouTube's v=, and the like); drop trackers.
        let kept = query.isEmpty ? [] : pieces(query, 0x26).filter { item in
            let name = pieces(item, 0x3D).first.map { text($0).lowercased() } ?? ""
            return !(name.hasPrefix("utm_") || trackers.contains(name))
        }.map(text).sorted()
        // The host in lower case and the path, written once.
        let key = String(unsafeUninitializedCapacity: (slash - host) + (pathEnd - slash)) { out in
            var n = 0
            for k in host..<slash { out[n] = lower(k); n += 1 }
            for k in slash..<pathEnd { out[n] = b[k]; n += 1 }
            return n
        }
        return kept.isEmpty ? key : key + "?" + kept.joined(separator: "&")
    }

    /// `shorteners`, spelt for `asciiKey`'s byte comparison.
    private static let shortenerSpellings: [StaticString] = ["t.co", "bit.ly", "buff.ly", "ow.ly", "lnkd.in", "dlvr.it"]
}
