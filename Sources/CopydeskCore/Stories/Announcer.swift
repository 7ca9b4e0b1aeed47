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
        // The page's key (`URLKey`: host and path, no scheme, fragment or tracking query such as
        // `?ref=modeldrop`, which names who shared the page, not whose it is).
        key = URLKey.key(source).map(Self.compactKey) ?? []
    }

    func announces(_ tweet: Tweet) -> Bool {
        announces(kind: tweet.kind, urls: tweet.urls, handle: tweet.author.handle)
    }

    /// `announces(tweet)` from the three fields it reads (a whole tweet copied retains every field).
    func announces(kind: Tweet.Kind, urls: [String], handle: String) -> Bool {
        guard !key.isEmpty, kind == .original || kind == .quote, urls.contains(source) else { return false }
        let handle = Self.compactKey(handle)
        guard handle.count >= 5, handle.count <= key.count else { return false }
        for start in 0...(key.count - handle.count) where key[start] == handle[0] {
            if key[start..<(start + handle.count)].elementsEqual(handle) { return true }
        }
        return false
    }

    /// Lower-case ASCII letters and digits.
    static func compactKey(_ text: String) -> [UInt8] {
        text.utf8.compactMap { c in
            let lower = c | 0x20
            if lower >= 97 && lower <= 122 { return lower }
            return c >= 48 && c <= 57 ? c : nil
        }
    }
}
