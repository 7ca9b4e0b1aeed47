@testable import CopydeskCore
import Testing

/// The engine puts its stories in rank order by swapping along the order's cycles.
@Suite struct PermuteTests {
    @Test(arguments: [0, 1, 2, 7, 100])
    func swappingAlongCyclesIsTheOrdersMap(count: Int) {
        var random = SeededRandom(seed: UInt64(count) + 3)
        for _ in 0..<20 {
            var order = Array(0..<count)
            for k in order.indices.reversed() where k > 0 { order.swapAt(k, random.below(k + 1)) }
            let values = (0..<count).map { "v\($0)" }
            var permuted = values
            StoryEngine.permute(&permuted, by: order)
            #expect(permuted == order.map { values[$0] })
        }
    }
}

/// Content-derived story ids could collide: later copies get a suffix, in story order.
@Suite struct StoryIDRepeatTests {
    @Test func laterCopiesOfAnIdGetASuffixAndOthersStayAsTheyAre() {
        func stories(_ ids: [String]) -> [Story] {
            ids.map { Story(id: StoryID($0), tweetIDs: ["1"], headline: "h", category: .models) }
        }
        var repeated = stories(["sa", "sb", "sa", "sc", "sb", "sa", "sa-2"])
        StoryEngine.disambiguateIDs(&repeated)
        #expect(repeated.map(\.id.rawValue) == ["sa", "sb", "sa-2", "sc", "sb-2", "sa-3", "sa-2-2"])
        // Ids alike but for case are different ids (their hashes are equal: the check must not merge them).
        var distinct = stories(["s1a", "s1A", "s2"])
        StoryEngine.disambiguateIDs(&distinct)
        #expect(distinct.map(\.id.rawValue) == ["s1a", "s1A", "s2"])
    }
}
