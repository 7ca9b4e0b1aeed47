@testable import CopydeskCore
import Testing

@Suite struct LowercasedTests {
    /// The shortcut gives exactly what `lowercased()` gives, for handles and any other text.
    @Test(arguments: ["", "sama", "OpenAI", "a_b_9", "ÉCOLE", "straße", "İstanbul", "ΣΟΦΙΑ", "用户", "x\u{0301}", "MiXeD_123", "@"])
    func lowersAsLowercasedDoes(text: String) {
        #expect(text.lowercasedUnlessLower == text.lowercased())
    }
}
