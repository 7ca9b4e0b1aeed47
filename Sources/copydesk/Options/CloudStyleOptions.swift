import ArgumentParser
import CopydeskCloud

/// How a word cloud looks: shared by `cloud` and (through the session) `cloud render`.
struct CloudStyleOptions: ParsableArguments {
    @Option(help: "Image width in pixels.")
    var width = 1600

    @Option(help: "Image height in pixels.")
    var height = 800

    @Option(help: "The most words to draw.")
    var maxWords = 200

    @Option(help: "Background colour: a name (white, black, …) or #RRGGBB.")
    var background = "white"

    @Option(help: "Word colours: \(Colormap.names.joined(separator: ", ")).")
    var colormap = "viridis"

    @Option(help: "A font file (default: fontconfig's sans-serif for zh-cn); for a .ttc, the Simplified Chinese face is used.")
    var font: String?

    @Option(help: "The face index inside --font, overriding the automatic choice.")
    var fontIndex: Int?

    @Option(help: "Seed for the layout and colours: the same seed gives the same image.")
    var seed: UInt64 = 42

    @Option(help: "JPEG quality, 1–100.")
    var quality = 90

    func validate() throws {
        _ = try cloudOptions()
    }

    /// The options as the rasteriser takes them; the font lookup happens here.
    func cloudOptions() throws -> CloudOptions {
        var options = CloudOptions()
        options.width = width
        options.height = height
        options.maxWords = maxWords
        options.seed = seed
        options.jpegQuality = quality
        guard let color = RGBColor(background) else {
            throw ValidationError("--background \(background): use a colour name (white, black, …) or #RRGGBB.")
        }
        options.background = color
        guard let map = Colormap.named(colormap) else {
            throw ValidationError("--colormap \(colormap): choose one of \(Colormap.names.joined(separator: ", ")).")
        }
        options.colormap = map
        if let font {
            if let fontIndex {
                options.font = FontFace(path: font, index: fontIndex)
            } else {
                do {
                    options.font = try FontLocator.face(inFile: font)
                } catch {
                    throw ValidationError("--font \(font): \(error.description)")
                }
            }
        }
        do {
            try options.validate()
        } catch {
            throw ValidationError(error.description)
        }
        return options
    }
}
