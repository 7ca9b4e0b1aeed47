/// One story's tallies of the rare features it shares with later stories: dense arrays plus the list
/// of stories touched, so no hashing in the inner loop.
struct PairTally {
    var count: [Int32]
    var idf: [Double]
    /// The shared idf as evidence that the tallying story joins the other (weighted by how much of
    /// the other holds each feature), and the reverse.
    var toward: [Double]
    var from: [Double]
    var touched: [Int32] = []

    init(count stories: Int) {
        count = [Int32](repeating: 0, count: stories)
        idf = [Double](repeating: 0, count: stories)
        toward = idf
        from = idf
    }

    mutating func add(_ story: Int32, _ weight: Double) {
        if count[Int(story)] == 0 { touched.append(story) }
        count[Int(story)] += 1
        idf[Int(story)] += weight
    }

    mutating func add(_ story: Int32, _ weight: Double, toward towardWeight: Double, from fromWeight: Double) {
        add(story, weight)
        toward[Int(story)] += towardWeight
        from[Int(story)] += fromWeight
    }

    mutating func clear() {
        for story in touched {
            count[Int(story)] = 0
            idf[Int(story)] = 0
            toward[Int(story)] = 0
            from[Int(story)] = 0
        }
        touched.removeAll(keepingCapacity: true)
    }
}
