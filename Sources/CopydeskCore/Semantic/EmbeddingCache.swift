import Foundation

/// Sentence vectors by tweet id, so a tweet is encoded once however often the day is analysed
/// (a desk re-proposing, `eval` scoring one day under several models).
///
/// A tweet's text never changes under its id, and the cache belongs to one engine (one encoder).
/// Safe to share between threads.
public final class EmbeddingCache: @unchecked Sendable {
    private var vectors: [String: [Float]] = [:]
    private let lock = NSLock()

    public init() {}

    /// How many tweets have a vector.
    public var count: Int { lock.withLock { vectors.count } }

    /// The vector of each `(id, text)`, encoding (in one batch, in order) only those not cached yet.
    func vectors(_ items: [(id: String, text: String)], encoder: any SentenceEncoding) -> [[Float]] {
        let missing: [Int] = lock.withLock { items.indices.filter { vectors[items[$0].id] == nil } }
        if !missing.isEmpty {
            let encoded = encoder.encode(missing.map { SemanticText.clean(items[$0].text) })
            lock.withLock {
                for (k, i) in missing.enumerated() { vectors[items[i].id] = encoded[k] }
            }
        }
        return lock.withLock { items.map { vectors[$0.id] ?? [] } }
    }
}

/// What a sentence model reads of a tweet: its words, without links and @handles (which say who
/// and where, not what, and would make every reply to one account look alike).
enum SemanticText {
    static func clean(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace)
            .filter { !$0.hasPrefix("http://") && !$0.hasPrefix("https://") && !$0.hasPrefix("@") }
            .joined(separator: " ")
    }
}
