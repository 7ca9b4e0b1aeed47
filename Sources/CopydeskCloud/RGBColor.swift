import Foundation

/// An 8-bit sRGB colour.
public struct RGBColor: Sendable, Hashable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// From `0xRRGGBB`.
    public init(hex: UInt32) {
        self.init(red: UInt8(hex >> 16 & 0xFF), green: UInt8(hex >> 8 & 0xFF), blue: UInt8(hex & 0xFF))
    }

    public static let white = RGBColor(hex: 0xFFFFFF)
    public static let black = RGBColor(hex: 0x000000)

    static let names: [String: RGBColor] = [
        "white": .white, "black": .black, "ivory": RGBColor(hex: 0xFFFFF0),
        "whitesmoke": RGBColor(hex: 0xF5F5F5), "lightgray": RGBColor(hex: 0xD3D3D3),
        "gray": RGBColor(hex: 0x808080), "navy": RGBColor(hex: 0x000080),
    ]

    /// Parses a colour name (`white`, `black`, …) or `#RRGGBB` / `RRGGBB`.
    public init?(_ text: String) {
        let lowered = text.lowercased()
        if let named = Self.names[lowered] {
            self = named
            return
        }
        let digits = lowered.hasPrefix("#") ? String(lowered.dropFirst()) : lowered
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else { return nil }
        self.init(hex: value)
    }

    /// `#rrggbb`.
    public var description: String {
        "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// This colour laid over `background` with coverage `alpha` (0…255).
    @inline(__always)
    func blended(over background: RGBColor, alpha: UInt8) -> RGBColor {
        let a = UInt32(alpha), b = 255 - UInt32(alpha)
        @inline(__always) func mix(_ f: UInt8, _ g: UInt8) -> UInt8 { UInt8((UInt32(f) * a + UInt32(g) * b + 127) / 255) }
        return RGBColor(red: mix(red, background.red), green: mix(green, background.green), blue: mix(blue, background.blue))
    }
}

extension RGBColor {
    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    public var relativeLuminance: Double {
        func linear(_ c: UInt8) -> Double {
            let s = Double(c) / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG contrast ratio with another colour, 1 (none) to 21 (black on white).
    public func contrast(with other: RGBColor) -> Double {
        let (a, b) = (relativeLuminance, other.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// This colour, or the nearest shade of it (mixed towards black on a light background, towards
    /// white on a dark one) that reaches `ratio` against `background`: the hue stays, a pale yellow
    /// on white becomes an olive that reads.
    public func ensuringContrast(_ ratio: Double, against background: RGBColor) -> RGBColor {
        guard contrast(with: background) < ratio else { return self }
        let target: RGBColor = background.relativeLuminance > 0.18 ? .black : .white
        func mixed(_ t: Double) -> RGBColor {
            func mix(_ c: UInt8, _ d: UInt8) -> UInt8 { UInt8((Double(c) * (1 - t) + Double(d) * t).rounded()) }
            return RGBColor(red: mix(red, target.red), green: mix(green, target.green), blue: mix(blue, target.blue))
        }
        // The least mixing that reaches the ratio (contrast grows with t); all the way when none does.
        var (low, high) = (0.0, 1.0)
        for _ in 0..<20 {
            let mid = (low + high) / 2
            if mixed(mid).contrast(with: background) >= ratio { high = mid } else { low = mid }
        }
        return mixed(high)
    }
}
