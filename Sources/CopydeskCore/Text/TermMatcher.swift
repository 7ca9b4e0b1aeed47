/// Finds a fixed list of terms (English words or phrases, `#tags`, Chinese words) in scanned text.
///
/// Terms are scanned with the same `TweetScanner`, so `open source` also matches `open-source` and a
/// name's parts (`GPT` in `GPT-5.2`) match single-word terms. Chinese terms match anywhere in a Han run.
///
/// - Complexity: O(tokens + Han characters) per text, independent of the number of terms.
struct TermMatcher: Sendable {
    private let single: HashMap64<[Int32]>
    private let multi: HashMap64<[(hashes: [UInt64], id: Int32)]>
    private let chinese: [UInt32: [(bytes: [UInt8], id: Int32)]]
    /// Which first characters (low 16 bits) start a Chinese term: a cheap filter before the dictionary.
    private let chineseFirst: [Bool]

    /// Term ids are indices into `terms`.
    init(terms: [String]) {
        var single: [UInt64: [Int32]] = [:]
        var multi: [UInt64: [(hashes: [UInt64], id: Int32)]] = [:]
        var chinese: [UInt32: [(bytes: [UInt8], id: Int32)]] = [:]
        var chineseFirst = [Bool](repeating: false, count: 65536)
        for (index, term) in terms.enumerated() {
            let id = Int32(index)
            var copy = term
            copy.withUTF8 { b in
                var spans: [TokenSpan] = []
                TweetScanner.scanRaw(b, into: &spans)
                if spans.count == 1, spans[0].kind == .chinese {
                    let (scalar, _) = TweetScanner.decode(b, spans[0].start)
                    chinese[scalar, default: []].append((Array(b[spans[0].start..<spans[0].end]), id))
                    chineseFirst[Int(scalar & 0xFFFF)] = true
                    return
                }
                let hashes = spans.map { TextHash.folded(b, $0.start, $0.end) }
                if hashes.count == 1 {
                    single[hashes[0], default: []].append(id)
                } else if let first = hashes.first {
                    multi[first, default: []].append((hashes, id))
                }
            }
        }
        self.single = HashMap64(single)
        self.multi = HashMap64(multi)
        self.chinese = chinese
        self.chineseFirst = chineseFirst
    }

    /// Appends the id of every term occurrence in the raw spans of `b` (repeats possible).
    func matches(_ b: UnsafeBufferPointer<UInt8>, _ spans: [TokenSpan], into ids: inout [Int32]) {
        matches(b, spans, hashes: Self.hashes(b, spans), into: &ids)
    }

    /// The spans' hashes as `matches` reads them, for a caller that runs several matchers on one text.
    static func hashes(_ b: UnsafeBufferPointer<UInt8>, _ spans: [TokenSpan]) -> [UInt64] {
        var result: [UInt64] = []
        hashes(b, spans, into: &result)
        return result
    }

    /// `hashes(b, spans)` written into `hashes` (emptied first), so a caller can reuse its storage.
    static func hashes(_ b: UnsafeBufferPointer<UInt8>, _ spans: [TokenSpan], into hashes: inout [UInt64]) {
        hashes.removeAll(keepingCapacity: true)
        hashes.reserveCapacity(spans.count)
        for span in spans { hashes.append(span.kind == .chinese ? 0 : TextHash.folded(b, span.start, span.end)) }
    }

    /// `matches` with the spans' `hashes` given.
    func matches(_ b: UnsafeBufferPointer<UInt8>, _ spans: [TokenSpan], hashes: [UInt64], into ids: inout [Int32]) {
        for (k, span) in spans.enumerated() {
            switch span.kind {
            case .chinese:
                matchChinese(b, span, into: &ids)
            case .url, .mention:
                continue
            default:
                let h = hashes[k]
                if let found = single[h] { ids.append(contentsOf: found) }
                if let candidates = multi[h] {
                    for candidate in candidates where k + candidate.hashes.count <= spans.count {
                        var ok = true
                        for offset in 1..<candidate.hashes.count where hashes[k + offset] != candidate.hashes[offset] {
                            ok = false
                            break
                        }
                        if ok { ids.append(candidate.id) }
                    }
                }
                if span.kind == .hashtag, let found = single[TextHash.folded(b, span.start + 1, span.end)] {
                    ids.append(contentsOf: found)
                }
                if span.kind == .name { matchNameParts(b, span, into: &ids) }
            }
        }
    }

    /// `GPT-5.2` → `gpt`; `Qwen3-TTS` → `qwen`, `tts`: the letters leading each part.
    private func matchNameParts(_ b: UnsafeBufferPointer<UInt8>, _ span: TokenSpan, into ids: inout [Int32]) {
        var k = span.start
        while k < span.end {
            let partStart = k
            while k < span.end && TweetScanner.isLetter(b[k]) { k += 1 }
            if k - partStart >= 2, k - partStart < span.end - span.start, let found = single[TextHash.folded(b, partStart, k)] {
                ids.append(contentsOf: found)
            }
            while k < span.end && b[k] != 45 && b[k] != 46 && b[k] != 32 { k += 1 }
            k += 1
        }
    }

    private func matchChinese(_ b: UnsafeBufferPointer<UInt8>, _ span: TokenSpan, into ids: inout [Int32]) {
        var p = span.start
        while p < span.end {
            let (scalar, length) = TweetScanner.decode(b, p)
            if chineseFirst[Int(scalar & 0xFFFF)], let candidates = chinese[scalar] {
                for candidate in candidates where p + candidate.bytes.count <= span.end {
                    var ok = true
                    for (offset, byte) in candidate.bytes.enumerated() where b[p + offset] != byte {
                        ok = false
                        break
                    }
                    if ok { ids.append(candidate.id) }
                }
            }
            p += length
        }
    }
}
