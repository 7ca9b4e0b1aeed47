@testable import CopydeskCore
import Testing

/// Amounts in any language's units hash alike; bare numbers and sizes are no amounts.
@Suite struct AmountTests {
    /// The amount hashes of the numbers in `text`, in order.
    private func amounts(_ text: String) -> [UInt64?] {
        var copy = text
        return copy.withUTF8 { b in
            var spans: [TokenSpan] = []
            TweetScanner.scanRaw(b, into: &spans)
            return spans.filter { $0.kind == .number }.map { Amount.hash(b, $0) }
        }
    }

    private func amount(_ text: String) -> UInt64? {
        let found = amounts(text)
        #expect(found.count == 1, "one number in \(text)")
        return found.first ?? nil
    }

    @Test func oneAmountInEveryUnitHashesAlike() {
        let daily = amount("Xingtu claims 126M daily users")
        #expect(daily != nil)
        #expect(amount("星途AI除夕日活1.26亿") == daily)
        #expect(amount("126 million daily users") == daily)
        #expect(amount("日活 1.26 亿") == daily)
        let budget = amount("after a ¥2B giveaway")
        #expect(budget != nil)
        #expect(amount("砸下20亿红包") == budget)
        #expect(amount("a $2bn budget") == budget)
        #expect(amount("2 billion yuan") == budget)
        #expect(amount("560B MoE") == amount("总参数5600亿"))
        #expect(amount("90M users") == amount("约9000万"))
        #expect(amount("3万亿市值") == amount("a 3 trillion market"))
        #expect(amount("12K stars") == amount("1.2万星"))
    }

    @Test func differentAmountsHashApart() {
        #expect(amount("126M users") != amount("1.3亿用户"))
        #expect(amount("126M users") != amount("126B tokens"))
        #expect(amount("36B active") != amount("560B total"))
    }

    @Test func bareNumbersSizesAndTimesAreNoAmounts() {
        for text in ["in 2026", "2026年", "4GB of memory", "5m ago", "version 2.1 is out", "400 problems", "300 millionaires", "12 km"] {
            #expect(amount(text) == nil, "\(text)")
        }
    }
}
