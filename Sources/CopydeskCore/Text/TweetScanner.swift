/// Splits a tweet's UTF-8 into token spans in one pass, before any Chinese segmentation.
///
/// Links, `@mentions`, `#tags`, `$cashtags` and model names are recognised first, because word
/// breakers (ICU's and others) cut them apart: `GLM-4.7-Flash` would become `GLM`, `4.7`, `Flash`.
/// Han runs come out as one `.chinese` span each, for the segmenter or for character bigrams.
///
/// - Complexity: O(n) in the text's bytes; no allocation besides the output array.
enum TweetScanner {
    static func scan(_ b: UnsafeBufferPointer<UInt8>, vocabulary: CompiledVocabulary, into spans: inout [TokenSpan]) {
        let firstRaw = spans.count
        scanRaw(b, into: &spans)
        mergeNames(b, vocabulary: vocabulary, spans: &spans, from: firstRaw)
    }

    /// The folded hashes of the raw word-like spans in `text` (for compiling phrases).
    static func rawWordHashes(_ text: String) -> [UInt64] {
        var copy = text
        return copy.withUTF8 { b in
            var spans: [TokenSpan] = []
            scanRaw(b, into: &spans)
            return spans.filter { $0.kind != .url }.map { TextHash.folded(b, $0.start, $0.end) }
        }
    }

    // MARK: - Raw spans

    static func scanRaw(_ b: UnsafeBufferPointer<UInt8>, into spans: inout [TokenSpan]) {
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if isAlnum(c) {
                if (c == 104 || c == 72), let end = urlEnd(b, from: i) {
                    spans.append(TokenSpan(start: i, end: end, kind: .url))
                    i = end
                    continue
                }
                i = scanWord(b, from: i, into: &spans)
                continue
            }
            switch c {
            case 64: // @
                if (i == 0 || !isAlnum(b[i - 1])) && i + 1 < n && (isAlnum(b[i + 1]) || b[i + 1] == 95) {
                    var j = i + 1
                    while j < n && (isAlnum(b[j]) || b[j] == 95) { j += 1 }
                    spans.append(TokenSpan(start: i, end: j, kind: .mention))
                    i = j
                    continue
                }
            case 35: // #
                if i == 0 || !isAlnum(b[i - 1]) {
                    var j = i + 1
                    var hasNonDigit = false
                    while j < n {
                        if isAlnum(b[j]) || b[j] == 95 {
                            if !isDigit(b[j]) { hasNonDigit = true }
                            j += 1
                        } else if b[j] >= 0x80, case let (scalar, length) = decode(b, j), isHan(scalar) || isLatinLetter(scalar) {
                            hasNonDigit = true
                            j += length
                        } else { break }
                    }
                    if hasNonDigit {
                        spans.append(TokenSpan(start: i, end: j, kind: .hashtag))
                        i = j
                        continue
                    }
                }
            case 36: // $
                if (i == 0 || !isAlnum(b[i - 1])) && i + 1 < n && isLetter(b[i + 1]) {
                    var j = i + 1
                    while j < n && isLetter(b[j]) { j += 1 }
                    // `$BTC` and `$INTC`, not `$5B`; `$ETHUSDT`-long words and `$INTC2` are not cashtags.
                    if j - i - 1 <= 6 && (j == n || !(isAlnum(b[j]) || b[j] == 95)) {
                        spans.append(TokenSpan(start: i, end: j, kind: .cashtag))
                        i = j
                        continue
                    }
                }
            default:
                if c >= 0x80 {
                    let (scalar, length) = decode(b, i)
                    if isHan(scalar) {
                        var j = i + length
                        while j < n && b[j] >= 0x80 {
                            let (next, nextLength) = decode(b, j)
                            guard isHan(next) else { break }
                            j += nextLength
                        }
                        spans.append(TokenSpan(start: i, end: j, kind: .chinese))
                        i = j
                        continue
                    }
                    if isLatinLetter(scalar) {
                        i = scanWord(b, from: i, into: &spans)
                        continue
                    }
                    i += length
                    continue
                }
            }
            i += 1
        }
    }

    /// Scans a word from `start`; appends one span (or several, for `AI-powered` or `e.g`) and returns its end.
    private static func scanWord(_ b: UnsafeBufferPointer<UInt8>, from start: Int, into spans: inout [TokenSpan]) -> Int {
        let n = b.count
        var j = start
        var hasDigit = false, hasLetter = false, hasHyphenOrDot = false, hasApostrophe = false
        while j < n {
            let c = b[j]
            if isAlnum(c) {
                if isDigit(c) { hasDigit = true } else { hasLetter = true }
                j += 1
            } else if c >= 0x80 {
                let (scalar, length) = decode(b, j)
                guard isLatinLetter(scalar) else { break }
                hasLetter = true
                j += length
            } else if (c == 45 || c == 46 || c == 95 || c == 39) && j > start && j + 1 < n && isAlnum(b[j + 1]) {
                if c == 39 { hasApostrophe = true } else if c != 95 { hasHyphenOrDot = true }
                j += 1
            } else {
                break
            }
        }
        let end = j
        let firstIsLetter = !isDigit(b[start])
        if !hasLetter || (hasDigit && !firstIsLetter) {
            // `4.7`, `2026`, `70B`, `4GB`.
            spans.append(TokenSpan(start: start, end: end, kind: .number))
        } else if hasDigit {
            // `GPT-5.2`, `Qwen3-TTS`, `H100`, `LTX-2`.
            spans.append(TokenSpan(start: start, end: end, kind: .name))
        } else if hasHyphenOrDot {
            appendCompound(b, start, end, into: &spans)
        } else if hasApostrophe, end - start > 2, b[end - 2] == 39, b[end - 1] | 0x20 == 115 {
            // `OpenAI's` counts as `OpenAI`; `don't` stays one (stop) word.
            spans.append(TokenSpan(start: start, end: end - 2, kind: .word))
        } else {
            spans.append(TokenSpan(start: start, end: end, kind: .word))
        }
        return end
    }

    /// `Qwen-Image` (every part capitalised) is one name; `AI-powered` and `e.g` are separate words.
    private static func appendCompound(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into spans: inout [TokenSpan]) {
        var allCapitalised = true
        var onlyHyphens = true
        var partStart = true
        for k in start..<end {
            let c = b[k]
            if c == 46 { onlyHyphens = false }
            if c == 45 || c == 46 { partStart = true; continue }
            if partStart && !(c >= 65 && c <= 90) { allCapitalised = false }
            partStart = false
        }
        if allCapitalised && onlyHyphens {
            spans.append(TokenSpan(start: start, end: end, kind: .name))
            return
        }
        var partBegin = start
        for k in start...end where k == end || b[k] == 45 || b[k] == 46 {
            if k > partBegin { spans.append(TokenSpan(start: partBegin, end: k, kind: .word)) }
            partBegin = k + 1
        }
    }

    /// The end of an `http://` or `https://` link starting at `i`, or nil.
    private static func urlEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        let n = b.count
        func lower(_ k: Int) -> UInt8 { k < n ? b[k] | 0x20 : 0 }
        guard lower(i) == 104, lower(i + 1) == 116, lower(i + 2) == 116, lower(i + 3) == 112 else { return nil }
        var k = i + 4
        if lower(k) == 115 { k += 1 }
        guard k + 2 < n, b[k] == 58, b[k + 1] == 47, b[k + 2] == 47 else { return nil }
        k += 3
        // A link runs to white space or to the first non-ASCII byte (Chinese often follows a link directly).
        while k < n && b[k] > 32 && b[k] < 0x80 { k += 1 }
        // Trailing punctuation belongs to the sentence.
        while k > i && [46, 44, 59, 58, 33, 63, 41, 93, 39, 34].contains(b[k - 1]) { k -= 1 }
        return k
    }

    // MARK: - Names

    /// Joins adjacent spans into names: phrases from the vocabulary, `Claude Code`, `GPT-5.2 Pro`, `Gemini 3 Pro`.
    static func mergeNames(_ b: UnsafeBufferPointer<UInt8>, vocabulary: CompiledVocabulary, spans: inout [TokenSpan], from first: Int) {
        guard spans.count - first >= 2 else { return }
        var out: [TokenSpan] = []
        out.reserveCapacity(spans.count - first)
        var k = first
        let count = spans.count
        func wordLike(_ s: TokenSpan) -> Bool { s.kind == .word || s.kind == .name || s.kind == .number }
        func adjacent(_ a: TokenSpan, _ c: TokenSpan) -> Bool { c.start == a.end + 1 && b[a.end] == 32 }
        func capitalised(_ s: TokenSpan) -> Bool { b[s.start] >= 65 && b[s.start] <= 90 }
        while k < count {
            let span = spans[k]
            guard wordLike(span) else { out.append(span); k += 1; continue }
            let hash = TextHash.folded(b, span.start, span.end)
            // A fixed phrase, longest first.
            if let candidates = vocabulary.phrases[hash] {
                var matched = 0
                for phrase in candidates where k + phrase.count <= count {
                    var ok = true
                    for (offset, wordHash) in phrase.enumerated().dropFirst() {
                        let next = spans[k + offset]
                        if !wordLike(next) || !adjacent(spans[k + offset - 1], next) || TextHash.folded(b, next.start, next.end) != wordHash {
                            ok = false
                            break
                        }
                    }
                    if ok { matched = phrase.count; break }
                }
                if matched > 0 {
                    out.append(TokenSpan(start: span.start, end: spans[k + matched - 1].end, kind: .name))
                    k += matched
                    continue
                }
            }
            // A brand or a versioned name, continued by suffixes and at most one number.
            let isBrand = span.kind == .word && capitalised(span) && vocabulary.brands.contains(hash)
            if span.kind == .name || isBrand {
                var last = k
                var hasNumber = span.kind == .name
                while last + 1 < count && last - k < 3 {
                    let next = spans[last + 1]
                    guard adjacent(spans[last], next) else { break }
                    if next.kind == .word && capitalised(next) && vocabulary.suffixes.contains(TextHash.folded(b, next.start, next.end)) {
                        last += 1
                    } else if !hasNumber && (next.kind == .number || next.kind == .name) && isVersion(b, next) {
                        hasNumber = true
                        last += 1
                    } else {
                        break
                    }
                }
                if last > k || span.kind == .name {
                    out.append(TokenSpan(start: span.start, end: spans[last].end, kind: .name))
                    k = last + 1
                    continue
                }
            }
            // A capitalised word the lexicon does not know, then a short version: `Talon 3`, `Weft 1.0`,
            // `Lumo v2`, a product named the way products are (not `Section 5`, `Only 2` or `May 12`).
            // A word that ends a compound (`乡音-TTS 2`) is only part of a name; a verb or an adverb
            // opening a sentence (`Shipping v1.2 today`, `Turned 30`, `Roughly 40`) is none.
            // A number that counts something after it (`AGI 2 months`, `Pro 3 days`) is no version.
            if span.kind == .word && capitalised(span) && span.end - span.start >= 3 && k + 1 < count,
               span.start == 0 || b[span.start - 1] != 45, !readsAsVerbOrAdverb(b, span),
               case let next = spans[k + 1], adjacent(span, next), isShortVersion(b, next),
               !vocabulary.counters.contains(hash), !vocabulary.stopWords.contains(hash),
               k + 2 >= count || !adjacent(next, spans[k + 2])
                || !vocabulary.counters.contains(TextHash.folded(b, spans[k + 2].start, spans[k + 2].end)) {
                out.append(TokenSpan(start: span.start, end: next.end, kind: .name))
                k += 2
                continue
            }
            out.append(span)
            k += 1
        }
        spans.replaceSubrange(first..., with: out)
    }

    /// `3`, `4.5`, `2.5`: a short version number (not `2026` or `70B`).
    private static func isVersion(_ b: UnsafeBufferPointer<UInt8>, _ s: TokenSpan) -> Bool {
        guard s.end - s.start <= 4 else { return false }
        for k in s.start..<s.end where !(isDigit(b[k]) || b[k] == 46) { return false }
        return true
    }

    /// Whether a word of five letters or more ends as English verbs and adverbs do: `-ing`, `-ed`, `-ly`.
    private static func readsAsVerbOrAdverb(_ b: UnsafeBufferPointer<UInt8>, _ s: TokenSpan) -> Bool {
        guard s.end - s.start >= 5 else { return false }
        func lower(_ k: Int) -> UInt8 { b[k] | 0x20 }
        let e = s.end
        if lower(e - 3) == 105 && lower(e - 2) == 110 && lower(e - 1) == 103 { return true }  // ing
        if lower(e - 2) == 101 && lower(e - 1) == 100 { return true }  // ed
        return lower(e - 2) == 108 && lower(e - 1) == 121  // ly
    }

    /// `3`, `1.0`, `12.5`, `v2`, `V3.1`: at most two digits before the point and two after, ending the
    /// word (not `3%`, `2026` or `70B`).
    private static func isShortVersion(_ b: UnsafeBufferPointer<UInt8>, _ s: TokenSpan) -> Bool {
        guard s.kind == .number || s.kind == .name else { return false }
        var k = s.start
        if b[k] | 0x20 == 118 { k += 1 }  // v
        var before = 0, after = 0, point = false
        while k < s.end {
            let c = b[k]
            if isDigit(c) {
                if point { after += 1 } else { before += 1 }
            } else if c == 46 && !point {
                point = true
            } else {
                return false
            }
            k += 1
        }
        guard before >= 1 && before <= 2 && after <= 2 && (!point || after >= 1) else { return false }
        return s.end == b.count || b[s.end] != 37  // %
    }

    // MARK: - Bytes and scalars

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }
    @inline(__always) static func isAlnum(_ c: UInt8) -> Bool { isDigit(c) || isLetter(c) }

    /// Decodes the scalar at `i` (lenient: a broken sequence decodes as one unknown byte).
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let c = b[i]
        let n = b.count
        if c < 0x80 { return (UInt32(c), 1) }
        if c < 0xE0, i + 1 < n { return ((UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2) }
        if c < 0xF0, i + 2 < n {
            return ((UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3)
        }
        if i + 3 < n {
            return ((UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6) | UInt32(b[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    @inline(__always)
    static func isHan(_ v: UInt32) -> Bool {
        (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0xF900 && v <= 0xFAFF)
            || (v >= 0x20000 && v <= 0x2FFFF) || v == 0x3007
    }

    @inline(__always)
    static func isLatinLetter(_ v: UInt32) -> Bool {
        v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7
    }
}
