/// Disjoint sets over `0..<n` with path halving and union by size.
///
/// - Complexity: near-constant amortised time per operation.
struct UnionFind {
    private var parent: [Int32]
    private var size: [Int32]

    init(count: Int) {
        parent = (0..<Int32(count)).map { $0 }
        size = [Int32](repeating: 1, count: count)
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
        return true
    }

    /// The sets, each sorted ascending, ordered by their smallest member.
    mutating func groups() -> [[Int]] {
        let n = parent.count
        var slot = [Int32](repeating: -1, count: n)
        var result: [[Int]] = []
        for i in 0..<n {
            let root = find(i)
            if slot[root] < 0 {
                slot[root] = Int32(result.count)
                result.append([])
            }
            result[Int(slot[root])].append(i)
        }
        return result
    }
}
