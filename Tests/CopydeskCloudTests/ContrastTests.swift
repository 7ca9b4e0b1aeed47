import CopydeskCore
import Foundation
import TestSupport
import Testing
@testable import CopydeskCloud

/// Every word of a cloud reads against its background: at least 3:1 (WCAG's bar for large text).
@Suite struct ContrastTests {
    @Test func contrastRatiosFollowWCAG() {
        #expect(abs(RGBColor.black.contrast(with: .white) - 21) < 0.001)
        #expect(abs(RGBColor.white.contrast(with: .white) - 1) < 0.001)
        // viridis' last colour, the pale yellow "AI" was drawn in: about 1.3:1 on white.
        let yellow = RGBColor(hex: 0xFDE725)
        #expect(yellow.contrast(with: .white) < 1.35)
        let fixed = yellow.ensuringContrast(3, against: .white)
        #expect(fixed.contrast(with: .white) >= 3 && fixed.contrast(with: .white) < 3.1)
        #expect(fixed.red > fixed.blue && fixed.green > fixed.blue, "still a yellow hue: \(fixed)")
        // On black, a dark purple is lightened instead; a colour that reads is left alone.
        #expect(RGBColor(hex: 0x440154).ensuringContrast(3, against: .black).contrast(with: .black) >= 3)
        #expect(RGBColor(hex: 0x440154).ensuringContrast(3, against: .white) == RGBColor(hex: 0x440154))
    }

    /// The share of a rendered cloud's fully inked pixels (a word's colour, not an antialiased
    /// edge) whose contrast with the background is below 3:1, and the lowest word contrast.
    static func measure(_ options: CloudOptions) throws -> (lowShare: Double, lowest: Double) {
        let cloud = try WordCloud(WordCloudTests.counts, options: options)
        var inked = 0, low = 0
        for word in cloud.words {
            for row in 0..<word.mask.height {
                for column in 0..<word.mask.width where word.mask[column, row] == 255 {
                    inked += 1
                    if word.color.contrast(with: options.background) < 3 { low += 1 }
                }
            }
        }
        let lowest = cloud.words.map { $0.color.contrast(with: options.background) }.min() ?? 21
        return (Double(low) / Double(max(inked, 1)), lowest)
    }

    @Test(arguments: ["viridis", "plasma", "inferno", "cividis", "Set1"], ["white", "black"])
    func everyWordReachesThreeToOne(colormap: String, background: String) throws {
        var options = WordCloudTests.options()
        options.colormap = try #require(Colormap.named(colormap))
        options.background = try #require(RGBColor(background))
        let (share, lowest) = try Self.measure(options)
        #expect(lowest >= 3, "\(colormap) on \(background): a word at \(lowest):1")
        #expect(share == 0)
        // Without the floor (the old behaviour) these maps put words below it.
        options.minContrast = 1
        if background == "white" && colormap != "inferno" {
            #expect(try Self.measure(options).lowest < 3)
        }
    }

    @Test func thePostsCloudKeepsItsSmallestWordsReadable() throws {
        var draft = SessionFixtures.draft
        draft.cloud.included = (0..<40).map { "extra\($0)" }
        let cloud = try WordCloud(draft: draft, tweets: SessionFixtures.tweets)
        #expect(cloud.words.map(\.fontSize).min() ?? 0 >= CloudOptions.postMinFontSize)
    }
}
