import Foundation

extension EncoderWeights {
    /// The vectors of a batch of tokenised texts (each with its begin and end ids), written one
    /// after another into `out` (`outputWidth` floats each).
    ///
    /// The batch's pieces run through the layers as one matrix (each weight matrix is read once per
    /// batch, not once per text); the n-gram windows stop at each text's ends, so a text's vector
    /// does not depend on the batch it was in, and every sum runs in one order: the same bits on
    /// every run.
    func encodeBatch(_ texts: ArraySlice<[Int32]>, into out: UnsafeMutablePointer<Float>) {
        let e = Self.embeddingWidth, b = Self.branchWidth, f = Self.featureWidth
        let tokens = texts.reduce(0) { $0 + $1.count }
        guard tokens > 0 else { return }
        // For each piece, the range of positions of its own text (its windows stop there).
        var bounds = [Range<Int>]()
        bounds.reserveCapacity(tokens)
        var starts: [Int] = []
        for text in texts {
            let range = bounds.count..<(bounds.count + text.count)
            starts.append(range.lowerBound)
            bounds.append(contentsOf: repeatElement(range, count: text.count))
        }

        let features = Workspace(tokens * f)  // [embedding | branch 2 | branch 3 | branch 5]
        let branches = Workspace(tokens * 3 * b)
        let windows = Workspace(tokens * 5 * b)
        let hidden = Workspace(tokens * b)
        defer { [features, branches, windows, hidden].forEach { $0.free() } }

        // The pieces' embeddings, dequantised.
        var position = 0
        for text in texts {
            for id in text {
                let piece = Int(id) < vocabularySize ? Int(id) : 0
                let block = piece % Self.quantisationBlocks
                let row = tableRow(piece), scale = self.scale[block], low = self.low[block]
                let target = features.base + position * f
                for j in 0..<e { target[j] = Float(row[j]) * scale + low }
                position += 1
            }
        }

        projection.multiply(features.base, rows: tokens, lda: f, bias: projectionBias, into: branches.base, ldc: 3 * b)
        Self.layerNorm(branches.base, rows: tokens, width: 3 * b, stride: 3 * b, gamma: branchGamma, beta: branchBeta, epsilon: epsilon)

        for (index, branch) in Self.branches.enumerated() {
            let input = branches.base + index * b
            // Two residual convolutions: h = relu(windows(x) W1 + b1) + x, c = relu(windows(h) W2 + b2) + h.
            Self.gatherWindows(input, stride: 3 * b, width: b, order: branch.order, left: branch.left, bounds: bounds, into: windows.base)
            first[index].multiply(windows.base, rows: tokens, lda: branch.order * b, bias: firstBias[index], into: hidden.base, ldc: b)
            Self.reluAdd(hidden.base, stride: b, residual: input, residualStride: 3 * b, rows: tokens, width: b)
            Self.gatherWindows(hidden.base, stride: b, width: b, order: branch.order, left: branch.left, bounds: bounds, into: windows.base)
            let output = features.base + e + index * b
            second[index].multiply(windows.base, rows: tokens, lda: branch.order * b, bias: secondBias[index], into: output, ldc: f)
            Self.reluAdd(output, stride: f, residual: hidden.base, residualStride: b, rows: tokens, width: b)
        }
        Self.layerNorm(features.base, rows: tokens, width: f, stride: f, gamma: gamma, beta: beta, epsilon: epsilon)
        pool(features: features.base, starts: starts, tokens: tokens, into: out)
    }

    /// Sums each text's features, projects the sums (the projection is linear, so this is the mean
    /// of the projected pieces times √pieces) and runs the feed-forward head into unit vectors.
    private func pool(features: UnsafeMutablePointer<Float>, starts: [Int], tokens: Int, into out: UnsafeMutablePointer<Float>) {
        let f = Self.featureWidth, o = Self.outputWidth, h = Self.hiddenWidth, count = starts.count
        let sums = Workspace(count * f), pooled = Workspace(count * o)
        let y0 = Workspace(count * h), y1 = Workspace(count * h), y2 = Workspace(count * o), scratch = Workspace(count * o)
        defer { [sums, pooled, y0, y1, y2, scratch].forEach { $0.free() } }
        for (text, start) in starts.enumerated() {
            let end = text + 1 < count ? starts[text + 1] : tokens
            let sum = sums.base + text * f
            sum.update(repeating: 0, count: f)
            for row in start..<end {
                let source = features + row * f
                for j in 0..<f { sum[j] += source[j] }
            }
        }
        pool.multiply(sums.base, rows: count, lda: f, into: pooled.base, ldc: o)
        for (text, start) in starts.enumerated() {
            let length = Float((text + 1 < count ? starts[text + 1] : tokens) - start)
            let row = pooled.base + text * o, norm = 1 / length.squareRoot()
            for j in 0..<o { row[j] = (row[j] + length * poolBias[j]) * norm }
        }
        d0.multiply(pooled.base, rows: count, lda: o, into: y0.base, ldc: h)
        Self.relu(y0.base, count: count * h)
        p1.multiply(pooled.base, rows: count, lda: o, into: y1.base, ldc: h)
        d1.multiply(y0.base, rows: count, lda: h, into: scratch.base, ldc: h)
        Self.add(scratch.base, to: y1.base, count: count * h)
        Self.relu(y1.base, count: count * h)
        d2.multiply(y1.base, rows: count, lda: h, into: y2.base, ldc: o)
        Self.relu(y2.base, count: count * o)
        p3.multiply(y1.base, rows: count, lda: h, into: out, ldc: o)
        d3.multiply(y2.base, rows: count, lda: o, into: scratch.base, ldc: o)
        Self.add(scratch.base, to: out, count: count * o)
        for text in 0..<count {
            let row = out + text * o
            var squares: Float = 0
            for j in 0..<o {
                row[j] = tanhf(row[j])
                squares += row[j] * row[j]
            }
            let norm = 1 / max(squares, epsilon).squareRoot()
            for j in 0..<o { row[j] *= norm }
        }
    }
}

// The elementwise steps, as plain loops over contiguous floats (the optimiser vectorises them).
extension EncoderWeights {
    /// A scratch buffer of floats, freed by its owner.
    struct Workspace {
        let base: UnsafeMutablePointer<Float>
        init(_ count: Int) { base = .allocate(capacity: max(count, 1)) }
        func free() { base.deallocate() }
    }

    /// Normalises each row's first `width` floats to mean 0 and variance 1, then scales and shifts.
    static func layerNorm(
        _ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, stride: Int, gamma: [Float], beta: [Float], epsilon: Float
    ) {
        gamma.withUnsafeBufferPointer { gamma in
            beta.withUnsafeBufferPointer { beta in
                for r in 0..<rows {
                    let row = x + r * stride
                    var sum: Float = 0
                    for j in 0..<width { sum += row[j] }
                    let mean = sum / Float(width)
                    var squares: Float = 0
                    for j in 0..<width {
                        row[j] -= mean
                        squares += row[j] * row[j]
                    }
                    let scale = 1 / (squares / Float(width) + epsilon).squareRoot()
                    for j in 0..<width { row[j] = row[j] * scale * gamma[j] + beta[j] }
                }
            }
        }
    }

    /// Row t of `windows` is rows t-left ... t-left+order-1 of `x` side by side, zeros where a
    /// window reaches past the ends of t's own text.
    static func gatherWindows(
        _ x: UnsafePointer<Float>, stride: Int, width: Int, order: Int, left: Int, bounds: [Range<Int>],
        into windows: UnsafeMutablePointer<Float>
    ) {
        for t in bounds.indices {
            let target = windows + t * order * width
            for w in 0..<order {
                let source = t - left + w
                if bounds[t].contains(source) {
                    (target + w * width).update(from: x + source * stride, count: width)
                } else {
                    (target + w * width).update(repeating: 0, count: width)
                }
            }
        }
    }

    /// x = max(x, 0) + residual, row by row.
    static func reluAdd(
        _ x: UnsafeMutablePointer<Float>, stride: Int, residual: UnsafePointer<Float>, residualStride: Int, rows: Int, width: Int
    ) {
        for r in 0..<rows {
            let row = x + r * stride, add = residual + r * residualStride
            for j in 0..<width { row[j] = max(row[j], 0) + add[j] }
        }
    }

    static func relu(_ x: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { x[i] = max(x[i], 0) }
    }

    static func add(_ x: UnsafePointer<Float>, to y: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { y[i] += x[i] }
    }
}
