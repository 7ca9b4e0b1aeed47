/// A font file and the face inside it to use (`.ttc` collections hold several faces).
public struct FontFace: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// The face index within the file: 2 is Simplified Chinese in Noto Sans CJK, 0 in WenQuanYi Micro Hei.
    public var index: Int
    /// The family name fontconfig reports, when known.
    public var family: String

    public init(path: String, index: Int = 0, family: String = "") {
        self.path = path
        self.index = index
        self.family = family
    }

    public var description: String { "\(path):\(index)" + (family.isEmpty ? "" : " (\(family))") }
}
