/// 8-bit RGB pixels, row by row without padding.
public struct RGBImage: Sendable, Hashable {
    public var width: Int
    public var height: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height * 3, "RGB size mismatch")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// A canvas filled with one colour.
    public init(width: Int, height: Int, fill: RGBColor) {
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        for i in stride(from: 0, to: pixels.count, by: 3) {
            pixels[i] = fill.red
            pixels[i + 1] = fill.green
            pixels[i + 2] = fill.blue
        }
        self.init(width: width, height: height, pixels: pixels)
    }

    public func pixel(x: Int, y: Int) -> RGBColor {
        let i = (y * width + x) * 3
        return RGBColor(red: pixels[i], green: pixels[i + 1], blue: pixels[i + 2])
    }
}
