/// The nearest-word suggestion for a mistyped command, over any list of names.
public enum Suggest {
    /// The name `word` most likely meant: a unique prefix, else the nearest within edit distance 2.
    public static func nearest(to word: String, among names: [String]) -> String? {
        let w = word.lowercased()
        guard !w.isEmpty else { return nil }
        let prefixed = names.filter { $0.hasPrefix(w) }
        if prefixed.count == 1 { return prefixed[0] }
        let scored = names.map { ($0, distance(w, $0)) }.filter { $0.1 <= min(2, max(1, w.count / 2)) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance in characters, with a swap of two neighbours counted as one edit.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
