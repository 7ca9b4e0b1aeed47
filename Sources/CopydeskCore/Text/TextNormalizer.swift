/// Maps the look-alike forms tweets use onto plain ones before scanning.
///
/// Full-width ASCII (`ＧＰＴ－５`), the ideographic space, and curly apostrophes are rewritten;
/// everything else is left alone. Text that needs nothing (almost all) is returned as is, without copying.
enum TextNormalizer {
    static func normalize(_ text: String) -> String {
        guard needsWork(text) else { return text }
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

    private static func needsWork(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            // U+FF01...FF5E is EF BC 81...EF BD 9E; U+3000 is E3 80 80; U+2018/9 is E2 80 98/99; U+00A0 is C2 A0.
            if beforePrevious == 0xEF && (previous == 0xBC || previous == 0xBD) { return true }
            if beforePrevious == 0xE3 && previous == 0x80 && byte == 0x80 { return true }
            if beforePrevious == 0xE2 && previous == 0x80 && (byte == 0x98 || byte == 0x99) { return true }
            if previous == 0xC2 && byte == 0xA0 { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
