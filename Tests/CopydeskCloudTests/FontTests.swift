import Foundation
import Testing
@testable import CopydeskCloud

/// fontconfig finds a Chinese face (the Simplified one in a collection); FreeType draws real glyphs.
@Suite struct FontTests {
    @Test func theDefaultFaceDrawsChinese() throws {
        let face = try FontLocator.defaultChineseFace()
        #expect(FileManager.default.fileExists(atPath: face.path))
        let typeface = try Typeface(face)
        #expect(typeface.hasGlyphs(for: "人工智能大模型开源"))
        #expect(typeface.hasGlyphs(for: "OpenAI GLM-4.7"))
        #expect(typeface.missingCharacters(in: "模型🧵") == ["🧵"])
    }

    /// The CJK collections Debian ships, and the face fontconfig should pick for zh-cn in each.
    static let collections = [
        ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
        ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ]

    @Test func collectionsYieldTheirSimplifiedChineseFace() throws {
        let present = Self.collections.filter { FileManager.default.fileExists(atPath: $0.0) }
        // `make` installs one of them when no Chinese font exists.
        #expect(!present.isEmpty, "no Debian CJK collection installed: run `make deps`")
        for (path, index) in present {
            let face = try FontLocator.face(inFile: path)
            #expect(face.path == path)
            #expect(face.index == index, "\(path): expected face \(index), got \(face)")
        }
    }

    @Test func unreadableFontsAreErrors() {
        #expect(throws: CloudError.self) { try FontLocator.face(inFile: "/nonexistent/font.ttf") }
        #expect(throws: CloudError.fontUnreadable(path: "/nonexistent/font.ttf", index: 0, code: 1)) {
            try Typeface(FontFace(path: "/nonexistent/font.ttf"))
        }
    }

    @Test func chineseCharactersRenderAsDistinctGlyphsNotBoxes() throws {
        let typeface = try Typeface(FontLocator.defaultChineseFace())
        let masks = ["人", "能", "模", "型"].map { typeface.render($0, pixelSize: 48) }
        for mask in masks {
            #expect(mask.width > 10 && mask.height > 10)
            #expect(mask.inkedPixelCount > 60)
        }
        // A missing glyph draws the same box every time; real glyphs differ.
        #expect(Set(masks).count == masks.count)
        let word = typeface.render("大模型", pixelSize: 48)
        #expect(word.width > masks[2].width * 2)
    }

    @Test func aSpaceBetweenWordsLeavesAGap() throws {
        // "Claude in Excel" is one cloud word: its spaces must advance the pen, not vanish.
        let typeface = try Typeface(FontLocator.defaultChineseFace())
        let spaced = typeface.render("Claude in Excel", pixelSize: 48), joined = typeface.render("ClaudeinExcel", pixelSize: 48)
        #expect(spaced.width > joined.width + 10)
        // Wide enough to read as two words: a third of the size each, not a CJK face's fifth of an em.
        #expect(spaced.width >= joined.width + 2 * 48 / 3)
    }

    @Test func masksScaleWithSizeAndRotateAQuarterTurn() throws {
        let typeface = try Typeface(FontLocator.defaultChineseFace())
        let small = typeface.render("Claude", pixelSize: 20), big = typeface.render("Claude", pixelSize: 80)
        #expect(big.width > small.width * 3 && big.height > small.height * 3)
        let turned = small.rotatedCounterClockwise()
        #expect(turned.width == small.height && turned.height == small.width)
        // The top-right pixel of the word becomes the top-left of the turned mask.
        #expect(turned[0, 0] == small[small.width - 1, 0])
        #expect(turned[small.height - 1, small.width - 1] == small[0, small.height - 1])
        #expect(turned.inkedPixelCount == small.inkedPixelCount)
    }
}
