/// One word as laid out: where its mask sits on the canvas, at what size, in what colour.
public struct PlacedWord: Sendable, Hashable {
    public var word: String
    public var count: Int
    public var fontSize: Int
    /// Top-left corner of the mask on the canvas.
    public var x: Int
    public var y: Int
    /// Turned a quarter counter-clockwise (reads bottom to top).
    public var isVertical: Bool
    /// The word's ink, already rotated when vertical.
    public var mask: GlyphMask
    public var color: RGBColor
}
