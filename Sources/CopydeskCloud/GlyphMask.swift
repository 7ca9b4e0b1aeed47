/// An 8-bit coverage mask: a word's anti-aliased ink, 0 (empty) to 255 (full), row by row.
public struct GlyphMask: Sendable, Hashable {
    public var width: Int
    public var height: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height, "mask size mismatch")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    public init(width: Int, height: Int) {
        self.init(width: width, height: height, pixels: [UInt8](repeating: 0, count: width * height))
    }

    public subscript(x: Int, y: Int) -> UInt8 { pixels[y * width + x] }

    /// How many pixels carry any ink.
    public var inkedPixelCount: Int { pixels.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }

    /// The mask turned a quarter counter-clockwise, as Python wordcloud's vertical words read bottom to top.
    public func rotatedCounterClockwise() -> GlyphMask {
        var out = [UInt8](repeating: 0, count: pixels.count)
        let w = width, h = height
        pixels.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                // Source (x, y) lands at (y, w - 1 - x) in a mask h wide and w tall.
                for y in 0..<h {
                    for x in 0..<w {
                        dst[(w - 1 - x) * h + y] = src[y * w + x]
                    }
                }
            }
        }
        return GlyphMask(width: h, height: w, pixels: out)
    }
}
