@testable import CopydeskCore
import Testing

/// `RarePostings` judges features on every core: its ids and postings are a sequential pass's.
@Suite struct RarePostingsTests {
    @Test func aBigDayGetsTheSequentialIdsAndPostings() {
        // Enough stories for many chunks; features from a small range, so they repeat across stories.
        var random = SeededRandom(seed: 16)
        let stories: [[UInt64]] = (0..<5_000).map { _ in
            let count = random.below(12)
            return Array(Set((0..<count).map { _ in UInt64(random.below(3_000)) })).sorted()
        }
        let shares: [[Float]] = stories.map { $0.map { Float($0 % 7 + 1) / 8 } }
        let isRare: (UInt64) -> Bool = { $0 % 3 != 0 }
        let postings = RarePostings(stories, shares: shares, isRare: isRare, idf: { Double($0) / 10 })

        // The sequential pass: dense ids in order of first use, stories listed in story order.
        var ids: [UInt64: Int32] = [:], order: [UInt64] = []
        var holders: [[Int32]] = [], holderShares: [[Float]] = []
        for (s, features) in stories.enumerated() {
            var mine: [Int32] = [], mineShares: [Float] = []
            for (k, feature) in features.enumerated() where isRare(feature) {
                let id = ids[feature] ?? {
                    ids[feature] = Int32(order.count)
                    order.append(feature)
                    holders.append([])
                    holderShares.append([])
                    return Int32(order.count - 1)
                }()
                mine.append(id)
                mineShares.append(shares[s][k])
                holders[Int(id)].append(Int32(s))
                holderShares[Int(id)].append(shares[s][k])
            }
            #expect(postings.features[s] == mine)
            #expect(postings.shares[s] == mineShares)
        }
        #expect(postings.idf == order.map { Double($0) / 10 })
        for id in order.indices {
            #expect(Array(postings.stories(Int32(id))) == holders[id])
            #expect(Array(postings.storyShares(Int32(id))) == holderShares[id])
        }
    }
}
