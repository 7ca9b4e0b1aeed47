internal import CICU

/// Chinese word segmentation: ICU's dictionary word breaker (locale `zh`), then domain words re-joined.
///
/// ICU's dictionary splits words this report lives on (开|源, 算|力, 智|谱); adjacent pieces whose
/// concatenation is a domain word are merged back, longest first. One instance owns one ICU break
/// iterator and is not thread-safe; `TextAnalyzer` guards it.
final class ChineseSegmenter {
    private let breaker: UnsafeMutableRawPointer?
    private var utext: UnsafeMutableRawPointer?
    private let vocabulary: CompiledVocabulary
    private var boundaries: [Int] = []

    init(vocabulary: CompiledVocabulary) {
        self.vocabulary = vocabulary
        var status: Int32 = 0
        let opened = cicu_ubrk_open_word("zh", &status)
        // Without ICU's data the breaker fails to open; segmentation then falls back to single characters.
        breaker = status > 0 ? nil : opened
    }

    deinit {
        if let utext { _ = cicu_utext_close(utext) }
        if let breaker { cicu_ubrk_close(breaker) }
    }

    /// Calls `word(start, end)` for each word of the Han run `b[start..<end]` (byte offsets into `b`).
    func segment(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, word: (Int, Int) -> Void) {
        boundaries.removeAll(keepingCapacity: true)
        boundaries.append(start)
        if let breaker, let base = b.baseAddress {
            var status: Int32 = 0
            let raw = UnsafeRawPointer(base + start).assumingMemoryBound(to: CChar.self)
            utext = cicu_utext_openUTF8(utext, raw, Int64(end - start), &status)
            if status <= 0 {
                cicu_ubrk_setUText(breaker, utext, &status)
            }
            if status <= 0 {
                _ = cicu_ubrk_first(breaker)
                var next = cicu_ubrk_next(breaker)
                while next != cicu_done {
                    if Int(next) > 0 { boundaries.append(start + Int(next)) }
                    next = cicu_ubrk_next(breaker)
                }
            }
        }
        if boundaries.count == 1 {
            // No ICU: one character per word.
            var k = start
            while k < end {
                k += TweetScanner.decode(b, k).1
                boundaries.append(k)
            }
        }
        if boundaries.last != end { boundaries.append(end) }
        mergeDomainWords(b, word: word)
    }

    /// Walks the boundaries, joining the longest run of pieces that spells a domain word.
    private func mergeDomainWords(_ b: UnsafeBufferPointer<UInt8>, word: (Int, Int) -> Void) {
        let last = boundaries.count - 1
        var i = 0
        while i < last {
            var j = i + 1
            if !vocabulary.chineseWords.isEmpty {
                var k = min(last, i + 4)
                while k > i + 1 {
                    let length = boundaries[k] - boundaries[i]
                    if length <= vocabulary.longestChineseWord,
                       vocabulary.chineseWords.contains(TextHash.folded(b, boundaries[i], boundaries[k])) {
                        j = k
                        break
                    }
                    k -= 1
                }
            }
            word(boundaries[i], boundaries[j])
            i = j
        }
    }
}
