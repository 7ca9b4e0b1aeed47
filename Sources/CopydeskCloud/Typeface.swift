internal import CFreeType

/// One FreeType face, owned: rasterises words into tight 8-bit masks.
///
/// Not thread-safe (FreeType faces are not): use one per thread or task.
public final class Typeface {
    public let face: FontFace
    private var library: FT_Library?
    private var handle: FT_Face?

    public init(_ face: FontFace) throws(CloudError) {
        self.face = face
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else {
            throw .fontUnreadable(path: face.path, index: face.index, code: -1)
        }
        var handle: FT_Face?
        let code = FT_New_Face(library, face.path, FT_Long(face.index), &handle)
        guard code == 0, let handle else {
            FT_Done_FreeType(library)
            throw .fontUnreadable(path: face.path, index: face.index, code: code)
        }
        self.library = library
        self.handle = handle
    }

    deinit {
        FT_Done_Face(handle)
        FT_Done_FreeType(library)
    }

    /// Whether the face has a glyph for every character of the text (FreeType does no fallback).
    public func hasGlyphs(for text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || FT_Get_Char_Index(handle, FT_ULong($0.value)) != 0 }
    }

    /// The characters of the text the face cannot draw.
    public func missingCharacters(in text: String) -> [Character] {
        text.filter { character in
            character.unicodeScalars.contains { !$0.properties.isWhitespace && FT_Get_Char_Index(handle, FT_ULong($0.value)) == 0 }
        }.map { $0 }
    }

    /// The word's ink at a pixel size, cropped to its bounding box (an empty mask if nothing inks).
    public func render(_ text: String, pixelSize: Int) -> GlyphMask {
        guard let handle, pixelSize > 0, FT_Set_Pixel_Sizes(handle, 0, FT_UInt(pixelSize)) == 0 else {
            return GlyphMask(width: 0, height: 0)
        }
        // First pass: render each glyph into one scratch buffer, noting where it goes; track the ink box.
        var glyphs: [(x: Int, y: Int, width: Int, rows: Int, offset: Int)] = []
        var scratch: [UInt8] = []
        var penX = 0
        var previous: FT_UInt = 0
        let kerning = copydesk_ft_has_kerning(handle) != 0
        var minX = Int.max, minY = Int.max, maxX = Int.min, maxY = Int.min
        for scalar in text.unicodeScalars {
            let index = FT_Get_Char_Index(handle, FT_ULong(scalar.value))
            if kerning, previous != 0, index != 0 {
                penX += Int(copydesk_ft_kerning(handle, previous, index)) >> 6
            }
            previous = index
            guard copydesk_ft_render_glyph(handle, index) == 0, let slot = handle.pointee.glyph else { continue }
            let bitmap = slot.pointee.bitmap
            let width = Int(bitmap.width), rows = Int(bitmap.rows), pitch = Int(bitmap.pitch)
            if width > 0, rows > 0, let buffer = bitmap.buffer {
                let offset = scratch.count
                scratch.reserveCapacity(offset + width * rows)
                for row in 0..<rows {
                    // A negative pitch means bottom-up rows.
                    let source = pitch >= 0 ? buffer + row * pitch : buffer + (rows - 1 - row) * (-pitch)
                    scratch.append(contentsOf: UnsafeBufferPointer(start: source, count: width))
                }
                // bitmap_top is measured upwards from the baseline (y = 0); rows grow downwards.
                let left = penX + Int(slot.pointee.bitmap_left)
                let top = -Int(slot.pointee.bitmap_top)
                glyphs.append((left, top, width, rows, offset))
                minX = min(minX, left); minY = min(minY, top)
                maxX = max(maxX, left + width); maxY = max(maxY, top + rows)
            }
            // A CJK face's Latin space is narrow (about a fifth of an em in Noto Sans CJK), so a
            // cloud name of several words (`Claude in Excel`) read as one: spaces advance a third.
            let advance = Int(slot.pointee.advance.x) >> 6
            penX += scalar.properties.isWhitespace ? max(advance, pixelSize / 3) : advance
        }
        guard !glyphs.isEmpty else { return GlyphMask(width: 0, height: 0) }
        // Second pass: blit into one tight mask; overlapping glyph edges keep the darker ink.
        let maskWidth = maxX - minX, maskHeight = maxY - minY
        let pixels = [UInt8](unsafeUninitializedCapacity: maskWidth * maskHeight) { out, count in
            out.initialize(repeating: 0)
            scratch.withUnsafeBufferPointer { scratch in
                for glyph in glyphs {
                    for row in 0..<glyph.rows {
                        let source = scratch.baseAddress! + glyph.offset + row * glyph.width
                        let target = out.baseAddress! + (glyph.y - minY + row) * maskWidth + glyph.x - minX
                        for column in 0..<glyph.width where source[column] > target[column] {
                            target[column] = source[column]
                        }
                    }
                }
            }
            count = maskWidth * maskHeight
        }
        return GlyphMask(width: maskWidth, height: maskHeight, pixels: pixels)
    }
}
