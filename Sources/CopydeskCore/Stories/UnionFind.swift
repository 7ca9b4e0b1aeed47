/// Disjoint sets over `0..<n` with path halving and union by size.
///
/// - Complexity: near-constant amortised time per operation.
///
/// Each set may carry keys (the distinctive names and cashtags its tweets mention):
/// `unionIfCompatible` refuses to join two sets that both carry keys and share none, so "Nova-2.0 passed 4M downloads" never merges with
/// "Lumen-2.0 passed 4M downloads" however alike the words are.
struct UnionFind {
    private var parent: [Int32]
    private var size: [Int32]
    /// Keys per root, sorted; empty for sets that name nothing.
    private var keys: [[UInt64]]

    init(count: Int, keys: [[UInt64]]? = nil) {
        parent = (0..<Int32(count)).map { $0 }
        size = [Int32](repeating: 1, count: count)
        self.keys = keys ?? [[UInt64]](repeating: [], count: count)
    }

    /// Joins the sets unless both carry keys and share none; returns whether they are now one.
    @discardableResult
    mutating func unionIfCompatible(_ a: Int, _ b: Int) -> Bool {
        guard compatible(a, b) else { return false }
        return union(a, b)
    }

    /// Joins the sets unless both carry keys and share none, where the keys of `a` for which
    /// `ignored` holds do not count; returns whether they are now one.
    @discardableResult
    mutating func unionIfCompatible(_ a: Int, _ b: Int, ignoring ignored: (UInt64) -> Bool) -> Bool {
        guard compatible(a, b, ignoring: ignored) else { return false }
        return union(a, b)
    }

    /// Whether the sets of `a` and `b` could join: one names nothing, or they share a name.
    mutating func compatible(_ a: Int, _ b: Int) -> Bool {
        compatible(a, b, ignoring: { _ in false })
    }

    private mutating func compatible(_ a: Int, _ b: Int, ignoring ignored: (UInt64) -> Bool) -> Bool {
        let ra = find(a), rb = find(b)
        if ra == rb || keys[rb].isEmpty || keys[ra].allSatisfy(ignored) { return true }
        // Both sorted: a merge walk.
        let x = keys[ra], y = keys[rb]
        var i = 0, j = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { return true }
            if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    mutating func find(_ x: Int) -> Int {
        var x = Int32(x)
        while parent[Int(x)] != x {
            let grand = parent[Int(parent[Int(x)])]
            parent[Int(x)] = grand
            x = grand
        }
        return Int(x)
    }

    /// Joins the sets of `a` and `b`; returns false when they were already one.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Bool {
        var ra = find(a), rb = find(b)
        guard ra != rb else { return false }
        if size[ra] < size[rb] || (size[ra] == size[rb] && ra > rb) { swap(&ra, &rb) }
        parent[rb] = Int32(ra)
        size[ra] += size[rb]
        // Keys are sorted and distinct: a set without keys takes the other's as they are.
        if keys[ra].isEmpty {
            keys.swapAt(ra, rb)
        } else if !keys[rb].isEmpty && keys[ra] != keys[rb] {
            keys[ra] = TweetProfiler.unique((keys[ra] + keys[rb]).sorted())
        }
        keys[rb] = []
        return true
    }

    /// The sets, each sorted ascending, ordered by their smallest member.
    mutating func groups() -> [[Int]] {
        let n = parent.count
        var slot = [Int32](repeating: -1, count: n)
        // Sizes first, so each group is allocated once at its size (appending would regrow big ones).
        var groupOf = [Int32](repeating: 0, count: n)
        var sizes: [Int] = []
        for i in 0..<n {
            let root = find(i)
            if slot[root] < 0 {
                slot[root] = Int32(sizes.count)
                sizes.append(0)
            }
            groupOf[i] = slot[root]
            sizes[Int(slot[root])] += 1
        }
        var result = sizes.map { size in
            var group: [Int] = []
            group.reserveCapacity(size)
            return group
        }
        for i in 0..<n { result[Int(groupOf[i])].append(i) }
        return result
    }
}
