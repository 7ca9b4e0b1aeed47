import CSemanticKernels
import Testing
@testable import CopydeskSemantic

/// The matrix product gives the same bits on every machine: the AVX2 path and the portable one
/// compute the same chain of fused multiply-adds.
@Suite struct MatrixProductTests {
    /// Values with many significant bits, from a fixed sequence (a rounding difference would show).
    private func values(_ count: Int, seed: UInt32) -> [Float] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 1_664_525 &+ 1_013_904_223
            return Float(Int32(bitPattern: state >> 8) - (1 << 23)) / Float(1 << 22)
        }
    }

    @Test(arguments: [(1, 7, 16), (7, 40, 32), (13, 300, 48)])
    func bothPathsGiveTheSameBitsAsTheDefinition(rows: Int, inner: Int, cols: Int) {
        let a = values(rows * inner, seed: 1), b = values(inner * cols, seed: 2), bias = values(cols, seed: 3)
        let matrix = PackedMatrix(b, inner: inner, cols: cols)
        var fast = [Float](repeating: .nan, count: rows * cols)
        fast.withUnsafeMutableBufferPointer { c in
            a.withUnsafeBufferPointer { matrix.multiply($0.baseAddress!, rows: rows, lda: inner, bias: bias, into: c.baseAddress!, ldc: cols) }
        }
        var packed = [Float](repeating: 0, count: b.count)
        cd_pack(b, inner, cols, &packed)
        var portable = [Float](repeating: .nan, count: rows * cols)
        cd_matmul_portable(a, rows, inner, inner, packed, cols, bias, &portable, cols)
        // The definition: for each output, fused multiply-adds over k in order, then the bias.
        var expected = [Float](repeating: 0, count: rows * cols)
        for r in 0..<rows {
            for j in 0..<cols {
                var sum: Float = 0
                for k in 0..<inner { sum = sum.addingProduct(a[r * inner + k], b[k * cols + j]) }
                expected[r * cols + j] = sum + bias[j]
            }
        }
        #expect(fast.map(\.bitPattern) == expected.map(\.bitPattern))
        #expect(portable.map(\.bitPattern) == expected.map(\.bitPattern))
    }
}
