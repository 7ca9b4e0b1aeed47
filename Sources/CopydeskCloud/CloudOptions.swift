/// How a word cloud is drawn. Defaults: 1600×800, 200 words, white background, seed 42.
///
/// The layout parameters follow Python wordcloud's (margin 2, prefer_horizontal 0.9,
/// relative_scaling 0.5, min_font_size 4, font_step 1).
public struct CloudOptions: Sendable, Hashable {
    public var width = 1600
    public var height = 800
    public var maxWords = 200
    public var background = RGBColor.white
    public var colormap = Colormap.viridis
    /// The font; nil asks fontconfig for a Chinese sans-serif face.
    public var font: FontFace?
    public var seed: UInt64 = 42
    /// Pixels kept free around each word's box.
    public var margin = 2
    /// The share of words laid horizontally.
    public var preferHorizontal = 0.9
    /// 0: size by rank only; 1: size proportional to frequency.
    public var relativeScaling = 0.5
    public var minFontSize = 4
    /// The largest font size; nil derives it from the two most frequent words, as wordcloud does.
    public var maxFontSize: Int?
    public var jpegQuality = 90
    /// The least WCAG contrast a word's colour keeps against the background: a colour of the map
    /// below it is darkened (or, on a dark background, lightened) until it reaches it. 4.5:1, above
    /// the 3:1 every word needs, so antialiased edges and JPEG noise stay above 3:1 too.
    public var minContrast = 4.5

    /// The smallest font size in the post's cloud: the 1600 px image shows at about 740 px in a
    /// blog's column, so a 26 px word reads at about 12 px.
    public static let postMinFontSize = 26

    public init() {}

    /// Checks the ranges; the message names the option to fix.
    public func validate() throws(CloudError) {
        guard (16...16384).contains(width), (16...16384).contains(height) else {
            throw .invalidOption("--width and --height must be between 16 and 16384 pixels (got \(width)×\(height)).")
        }
        guard maxWords > 0 else { throw .invalidOption("--max-words must be at least 1 (got \(maxWords)).") }
        guard (0...1).contains(preferHorizontal) else {
            throw .invalidOption("prefer-horizontal must be between 0 and 1 (got \(preferHorizontal)).")
        }
        guard (0...1).contains(relativeScaling) else {
            throw .invalidOption("relative scaling must be between 0 and 1 (got \(relativeScaling)).")
        }
        guard margin >= 0, minFontSize >= 1 else { throw .invalidOption("margin must be ≥ 0 and the minimum font size ≥ 1.") }
        if let maxFontSize, maxFontSize < minFontSize {
            throw .invalidOption("the maximum font size \(maxFontSize) is below the minimum \(minFontSize).")
        }
        guard (1...21).contains(minContrast) else { throw .invalidOption("the minimum contrast must be 1–21 (got \(minContrast)).") }
        guard (1...100).contains(jpegQuality) else { throw .invalidOption("JPEG quality must be 1–100 (got \(jpegQuality)).") }
    }
}
