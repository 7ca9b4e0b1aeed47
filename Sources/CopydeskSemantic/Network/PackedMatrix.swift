internal import CSemanticKernels

/// A weight matrix (`inner` x `cols`, row-major as stored) rearranged once at load into the
/// column panels the matrix product reads front to back.
struct PackedMatrix: Sendable {
    let inner: Int
    let cols: Int
    private let panels: [Float]

    /// Packs the row-major `inner` x `cols` matrix `values` (`cols` a multiple of 16).
    init(_ values: [Float], inner: Int, cols: Int) {
        precondition(values.count == inner * cols && cols % Int(CD_PANEL) == 0)
        self.inner = inner
        self.cols = cols
        panels = [Float](unsafeUninitializedCapacity: values.count) { buffer, initialized in
            values.withUnsafeBufferPointer { cd_pack($0.baseAddress, inner, cols, buffer.baseAddress) }
            initialized = values.count
        }
    }

    /// `c = a · self (+ bias)` for `rows` rows of `a` (row stride `lda`), written with row stride `ldc`.
    func multiply(
        _ a: UnsafePointer<Float>, rows: Int, lda: Int, bias: [Float]? = nil,
        into c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        guard rows > 0 else { return }
        panels.withUnsafeBufferPointer { packed in
            if let bias {
                bias.withUnsafeBufferPointer { cd_matmul(a, rows, inner, lda, packed.baseAddress, cols, $0.baseAddress, c, ldc) }
            } else {
                cd_matmul(a, rows, inner, lda, packed.baseAddress, cols, nil, c, ldc)
            }
        }
    }
}
