import Testing
@testable import CopydeskCore

@Suite struct TextNormalizerTests {
    /// The plain scalar-by-scalar mapping the byte-level rewrite must agree with.
    private func reference(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000, 0x00A0: scalars.append(" ")
            case 0x2018, 0x2019: scalars.append("'")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    @Test(arguments: [
        "ＧＰＴ－５，发布了！", "\u{FF00}\u{FF01}\u{FF3F}\u{FF40}\u{FF5E}\u{FF5F}\u{FF60}",
        "a\u{3000}b\u{00A0}c\u{2018}d\u{2019}e\u{201C}", "，", "末尾\u{FF0C}", "\u{3001}\u{3002}\u{E000}\u{FFFD}",
        "plain ascii", "", "🚀 Qwen３ 发布，支持 1M 上下文",
    ])
    func bytesAgreeWithScalars(text: String) {
        #expect(TextNormalizer.normalize(text) == reference(text))
        #expect(Array(TextNormalizer.normalize(text).utf8) == Array(reference(text).utf8))
    }
}
