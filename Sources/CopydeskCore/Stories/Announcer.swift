/// Whether a tweet is a story's news told by its own account: an original or a quote that links the
/// story's most shared page, by the account whose handle that page's address names
/// (`@kestrelcompute` linking `investors.kestrelcompute.com/…`, `@xiangyin_lab` linking
/// `github.com/xiangyin-lab/…`). Addresses and handles are compared as lower-case letters and digits;
/// a handle of fewer than five is too short to tell.
struct Announcer {
    let source: String
    private let key: [UInt8]

    init(source: String) {
        self.source = source
        key = Self.compactKey(source, isLink: true)
    }

    func announces(_ tweet: Tweet) -> Bool {
        guard tweet.kind == .original || tweet.kind == .quote, tweet.urls.contains(source) else { return false }
        let handle = Self.compactKey(tweet.author.handle, isLink: false)
        guard handle.count >= 5, handle.count <= key.count else { return false }
        for start in 0...(key.count - handle.count) where key[start] == handle[0] {
            if key[start..<(start + handle.count)].elementsEqual(handle) { return true }
        }
        return false
    }

    /// Lower-case ASCII letters and digits; of a link, its host and path only (no scheme, query or
    /// fragment: `?ref=modeldrop` names who shared it, not whose page it is).
    static func compactKey(_ text: String, isLink: Bool) -> [UInt8] {
        var bytes = Array(text.utf8)
        if isLink {
            if let scheme = text.range(of: "://") { bytes = Array(text[scheme.upperBound...].utf8) }
            if let end = bytes.firstIndex(where: { $0 == 63 || $0 == 35 }) { bytes.removeSubrange(end...) }  // ? #
        }
        return bytes.compactMap { c in
            let lower = c | 0x20
            if lower >= 97 && lower <= 122 { return lower }
            return c >= 48 && c <= 57 ? c : nil
        }
    }
}
