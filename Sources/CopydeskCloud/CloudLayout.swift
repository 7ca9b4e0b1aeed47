import CopydeskCore

/// Lays words out in the manner of Python wordcloud's `generate_from_frequencies`, faster.
///
/// As there: words go biggest first; each font size follows from the previous one and the
/// frequency ratio (relative scaling); a word's box plus margin must hold no ink of earlier words
/// (their real glyph masks, not their boxes); a word that fits nowhere is tried in the other
/// orientation, then smaller; the position is uniform among all free ones; the run stops when a
/// word would go below the minimum size.
///
/// Faster than there, where every attempt scans the whole canvas: a position is first guessed at
/// random and checked against a bitset (rejection sampling, so still uniform over the free
/// positions); only when guesses fail does `OccupancyMap` scan, over a summed-area table of 4×4
/// cells that rules out most of the canvas at once; a word that fits nowhere shrinks by a
/// galloping then binary search over sizes instead of one size per scan; and a word's box is
/// predicted from a small render, so hopeless sizes are never drawn.
struct CloudLayout {
    var options: CloudOptions
    let typeface: Typeface
    /// Random guesses before the exhaustive scan: nearly always enough while ≥ 1% of positions are free.
    var guesses = 300

    /// A word's mask at a size and orientation, and where its top-left corner goes.
    private struct Placement {
        var mask: GlyphMask
        var x: Int
        var y: Int
    }

    /// A word and its ink box at `unitSize`, to predict its box at any size without drawing it.
    private struct Sized {
        static let unitSize = 24
        var text: String
        var unitWidth: Int
        var unitHeight: Int

        /// The box at `size` by proportion (glyph boxes grow about linearly with size; callers allow slack).
        func estimate(_ size: Int) -> (width: Int, height: Int) {
            (unitWidth * size / Self.unitSize, unitHeight * size / Self.unitSize)
        }
    }

    /// Lays out the words biggest first; `required` words (the editor's inclusions) that the main
    /// pass left out because the canvas filled are then squeezed in at the smallest sizes that fit.
    func layout(_ ranked: [WordCount], required: Set<String> = [], random: inout SeededRandom) throws(CloudError) -> [PlacedWord] {
        let words = Array(ranked.prefix(options.maxWords))
        guard let top = words.first, top.count > 0 else { throw .nothingToDraw("no words to draw.") }
        var fontSize: Int
        if let maxFontSize = options.maxFontSize {
            fontSize = maxFontSize
        } else if words.count == 1 {
            fontSize = options.height
        } else {
            // As wordcloud does: lay out the top two words at up to the canvas height, then start
            // from the harmonic mean of the sizes they got.
            var probe = self
            probe.options.maxFontSize = options.height
            let sizes = try probe.layout(Array(words.prefix(2)), random: &random).map(\.fontSize)
            guard let first = sizes.first else {
                throw .nothingToDraw("no word fits on a \(options.width)×\(options.height) canvas.")
            }
            fontSize = sizes.count == 2 ? 2 * sizes[0] * sizes[1] / (sizes[0] + sizes[1]) : first
        }

        var occupancy = OccupancyMap(width: options.width, height: options.height)
        var placed: [PlacedWord] = []
        var lastFrequency = 1.0
        let maxCount = Double(top.count)
        let scaling = options.relativeScaling
        for entry in words where entry.count > 0 {
            let frequency = Double(entry.count) / maxCount
            if scaling != 0 {
                fontSize = Int(((scaling * frequency / lastFrequency + (1 - scaling)) * Double(fontSize)).rounded(.toNearestOrEven))
            }
            if fontSize < options.minFontSize { break }
            let vertical = !(random.unit() < options.preferHorizontal)
            let unit = typeface.render(entry.word, pixelSize: Sized.unitSize)
            if unit.width == 0 || unit.height == 0 { continue }  // no ink (spaces only): nothing to place
            let word = Sized(text: entry.word, unitWidth: unit.width, unitHeight: unit.height)
            var found = place(word, size: fontSize, vertical: vertical, on: &occupancy, random: &random).map { ($0, vertical) }
            if found == nil, options.preferHorizontal < 1 {
                found = place(word, size: fontSize, vertical: !vertical, on: &occupancy, random: &random).map { ($0, !vertical) }
            }
            if found == nil {
                if let (size, placement) = largestFit(word, below: fontSize, on: &occupancy, random: &random) {
                    fontSize = size
                    found = (placement, false)
                } else if fitsCanvas(typeface.render(word.text, pixelSize: options.minFontSize)) {
                    break  // the canvas is full, as wordcloud stops
                } else {
                    continue  // this word is too long for the canvas even at the smallest size: skip it alone
                }
            }
            guard let (placement, isVertical) = found else { break }
            occupancy.occupy(placement.mask, x: placement.x, y: placement.y)
            let color = options.colormap.color(at: random.unit()).ensuringContrast(options.minContrast, against: options.background)
            placed.append(PlacedWord(
                word: entry.word, count: entry.count, fontSize: fontSize, x: placement.x, y: placement.y,
                isVertical: isVertical, mask: placement.mask, color: color))
            lastFrequency = frequency
        }
        let done = Set(placed.map(\.word))
        for entry in words where required.contains(entry.word) && !done.contains(entry.word) {
            let unit = typeface.render(entry.word, pixelSize: Sized.unitSize)
            if unit.width == 0 || unit.height == 0 { continue }
            let word = Sized(text: entry.word, unitWidth: unit.width, unitHeight: unit.height)
            let size = max(fontSize, options.minFontSize)
            let fit = place(word, size: size, vertical: false, on: &occupancy, random: &random).map { (size, $0) }
                ?? largestFit(word, below: size, on: &occupancy, random: &random)
            guard let (fitSize, placement) = fit else { continue }
            occupancy.occupy(placement.mask, x: placement.x, y: placement.y)
            placed.append(PlacedWord(
                word: entry.word, count: entry.count, fontSize: fitSize, x: placement.x, y: placement.y,
                isVertical: false, mask: placement.mask,
                color: options.colormap.color(at: random.unit()).ensuringContrast(options.minContrast, against: options.background)))
        }
        return placed
    }

    /// The largest horizontal size below `size` (and at least the minimum) at which the word fits.
    ///
    /// Fitting is monotone in size (a smaller box fits wherever a bigger one does), so a galloping
    /// search down from `size` then a binary search finds what wordcloud's one-step loop finds.
    private func largestFit(
        _ word: Sized, below size: Int, on occupancy: inout OccupancyMap, random: inout SeededRandom
    ) -> (Int, Placement)? {
        var tooBig = size  // known not to fit
        // A word far bigger than the canvas (the top words' trial run starts at the canvas
        // height) need not be tried at every size on the way down: scale straight to the canvas.
        let box = word.estimate(size)
        let scale = min(Double(options.width - options.margin) / Double(max(box.width, 1)),
                        Double(options.height - options.margin) / Double(max(box.height, 1)))
        let guess = Int(Double(size) * scale) + 2
        if scale < 0.9, guess < size, guess > options.minFontSize, !fitsCanvas(typeface.render(word.text, pixelSize: guess)) {
            tooBig = guess
        }
        var step = 1
        var best: (Int, Placement)?
        while best == nil {
            let probe = max(tooBig - step, options.minFontSize)
            if probe >= tooBig { return nil }
            if let placement = place(word, size: probe, vertical: false, on: &occupancy, random: &random) {
                best = (probe, placement)
            } else {
                tooBig = probe
                step *= 2
            }
        }
        guard var (low, placement) = best else { return nil }
        var high = tooBig - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if let candidate = place(word, size: middle, vertical: false, on: &occupancy, random: &random) {
                low = middle
                placement = candidate
            } else {
                high = middle - 1
            }
        }
        return (low, placement)
    }

    /// Whether the mask plus margin fits on an empty canvas.
    private func fitsCanvas(_ mask: GlyphMask) -> Bool {
        mask.width + options.margin <= options.width && mask.height + options.margin <= options.height
    }

    /// A free spot for the word at this size and orientation, uniform among all free spots; nil if none.
    private func place(
        _ word: Sized, size: Int, vertical: Bool, on occupancy: inout OccupancyMap, random: inout SeededRandom
    ) -> Placement? {
        // Far too big for the canvas: say so without drawing a huge mask.
        let estimate = word.estimate(size)
        let (across, down) = vertical ? (estimate.height, estimate.width) : (estimate.width, estimate.height)
        if across > options.width + options.width / 4 + 8 || down > options.height + options.height / 4 + 8 { return nil }
        var mask = typeface.render(word.text, pixelSize: size)
        if mask.width == 0 || mask.height == 0 { return nil }
        if vertical { mask = mask.rotatedCounterClockwise() }
        let boxWidth = mask.width + options.margin, boxHeight = mask.height + options.margin
        guard boxWidth <= options.width, boxHeight <= options.height else { return nil }
        let inset = options.margin / 2
        for _ in 0..<guesses {
            let x = random.below(options.width - boxWidth + 1)
            let y = random.below(options.height - boxHeight + 1)
            if occupancy.isFree(x: x, y: y, width: boxWidth, height: boxHeight) {
                return Placement(mask: mask, x: x + inset, y: y + inset)
            }
        }
        guard let spot = occupancy.freePosition(width: boxWidth, height: boxHeight, pick: { random.below($0) }) else { return nil }
        return Placement(mask: mask, x: spot.x + inset, y: spot.y + inset)
    }
}
