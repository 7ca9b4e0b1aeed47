import Foundation

/// Scratch buffers a worker reuses from batch to batch (fresh large allocations cost page faults).
final class Scratch {
    private var buffers: [(base: UnsafeMutablePointer<Float>, count: Int)] = []

    /// Buffer `slot`, with room for at least `count` floats (its contents are left over).
    func floats(_ slot: Int, _ count: Int) -> UnsafeMutablePointer<Float> {
        while buffers.count <= slot { buffers.append((.allocate(capacity: 1), 1)) }
        if buffers[slot].count < count {
            buffers[slot].base.deallocate()
            buffers[slot] = (.allocate(capacity: count), count)
        }
        return buffers[slot].base
    }

    deinit { buffers.forEach { $0.base.deallocate() } }
}

// The elementwise steps, as plain loops over contiguous floats (the optimiser vectorises them).
extension EncoderWeights {
    /// Normalises each row's first `width` floats (a multiple of 8) to mean 0 and variance 1, then
    /// scales and shifts. The sums run in eight lanes (one long chain of additions would wait on
    /// each one), always in the same order.
    static func layerNorm(
        _ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, stride: Int, gamma: [Float], beta: [Float], epsilon: Float
    ) {
        precondition(width % 8 == 0)
        gamma.withUnsafeBufferPointer { gamma in
            beta.withUnsafeBufferPointer { beta in
                for r in 0..<rows {
                    let row = UnsafeMutableRawPointer(x + r * stride)
                    var lanes = SIMD8<Float>()
                    for j in Swift.stride(from: 0, to: width, by: 8) {
                        lanes += row.loadUnaligned(fromByteOffset: j * 4, as: SIMD8<Float>.self)
                    }
                    let mean = SIMD8(repeating: lanes.sum() / Float(width))
                    var squares = SIMD8<Float>()
                    for j in Swift.stride(from: 0, to: width, by: 8) {
                        let centred = row.loadUnaligned(fromByteOffset: j * 4, as: SIMD8<Float>.self) - mean
                        row.storeBytes(of: centred, toByteOffset: j * 4, as: SIMD8<Float>.self)
                        squares += centred * centred
                    }
                    let scale = 1 / (squares.sum() / Float(width) + epsilon).squareRoot()
                    let values = x + r * stride
                    for j in 0..<width { values[j] = values[j] * scale * gamma[j] + beta[j] }
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
