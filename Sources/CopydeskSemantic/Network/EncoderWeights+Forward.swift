import Foundation

extension EncoderWeights {
    /// The vectors of a batch of tokenised texts (each with its begin and end ids), written one
    /// after another into `out` (`outputWidth` floats each); `inputs` holds every piece's inputs.
    ///
    /// The batch's pieces run through the layers as one matrix (each weight matrix is read once per
    /// batch, not once per text); the n-gram windows stop at each text's ends, so a text's vector
    /// does not depend on the batch it was in, and every sum runs in one order: the same bits on
    /// every run.
    func encodeBatch(
        _ texts: ArraySlice<[Int32]>, inputs: PieceInputs, scratch: Scratch, into out: UnsafeMutablePointer<Float>
    ) {
        let e = Self.embeddingWidth, b = Self.branchWidth, f = Self.featureWidth, width = PieceInputs.width
        let tokens = texts.reduce(0) { $0 + $1.count }
        guard tokens > 0 else { return }
        // Per piece: the range of positions of its own text (its windows stop there) and its row
        // among the batch's distinct pieces.
        var bounds = [Range<Int>](), local = [Int](), starts: [Int] = []
        bounds.reserveCapacity(tokens)
        local.reserveCapacity(tokens)
        var localOf = [Int: Int](), distinct: [Int32] = []
        for text in texts {
            let range = bounds.count..<(bounds.count + text.count)
            starts.append(range.lowerBound)
            bounds.append(contentsOf: repeatElement(range, count: text.count))
            for id in text {
                if let row = localOf[Int(id)] {
                    local.append(row)
                } else {
                    localOf[Int(id)] = distinct.count
                    local.append(distinct.count)
                    distinct.append(id)
                }
            }
        }

        let features = scratch.floats(0, tokens * f)  // [embedding | branch 2 | branch 3 | branch 5]
        let pieceInputs = scratch.floats(1, distinct.count * width)
        let placed = scratch.floats(2, distinct.count * 5 * b)
        let windows = scratch.floats(3, tokens * 5 * b)
        let hidden = scratch.floats(4, tokens * b)

        var position = 0
        for text in texts {
            for id in text {
                dequantise(id, into: features + position * f)
                position += 1
            }
        }
        for (index, id) in distinct.enumerated() {
            (pieceInputs + index * width).update(from: inputs.rows + inputs.row(id) * width, count: width)
        }

        for (index, branch) in Self.branches.enumerated() {
            let order = branch.order
            // h = relu(windows(x) W1 + b1) + x, as the sum over a window's places of each piece's
            // own product with that place's block of W1 (computed once per distinct piece).
            firstByPlace[index].multiply(pieceInputs + index * b, rows: distinct.count, lda: width, into: placed, ldc: order * b)
            for t in 0..<tokens {
                let h = hidden + t * b
                h.update(repeating: 0, count: b)
                for place in 0..<order {
                    let source = t - branch.left + place
                    guard bounds[t].contains(source) else { continue }
                    let part = placed + local[source] * order * b + place * b
                    for j in 0..<b { h[j] += part[j] }
                }
                let bias = firstBias[index], x = pieceInputs + local[t] * width + index * b
                for j in 0..<b { h[j] = max(h[j] + bias[j], 0) + x[j] }
            }
            // c = relu(windows(h) W2 + b2) + h, into the features.
            Self.gatherWindows(hidden, stride: b, width: b, order: order, left: branch.left, bounds: bounds, into: windows)
            let output = features + e + index * b
            second[index].multiply(windows, rows: tokens, lda: order * b, bias: secondBias[index], into: output, ldc: f)
            Self.reluAdd(output, stride: f, residual: hidden, residualStride: b, rows: tokens, width: b)
        }
        Self.layerNorm(features, rows: tokens, width: f, stride: f, gamma: gamma, beta: beta, epsilon: epsilon)
        pool(features: features, starts: starts, tokens: tokens, scratch: scratch, into: out)
    }

    /// Sums each text's features, projects the sums (the projection is linear, so this is the mean
    /// of the projected pieces times √pieces) and runs the feed-forward head into unit vectors.
    private func pool(
        features: UnsafeMutablePointer<Float>, starts: [Int], tokens: Int, scratch: Scratch, into out: UnsafeMutablePointer<Float>
    ) {
        let f = Self.featureWidth, o = Self.outputWidth, h = Self.hiddenWidth, count = starts.count
        let sums = scratch.floats(5, count * f), pooled = scratch.floats(6, count * o), y0 = scratch.floats(7, count * h)
        let y1 = scratch.floats(8, count * h), y2 = scratch.floats(9, count * o), product = scratch.floats(10, count * o)
        for (text, start) in starts.enumerated() {
            let end = text + 1 < count ? starts[text + 1] : tokens
            let sum = sums + text * f
            sum.update(repeating: 0, count: f)
            for row in start..<end {
                let source = features + row * f
                for j in 0..<f { sum[j] += source[j] }
            }
        }
        pool.multiply(sums, rows: count, lda: f, into: pooled, ldc: o)
        for (text, start) in starts.enumerated() {
            let length = Float((text + 1 < count ? starts[text + 1] : tokens) - start)
            let row = pooled + text * o, norm = 1 / length.squareRoot()
            for j in 0..<o { row[j] = (row[j] + length * poolBias[j]) * norm }
        }
        d0.multiply(pooled, rows: count, lda: o, into: y0, ldc: h)
        Self.relu(y0, count: count * h)
        p1.multiply(pooled, rows: count, lda: o, into: y1, ldc: h)
        d1.multiply(y0, rows: count, lda: h, into: product, ldc: h)
        Self.add(product, to: y1, count: count * h)
        Self.relu(y1, count: count * h)
        d2.multiply(y1, rows: count, lda: h, into: y2, ldc: o)
        Self.relu(y2, count: count * o)
        p3.multiply(y1, rows: count, lda: h, into: out, ldc: o)
        d3.multiply(y2, rows: count, lda: o, into: product, ldc: o)
        Self.add(product, to: out, count: count * o)
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
