import Foundation

/// The tokenizer: tweets into tokens and terms, English and Chinese alike.
///
/// Terms are what the word cloud and keyphrases count: case-folded, stop words removed, numbers and
/// links dropped, `#tags`, `$CASHTAGS` and model names (`glm-4.7-flash`, `gpt-5.2 pro`) whole, and
/// Chinese segmented by ICU with the vocabulary's domain words (开源, 智谱, 大模型) kept whole.
/// Safe to share between threads (ICU's iterator is used under a lock).
public struct TextAnalyzer: Sendable {
    private let core: Core
    /// Whether `@mentions` count as terms (they do not by default).
    public var includeMentions: Bool

    public init(vocabulary: Vocabulary = Lexicon.default.vocabulary, includeMentions: Bool = false) {
        core = Core(vocabulary: CompiledVocabulary(vocabulary))
        self.includeMentions = includeMentions
    }

    init(compiled: CompiledVocabulary) {
        core = Core(vocabulary: compiled)
        includeMentions = false
    }

    /// Every token of `text`, in order, Chinese segmented.
    public func tokens(in text: String) -> [Token] {
        var result: [Token] = []
        core.withTokens(of: text) { b, span in
            let raw = String(decoding: UnsafeBufferPointer(rebasing: b[span.start..<span.end]), as: UTF8.self)
            result.append(Token(kind: span.kind, text: raw, key: Self.key(raw, kind: span.kind)))
        }
        return result
    }

    /// The terms of `text`, in order of appearance (repeats kept).
    public func terms(in text: String) -> [String] {
        var result: [String] = []
        core.withTokens(of: text) { b, span in
            guard core.isTerm(b, span, includeMentions: includeMentions) else { return }
            let raw = String(decoding: UnsafeBufferPointer(rebasing: b[span.start..<span.end]), as: UTF8.self)
            result.append(Self.key(raw, kind: span.kind))
        }
        return result
    }

    /// The distinct terms of each text, each list in order of first appearance.
    public func distinctTerms(in texts: [String]) -> [[String]] {
        texts.map { text in
            var seen = Set<String>()
            return terms(in: text).filter { seen.insert($0).inserted }
        }
    }

    static func key(_ raw: String, kind: Token.Kind) -> String {
        switch kind {
        case .cashtag: raw.uppercased()
        case .chinese: raw
        default: raw.lowercased()
        }
    }

    /// The shared, lock-guarded state: the compiled vocabulary and one ICU segmenter.
    final class Core: @unchecked Sendable {
        let vocabulary: CompiledVocabulary
        private let segmenter: ChineseSegmenter
        private let lock = NSLock()

        init(vocabulary: CompiledVocabulary) {
            self.vocabulary = vocabulary
            segmenter = ChineseSegmenter(vocabulary: vocabulary)
        }

        /// Scans `text` and calls `body` for each token span, Han runs segmented into words.
        func withTokens(of text: String, _ body: (UnsafeBufferPointer<UInt8>, TokenSpan) -> Void) {
            var normalized = TextNormalizer.normalize(text)
            normalized.withUTF8 { b in
                var spans: [TokenSpan] = []
                TweetScanner.scan(b, vocabulary: vocabulary, into: &spans)
                lock.lock()
                defer { lock.unlock() }
                for span in spans {
                    if span.kind == .chinese {
                        segmenter.segment(b, span.start, span.end) { start, end in
                            body(b, TokenSpan(start: start, end: end, kind: .chinese))
                        }
                    } else {
                        body(b, span)
                    }
                }
            }
        }

        /// Whether a (segmented) span is a term.
        func isTerm(_ b: UnsafeBufferPointer<UInt8>, _ span: TokenSpan, includeMentions: Bool) -> Bool {
            switch span.kind {
            case .url, .number: return false
            case .mention: return includeMentions
            case .hashtag, .cashtag, .name: return true
            case .word:
                return span.end - span.start >= 2 && !vocabulary.stopWords.contains(TextHash.folded(b, span.start, span.end))
            case .chinese:
                // One Han character is three or four bytes: single characters are never terms.
                return span.end - span.start > 4 && !vocabulary.stopWords.contains(TextHash.folded(b, span.start, span.end))
            }
        }
    }
}
