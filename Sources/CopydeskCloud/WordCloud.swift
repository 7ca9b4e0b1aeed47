import CopydeskCore
import Foundation

/// A laid-out word cloud: the placed words with their masks, ready to paint and encode.
public struct WordCloud: Sendable {
    public var width: Int
    public var height: Int
    public var background: RGBColor
    /// Biggest first, in placement order.
    public var words: [PlacedWord]
    /// Words left out: the font has no glyph for some of their characters, or they are longer than
    /// `maxWordLength` characters (tweets are untrusted: a 10,000-letter "word" must not become a
    /// 10,000-glyph mask).
    public var skippedWords: [String]
    /// The face the words were drawn with.
    public var font: FontFace

    /// Lays out the most frequent words (see `CloudLayout`). The same counts and options,
    /// seed included, give the same cloud. `required` words are placed even when the canvas
    /// fills before their turn (at the smallest size that fits), unless no room is left at all.
    public init(_ counts: [WordCount], options: CloudOptions = CloudOptions(), required: Set<String> = []) throws(CloudError) {
        try options.validate()
        let face: FontFace
        if let given = options.font { face = given } else { face = try FontLocator.defaultChineseFace() }
        let typeface = try Typeface(face)
        var drawable: [WordCount] = []
        var skipped: [String] = []
        for entry in WordCount.ranked(counts) where entry.count > 0 {
            guard drawable.count < options.maxWords else { break }
            let word = entry.word.trimmingCharacters(in: .whitespacesAndNewlines)
            if word.isEmpty { continue }
            if word.count <= Self.maxWordLength, typeface.hasGlyphs(for: word) {
                drawable.append(WordCount(word, entry.count))
            } else {
                skipped.append(word)
            }
        }
        guard !drawable.isEmpty else {
            if let first = skipped.first { throw .fontLacksCharacters(path: face.path, sample: first) }
            throw .nothingToDraw("no words to draw: every count is zero or the list is empty.")
        }
        var random = SeededRandom(seed: options.seed)
        let layout = CloudLayout(options: options, typeface: typeface)
        self.words = try layout.layout(drawable, required: required, random: &random)
        self.width = options.width
        self.height = options.height
        self.background = options.background
        self.skippedWords = skipped
        self.font = face
    }

    /// The longest word drawn, in characters.
    public static let maxWordLength = 60

    /// The cloud painted: each word's mask blended in its colour over the background.
    public func rendered() -> RGBImage {
        var image = RGBImage(width: width, height: height, fill: background)
        let width = self.width, background = self.background
        image.pixels.withUnsafeMutableBufferPointer { out in
            for word in words {
                let mask = word.mask
                mask.pixels.withUnsafeBufferPointer { ink in
                    for row in 0..<mask.height {
                        for column in 0..<mask.width {
                            let alpha = ink[row * mask.width + column]
                            if alpha == 0 { continue }
                            let color = word.color.blended(over: background, alpha: alpha)
                            let at = ((word.y + row) * width + word.x + column) * 3
                            out[at] = color.red
                            out[at + 1] = color.green
                            out[at + 2] = color.blue
                        }
                    }
                }
            }
        }
        return image
    }

    /// Paints, encodes in the format the extension names, and writes the file atomically.
    public func write(to path: String, jpegQuality: Int = 90) throws(CloudError) {
        guard let format = ImageFormat(path: path) else { throw .unsupportedFormat(path: path) }
        let data = try rendered().encoded(as: format, quality: jpegQuality)
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .writeFailed(path: path, message: (error as NSError).localizedDescription)
        }
    }
}
