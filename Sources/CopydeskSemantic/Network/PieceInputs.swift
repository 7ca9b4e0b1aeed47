import CopydeskCore

/// The part of the network that depends on one piece alone, computed once per distinct piece of
/// an `encode` call: its embedding projected to the three branches' inputs and layer-normed (768
/// floats a piece; tweets repeat their pieces, 41 a tweet but about 7 distinct pieces a tweet over
/// a day).
final class PieceInputs: @unchecked Sendable {
    /// The distinct pieces, ascending; row r of `rows` belongs to `pieces[r]`.
    let pieces: [Int32]
    let rows: UnsafeMutablePointer<Float>
    /// For each piece id of the vocabulary, its row, or -1.
    private let rowOf: [Int32]
    static let width = 3 * EncoderWeights.branchWidth

    /// The inputs of every piece in `texts`, computed on all cores.
    init(_ texts: [[Int32]], weights: EncoderWeights) {
        var rowOf = [Int32](repeating: -1, count: weights.vocabularySize)
        for text in texts {
            for id in text where rowOf[Int(id)] < 0 { rowOf[Int(id)] = 0 }
        }
        var pieces: [Int32] = []
        for id in rowOf.indices where rowOf[id] == 0 {
            rowOf[id] = Int32(pieces.count)
            pieces.append(Int32(id))
        }
        self.pieces = pieces
        self.rowOf = rowOf
        rows = .allocate(capacity: max(1, pieces.count * Self.width))
        let out = rows
        Parallel.forEachChunk(pieces.count, grain: 256) { range in
            let embeddings = UnsafeMutablePointer<Float>.allocate(capacity: range.count * EncoderWeights.embeddingWidth)
            defer { embeddings.deallocate() }
            weights.projectPieces(pieces[range], embeddings: embeddings, into: out + range.lowerBound * Self.width)
        }
    }

    deinit { rows.deallocate() }

    /// Piece `id`'s row (`id` must be one of `pieces`).
    func row(_ id: Int32) -> Int { Int(rowOf[Int(id)]) }
}

extension EncoderWeights {
    /// The pieces' embeddings, dequantised.
    func dequantise(_ id: Int32, into target: UnsafeMutablePointer<Float>) {
        let piece = Int(id)
        let block = piece % Self.quantisationBlocks
        let row = tableRow(piece), scale = self.scale[block], low = self.low[block]
        for j in 0..<Self.embeddingWidth { target[j] = Float(row[j]) * scale + low }
    }

    /// The branches' inputs of `pieces`: their embeddings (dequantised into `embeddings`, room for
    /// 512 floats a piece) projected to 768 and layer-normed.
    func projectPieces(_ pieces: ArraySlice<Int32>, embeddings: UnsafeMutablePointer<Float>, into out: UnsafeMutablePointer<Float>) {
        let e = Self.embeddingWidth
        for (index, id) in pieces.enumerated() { dequantise(id, into: embeddings + index * e) }
        let width = PieceInputs.width
        projection.multiply(embeddings, rows: pieces.count, lda: e, bias: projectionBias, into: out, ldc: width)
        Self.layerNorm(out, rows: pieces.count, width: width, stride: width, gamma: branchGamma, beta: branchBeta, epsilon: epsilon)
    }
}
