/// Why a word cloud could not be made; `description` is the message the user sees.
public enum CloudError: Error, Equatable, Sendable, CustomStringConvertible {
    /// fontconfig found no font for the pattern.
    case fontNotFound(pattern: String)
    /// The font found (or given) has no glyph for a character the cloud needs.
    case fontLacksCharacters(path: String, sample: String)
    /// FreeType could not open the face.
    case fontUnreadable(path: String, index: Int, code: Int32)
    /// An option is out of range.
    case invalidOption(String)
    /// Nothing to draw: no words, or none fits on the canvas.
    case nothingToDraw(String)
    /// The output name ends in neither .jpg/.jpeg nor .png.
    case unsupportedFormat(path: String)
    /// libjpeg or libpng reported an error.
    case encodingFailed(format: String, message: String)
    /// The image could not be decoded (used by checks on written files).
    case decodingFailed(format: String, message: String)
    /// Writing the file failed.
    case writeFailed(path: String, message: String)

    public var description: String {
        switch self {
        case .fontNotFound(let pattern):
            return "no font matches `\(pattern)`; install a CJK font (e.g. `apt-get install fonts-wqy-microhei`) or pass --font PATH."
        case .fontLacksCharacters(let path, let sample):
            return "the font \(path) has no glyphs for \(sample); install a CJK font (e.g. fonts-wqy-microhei) or pass --font PATH."
        case .fontUnreadable(let path, let index, let code) where code < 0:
            return "\(path) is not a font file that can be read (face \(index)); check the path, or pass another --font."
        case .fontUnreadable(let path, let index, let code):
            return "FreeType cannot open face \(index) of \(path) (error \(code)); check the path, or pass another --font."
        case .invalidOption(let message):
            return message
        case .nothingToDraw(let message):
            return message
        case .unsupportedFormat(let path):
            return "\(path): name the image .jpg, .jpeg or .png; the format follows the extension."
        case .encodingFailed(let format, let message):
            return "\(format) encoding failed: \(message)"
        case .decodingFailed(let format, let message):
            return "\(format) decoding failed: \(message)"
        case .writeFailed(let path, let message):
            return "cannot write \(path): \(message)"
        }
    }
}
