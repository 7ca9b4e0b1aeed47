/// Which canvas pixels already carry ink, with summed-area tables (integral images) over them.
///
/// Three views of one grid: a bitset answers "is this box free?" exactly, stopping at the first
/// inked word of 64 pixels; a summed-area table over 4×4 cells lets the scan that looks for every
/// free spot rule out most of the canvas in O(1) per cell block; a pixel summed-area table serves
/// the scan for boxes too small for whole cells. Tables are rebuilt lazily, only below (and, for
/// pixels, right of) what was inked since the last scan.
struct OccupancyMap {
    let width: Int
    let height: Int
    private let wordsPerRow: Int
    private var bits: [UInt64]
    private var cells: [UInt8]
    /// (width + 1) × (height + 1); entry (x, y) sums cells above and left of it.
    private var table: [UInt32]
    /// The first column and row whose table entries are stale (nil: all fresh).
    private var staleFrom: (x: Int, y: Int)?
    /// Side of the coarse cells, in pixels.
    static let cell = 4
    private let coarseWidth: Int
    private let coarseHeight: Int
    /// 1 where a whole cell (only whole cells: edge remainders are left out) holds any ink.
    private var coarseCells: [UInt8]
    private var coarseTable: [UInt32]
    /// The first cell row whose coarse table rows are stale (nil: all fresh).
    private var coarseStaleRow: Int?

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        wordsPerRow = (width + 63) / 64
        bits = [UInt64](repeating: 0, count: wordsPerRow * height)
        cells = [UInt8](repeating: 0, count: width * height)
        table = [UInt32](repeating: 0, count: (width + 1) * (height + 1))
        coarseWidth = width / Self.cell
        coarseHeight = height / Self.cell
        coarseCells = [UInt8](repeating: 0, count: coarseWidth * coarseHeight)
        coarseTable = [UInt32](repeating: 0, count: (coarseWidth + 1) * (coarseHeight + 1))
    }

    /// Marks the mask's inked pixels, placed with its top-left corner at (x, y), as occupied.
    mutating func occupy(_ mask: GlyphMask, x: Int, y: Int) {
        let width = self.width, wordsPerRow = self.wordsPerRow
        mask.pixels.withUnsafeBufferPointer { source in
            bits.withUnsafeMutableBufferPointer { bits in
                cells.withUnsafeMutableBufferPointer { cells in
                    for row in 0..<mask.height {
                        let cy = y + row
                        for column in 0..<mask.width where source[row * mask.width + column] != 0 {
                            let cx = x + column
                            cells[cy * width + cx] = 1
                            bits[cy * wordsPerRow + (cx >> 6)] |= 1 << UInt64(cx & 63)
                            let cellX = cx / Self.cell, cellY = cy / Self.cell
                            if cellX < coarseWidth, cellY < coarseHeight { coarseCells[cellY * coarseWidth + cellX] = 1 }
                        }
                    }
                }
            }
        }
        coarseStaleRow = min(coarseStaleRow ?? Int.max, y / Self.cell)
        let stale = staleFrom ?? (x, y)
        staleFrom = (min(stale.x, x), min(stale.y, y))
    }

    /// Whether the w×h box at (x, y) holds no ink; the box must lie on the canvas.
    func isFree(x: Int, y: Int, width w: Int, height h: Int) -> Bool {
        let firstWord = x >> 6, lastWord = (x + w - 1) >> 6
        let firstMask = UInt64.max << UInt64(x & 63)
        let lastMask = UInt64.max >> UInt64(63 - ((x + w - 1) & 63))
        return bits.withUnsafeBufferPointer { bits in
            for row in y..<(y + h) {
                let base = row * wordsPerRow
                if firstWord == lastWord {
                    if bits[base + firstWord] & firstMask & lastMask != 0 { return false }
                    continue
                }
                if bits[base + firstWord] & firstMask != 0 || bits[base + lastWord] & lastMask != 0 { return false }
                var word = firstWord + 1
                while word < lastWord {
                    if bits[base + word] != 0 { return false }
                    word += 1
                }
            }
            return true
        }
    }

    /// A position where a w×h box fits, uniform among all of them (given a uniform `pick(n)` in
    /// 0..<n); nil when the box fits nowhere.
    ///
    /// A coarse pass over the cells' summed-area table first: a box that fits at (x, y) contains
    /// the free block of cells starting at (⌈x/cell⌉, ⌈y/cell⌉), so when no free block exists the
    /// box fits nowhere, and otherwise only the pixel positions that free blocks allow are
    /// candidates. Candidates are then guessed at random and checked exactly on the bitset
    /// (rejection sampling keeps the choice uniform), and all checked only when guessing fails.
    ///
    /// - Complexity: O(width × height / cell²) for the coarse pass, plus the exact checks.
    mutating func freePosition(width w: Int, height h: Int, pick: (Int) -> Int) -> (x: Int, y: Int)? {
        guard w <= width, h <= height, w > 0, h > 0 else { return nil }
        let cell = Self.cell
        let blockWidth = (w - cell + 1) / cell, blockHeight = (h - cell + 1) / cell
        guard blockWidth > 0, blockHeight > 0 else { return exactFreePosition(width: w, height: h, pick: pick) }
        refreshCoarse()
        let columns = width - w + 1, rows = height - h + 1
        let coarseStride = coarseWidth + 1
        // Candidate rectangles of pixel positions, one per free block, with running totals.
        var areas: [(x: Int32, y: Int32, width: Int32, height: Int32)] = []
        var ends: [Int] = []
        var total = 0
        coarseTable.withUnsafeBufferPointer { coarse in
            let coarse = coarse.baseAddress!
            for cy in 0...(coarseHeight - blockHeight) {
                let top = coarse + cy * coarseStride, bottom = top + blockHeight * coarseStride
                let firstY = max(0, (cy - 1) * cell + 1), lastY = min(cy * cell, rows - 1)
                if firstY > lastY { continue }
                for cx in 0...(coarseWidth - blockWidth)
                where top[cx] &+ bottom[cx + blockWidth] &- top[cx + blockWidth] &- bottom[cx] == 0 {
                    let firstX = max(0, (cx - 1) * cell + 1), lastX = min(cx * cell, columns - 1)
                    if firstX > lastX { continue }
                    let area = (Int32(firstX), Int32(firstY), Int32(lastX - firstX + 1), Int32(lastY - firstY + 1))
                    areas.append(area)
                    total += Int(area.2) * Int(area.3)
                    ends.append(total)
                }
            }
        }
        guard total > 0 else { return nil }
        func position(_ index: Int) -> (x: Int, y: Int) {
            // The first area whose running total passes the index.
            var low = 0, high = ends.count - 1
            while low < high {
                let middle = (low + high) / 2
                if ends[middle] > index { high = middle } else { low = middle + 1 }
            }
            let area = areas[low], offset = index - (ends[low] - Int(area.width) * Int(area.height))
            return (Int(area.x) + offset % Int(area.width), Int(area.y) + offset / Int(area.width))
        }
        for _ in 0..<Self.candidateGuesses {
            let spot = position(pick(total))
            if isFree(x: spot.x, y: spot.y, width: w, height: h) { return spot }
        }
        var hits: [(x: Int32, y: Int32)] = []
        for area in areas {
            for y in area.y..<(area.y + area.height) {
                for x in area.x..<(area.x + area.width) where isFree(x: Int(x), y: Int(y), width: w, height: h) {
                    hits.append((x, y))
                }
            }
        }
        guard !hits.isEmpty else { return nil }
        let hit = hits[pick(hits.count)]
        return (Int(hit.x), Int(hit.y))
    }

    /// Random candidates checked before checking them all.
    static let candidateGuesses = 32

    /// The exhaustive scan for boxes too small for the coarse pass, row-major.
    private mutating func exactFreePosition(width w: Int, height h: Int, pick: (Int) -> Int) -> (x: Int, y: Int)? {
        refreshTable()
        let stride = width + 1
        let columns = width - w + 1, rows = height - h + 1
        var perRow = [Int](repeating: 0, count: rows)
        var total = 0
        table.withUnsafeBufferPointer { table in
            for y in 0..<rows {
                let top = table.baseAddress! + y * stride
                let bottom = top + h * stride
                var hits = 0
                for x in 0..<columns {
                    let area = top[x] &+ bottom[x + w] &- top[x + w] &- bottom[x]
                    hits &+= area == 0 ? 1 : 0
                }
                perRow[y] = hits
                total += hits
            }
        }
        guard total > 0 else { return nil }
        var goal = pick(total)
        for y in 0..<rows {
            if goal >= perRow[y] {
                goal -= perRow[y]
                continue
            }
            return table.withUnsafeBufferPointer { table in
                let top = table.baseAddress! + y * stride
                let bottom = top + h * stride
                for x in 0..<columns where top[x] &+ bottom[x + w] &- top[x + w] &- bottom[x] == 0 {
                    if goal == 0 { return (x, y) }
                    goal -= 1
                }
                return nil
            }
        }
        return nil
    }

    /// Rebuilds the coarse table from the first stale cell row down: cell (cx, cy) counts 1 when
    /// any pixel in it is inked.
    private mutating func refreshCoarse() {
        guard let firstRow = coarseStaleRow else { return }
        coarseStaleRow = nil
        let stride = coarseWidth + 1, coarseWidth = self.coarseWidth
        coarseCells.withUnsafeBufferPointer { cells in
            coarseTable.withUnsafeMutableBufferPointer { table in
                let cells = cells.baseAddress!, table = table.baseAddress!
                for cy in firstRow..<coarseHeight {
                    var running: UInt32 = 0
                    let source = cells + cy * coarseWidth, above = table + cy * stride + 1, row = above + stride
                    for cx in 0..<coarseWidth {
                        running &+= UInt32(source[cx])
                        row[cx] = above[cx] &+ running
                    }
                }
            }
        }
    }

    /// Recomputes the table entries right of and below the first stale pixel.
    private mutating func refreshTable() {
        guard let stale = staleFrom else { return }
        staleFrom = nil
        let stride = width + 1, width = self.width, height = self.height
        cells.withUnsafeBufferPointer { cells in
            table.withUnsafeMutableBufferPointer { table in
                // Entry (X, Y) for X > stale.x, Y > stale.y changes; entries left of it do not.
                for y in (stale.y + 1)...height {
                    let row = y * stride, above = row - stride
                    var running = table[row + stale.x] &- table[above + stale.x]
                    let cellRow = (y - 1) * width
                    for x in (stale.x + 1)...width {
                        running &+= UInt32(cells[cellRow + x - 1])
                        table[row + x] = table[above + x] &+ running
                    }
                }
            }
        }
    }
}
