/// A matplotlib-style colour map: words take the colour at a random point of it, as in Python wordcloud.
///
/// Continuous maps interpolate between 11 evenly spaced anchors sampled from matplotlib;
/// qualitative maps (`tab10`, `Dark2`, `Set1`) pick one of their colours.
public struct Colormap: Sendable, Hashable {
    public var name: String
    public var anchors: [RGBColor]
    /// Qualitative maps pick a colour; continuous maps blend neighbouring anchors.
    public var isQualitative: Bool

    public init(name: String, anchors: [RGBColor], isQualitative: Bool) {
        precondition(!anchors.isEmpty, "a colour map needs colours")
        self.name = name
        self.anchors = anchors
        self.isQualitative = isQualitative
    }

    /// The colour at `t` in [0, 1).
    public func color(at t: Double) -> RGBColor {
        let clamped = min(max(t, 0), 1)
        if isQualitative || anchors.count == 1 {
            return anchors[min(Int(clamped * Double(anchors.count)), anchors.count - 1)]
        }
        let position = clamped * Double(anchors.count - 1)
        let low = min(Int(position), anchors.count - 2)
        let f = position - Double(low)
        let a = anchors[low], b = anchors[low + 1]
        func mix(_ x: UInt8, _ y: UInt8) -> UInt8 { UInt8((Double(x) * (1 - f) + Double(y) * f).rounded()) }
        return RGBColor(red: mix(a.red, b.red), green: mix(a.green, b.green), blue: mix(a.blue, b.blue))
    }

    /// The map with this name (case-insensitive), if known.
    public static func named(_ name: String) -> Colormap? {
        all.first { $0.name.lowercased() == name.lowercased() }
    }

    public static var names: [String] { all.map(\.name) }

    private static func continuous(_ name: String, _ hex: [UInt32]) -> Colormap {
        Colormap(name: name, anchors: hex.map(RGBColor.init(hex:)), isQualitative: false)
    }

    private static func qualitative(_ name: String, _ hex: [UInt32]) -> Colormap {
        Colormap(name: name, anchors: hex.map(RGBColor.init(hex:)), isQualitative: true)
    }

    // Anchors sampled from matplotlib 3.11 at 0, 0.1, …, 1 (continuous) or its listed colours.
    public static let viridis = continuous("viridis", [
        0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884, 0x44BF70, 0x7AD151, 0xBDDF26, 0xFDE725])
    public static let plasma = continuous("plasma", [
        0x0D0887, 0x41049D, 0x6A00A8, 0x8F0DA4, 0xB12A90, 0xCC4778, 0xE16462, 0xF2844B, 0xFCA636, 0xFCCE25, 0xF0F921])
    public static let inferno = continuous("inferno", [
        0x000004, 0x160B39, 0x420A68, 0x6A176E, 0x932667, 0xBC3754, 0xDD513A, 0xF37819, 0xFCA50A, 0xF6D746, 0xFCFFA4])
    public static let magma = continuous("magma", [
        0x000004, 0x140E36, 0x3B0F70, 0x641A80, 0x8C2981, 0xB73779, 0xDE4968, 0xF7705C, 0xFE9F6D, 0xFECF92, 0xFCFDBF])
    public static let cividis = continuous("cividis", [
        0x00224E, 0x083370, 0x35456C, 0x4F576C, 0x666970, 0x7D7C78, 0x948E77, 0xAEA371, 0xC8B866, 0xE5CF52, 0xFEE838])
    public static let tab10 = qualitative("tab10", [
        0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF])
    public static let dark2 = qualitative("Dark2", [
        0x1B9E77, 0xD95F02, 0x7570B3, 0xE7298A, 0x66A61E, 0xE6AB02, 0xA6761D, 0x666666])
    public static let set1 = qualitative("Set1", [
        0xE41A1C, 0x377EB8, 0x4DAF4A, 0x984EA3, 0xFF7F00, 0xFFFF33, 0xA65628, 0xF781BF, 0x999999])

    public static let all: [Colormap] = [viridis, plasma, inferno, magma, cividis, tab10, dark2, set1]
}
