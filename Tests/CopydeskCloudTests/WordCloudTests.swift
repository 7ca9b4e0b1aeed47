import CopydeskCore
import Testing
@testable import CopydeskCloud

/// Layout invariants, checked on the placed masks themselves.
@Suite struct WordCloudTests {
    /// 80 words, English and Chinese, on a small canvas so the debug build stays quick.
    static let counts: [WordCount] = {
        let words = ["OpenAI", "Claude", "大模型", "Gemini", "智能体", "GPT-5", "开源", "#AI", "推理", "GLM-4.7",
                     "agents", "编程", "DeepSeek", "算力", "benchmark", "芯片", "Qwen", "发布", "reasoning", "训练"]
        var counts: [WordCount] = []
        for round in 0..<4 {
            for (i, word) in words.enumerated() {
                counts.append(WordCount(round == 0 ? word : "\(word)\(round)", max(1, 300 / (round * 20 + i + 1))))
            }
        }
        return counts
    }()

    static func options(seed: UInt64 = 7) -> CloudOptions {
        var options = CloudOptions()
        options.width = 480
        options.height = 240
        options.seed = seed
        return options
    }

    @Test func noTwoWordsOverlapAndNoneLeavesTheCanvas() throws {
        let cloud = try WordCloud(Self.counts, options: Self.options())
        #expect(cloud.words.count > 40)
        var coverage = [UInt8](repeating: 0, count: cloud.width * cloud.height)
        for word in cloud.words {
            #expect(word.x >= 0 && word.y >= 0, "\(word.word) starts off the canvas")
            #expect(word.x + word.mask.width <= cloud.width && word.y + word.mask.height <= cloud.height,
                    "\(word.word) ends off the canvas")
            #expect(word.mask.inkedPixelCount > 0, "\(word.word) has no ink")
            for row in 0..<word.mask.height {
                for column in 0..<word.mask.width where word.mask[column, row] > 0 {
                    let at = (word.y + row) * cloud.width + word.x + column
                    coverage[at] += 1
                }
            }
        }
        let overlapping = coverage.filter { $0 > 1 }.count
        #expect(overlapping == 0, "\(overlapping) pixels inked by two words")
    }

    @Test func sameSeedSameCloudOtherSeedOtherCloud() throws {
        let first = try WordCloud(Self.counts, options: Self.options(seed: 11))
        let second = try WordCloud(Self.counts, options: Self.options(seed: 11))
        let other = try WordCloud(Self.counts, options: Self.options(seed: 12))
        #expect(first.words == second.words)
        #expect(first.rendered() == second.rendered())
        #expect(first.words.map { [$0.x, $0.y] } != other.words.map { [$0.x, $0.y] })
    }

    @Test func biggerCountsGetBiggerOrEqualFonts() throws {
        let cloud = try WordCloud(Self.counts, options: Self.options())
        let sizes = cloud.words.map(\.fontSize)
        // Placed biggest first; a later word may shrink to fit but never grows past an earlier one.
        #expect(zip(sizes, sizes.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(cloud.words.first?.word == "OpenAI")
    }

    @Test func someWordsAreVerticalAndRotated() throws {
        let cloud = try WordCloud(Self.counts, options: Self.options())
        let vertical = cloud.words.filter(\.isVertical)
        #expect(!vertical.isEmpty)
        #expect(vertical.count < cloud.words.count / 2)
        for word in vertical where word.word.count > 2 && word.word.allSatisfy(\.isASCII) {
            #expect(word.mask.height > word.mask.width, "\(word.word) should stand upright")
        }
    }

    @Test func maxWordsLimitsTheCloud() throws {
        var options = Self.options()
        options.maxWords = 10
        let cloud = try WordCloud(Self.counts, options: options)
        #expect(cloud.words.count <= 10)
        #expect(Set(cloud.words.map(\.word)).isSubset(of: Set(WordCount.ranked(Self.counts).prefix(10).map(\.word))))
    }

    @Test func wordsTheFontCannotDrawAreSkippedNotBoxed() throws {
        let counts = [WordCount("🧵", 50), WordCount("模型", 40), WordCount("agents", 30)]
        let cloud = try WordCloud(counts, options: Self.options())
        #expect(cloud.skippedWords == ["🧵"])
        #expect(Set(cloud.words.map(\.word)) == ["模型", "agents"])
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: CloudError.nothingToDraw("no words to draw: every count is zero or the list is empty.")) {
            try WordCloud([], options: Self.options())
        }
    }

    @Test func badOptionsAreRejected() {
        var options = Self.options()
        options.width = 0
        #expect(throws: CloudError.self) { try WordCloud(Self.counts, options: options) }
    }

    @Test func paintingBlendsWordColoursOverTheBackground() throws {
        var options = Self.options()
        options.background = .black
        let cloud = try WordCloud(Array(Self.counts.prefix(5)), options: options)
        let image = cloud.rendered()
        let word = try #require(cloud.words.first)
        // A fully inked pixel of the first word shows its colour; the corner outside every word is black.
        let full = try #require((0..<word.mask.pixels.count).first { word.mask.pixels[$0] == 255 })
        let (x, y) = (word.x + full % word.mask.width, word.y + full / word.mask.width)
        #expect(image.pixel(x: x, y: y) == word.color)
        var inked = [Bool](repeating: false, count: cloud.width * cloud.height)
        for w in cloud.words {
            for i in 0..<w.mask.pixels.count where w.mask.pixels[i] > 0 {
                inked[(w.y + i / w.mask.width) * cloud.width + w.x + i % w.mask.width] = true
            }
        }
        let blank = try #require(inked.firstIndex(of: false))
        #expect(image.pixel(x: blank % cloud.width, y: blank / cloud.width) == .black)
    }
}

@Suite struct WordCloudInputTests {
    @Test func aWordTooLongForTheCanvasIsSkippedAndTheRestStillDrawn() throws {
        var options = WordCloudTests.options()
        options.minFontSize = 12
        let long = String(repeating: "模型", count: 30)  // 60 characters: within the limit, too wide at 12 px
        let counts = [WordCount("OpenAI", 50), WordCount(long, 40), WordCount("agents", 30), WordCount("开源", 20)]
        let cloud = try WordCloud(counts, options: options)
        #expect(cloud.words.map(\.word) == ["OpenAI", "agents", "开源"])
    }

    @Test func absurdlyLongWordsAreLeftOut() throws {
        let huge = String(repeating: "a", count: 10_000)
        let cloud = try WordCloud([WordCount(huge, 90), WordCount("Claude", 10)], options: WordCloudTests.options())
        #expect(cloud.skippedWords == [huge])
        #expect(cloud.words.map(\.word) == ["Claude"])
    }
}

@Suite struct RequiredWordsTests {
    @Test func requiredWordsAreDrawnAfterTheSizesRunOut() throws {
        var options = WordCloudTests.options()
        options.minFontSize = 10
        // Counts halve word by word: the font size falls below the minimum well before the end.
        let words = ["OpenAI", "Claude", "Gemini", "agents", "开源", "推理", "GLM-4.7", "编程", "Qwen", "算力", "Kimi", "芯片"]
        let counts = words.enumerated().map { WordCount($1, 4096 >> $0) } + [WordCount("具身智能", 1)]
        let plain = try WordCloud(counts, options: options)
        #expect(!plain.words.contains { $0.word == "具身智能" })
        let forced = try WordCloud(counts, options: options, required: ["具身智能"])
        #expect(Array(forced.words.dropLast()) == plain.words)
        let word = try #require(forced.words.last)
        #expect(word.word == "具身智能")
        #expect(word.fontSize >= 10)
        var coverage = [UInt8](repeating: 0, count: 480 * 240)
        for w in forced.words {
            for i in 0..<w.mask.pixels.count where w.mask.pixels[i] > 0 {
                coverage[(w.y + i / w.mask.width) * 480 + w.x + i % w.mask.width] += 1
            }
        }
        #expect(!coverage.contains { $0 > 1 })
    }

    @Test func thePostCloudRequiresTheEditorsInclusions() {
        let counts = [WordCount("OpenAI", 9), WordCount("具身智能", 1), WordCount("Claude", 3)]
        let adjustments = Draft.CloudAdjustments(included: ["具身智能", "openai"])
        #expect(CloudWords.includedWords(in: counts, adjustments: adjustments) == ["具身智能", "OpenAI"])
    }
}
