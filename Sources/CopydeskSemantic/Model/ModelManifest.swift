import Foundation

/// `tensors.tsv`: the model's identity and where each weight array lies in `tensors.bin`.
///
/// Lines are tab-separated: `identity NAME`, `source TEXT`, `wheel-sha256 HEX`,
/// `tensor NAME TYPE DIMS OFFSET` (TYPE `u8` or `f32`, DIMS like `512x256`) and `size BYTES`
/// (the length of `tensors.bin`); `#` starts a comment.
struct ModelManifest: Equatable {
    static let fileName = "tensors.tsv"
    static let weightsFileName = "tensors.bin"

    enum ScalarType: String { case u8, f32
        var size: Int { self == .u8 ? 1 : 4 }
    }

    struct Tensor: Equatable {
        let type: ScalarType
        let shape: [Int]
        let offset: Int
        var count: Int { shape.reduce(1, *) }
        var byteCount: Int { count * type.size }
    }

    var identity = ""
    var weightsSize = 0
    var tensors: [String: Tensor] = [:]

    /// Parses the manifest's text; `file` names it in errors.
    init(text: String, file: String) throws(SemanticModelError) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let key = fields.first, !key.isEmpty, !key.hasPrefix("#") else { continue }
            func damaged(_ problem: String) -> SemanticModelError {
                .damaged(file: file, line: index + 1, problem: problem)
            }
            switch key {
            case "identity":
                guard fields.count == 2, !fields[1].isEmpty else { throw damaged("expected `identity<TAB>NAME`") }
                identity = fields[1]
            case "size":
                guard fields.count == 2, let size = Int(fields[1]), size > 0 else {
                    throw damaged("expected `size<TAB>BYTES`")
                }
                weightsSize = size
            case "tensor":
                guard fields.count == 5 else { throw damaged("expected `tensor<TAB>NAME<TAB>TYPE<TAB>DIMS<TAB>OFFSET`") }
                guard let type = ScalarType(rawValue: fields[2]) else {
                    throw damaged("tensor \(fields[1]) has type `\(fields[2])`, expected u8 or f32")
                }
                let shape = fields[3].split(separator: "x").map { Int($0) ?? -1 }
                guard !shape.isEmpty, shape.allSatisfy({ $0 > 0 }), let offset = Int(fields[4]), offset >= 0 else {
                    throw damaged("tensor \(fields[1]) has dimensions `\(fields[3])` or offset `\(fields[4])` that are no counts")
                }
                tensors[fields[1]] = Tensor(type: type, shape: shape, offset: offset)
            default:
                continue  // source, wheel-sha256: for people
            }
        }
        guard !identity.isEmpty else { throw .damaged(file: file, line: nil, problem: "names no `identity`") }
        guard weightsSize > 0 else { throw .damaged(file: file, line: nil, problem: "gives no `size` of \(Self.weightsFileName)") }
    }

    /// The tensor `name`, checked to have `type` and `shape` and to lie inside the weights file.
    func tensor(_ name: String, _ type: ScalarType, _ shape: [Int], file: String) throws(SemanticModelError) -> Tensor {
        guard let tensor = tensors[name] else {
            throw .damaged(file: file, line: nil, problem: "has no tensor `\(name)`")
        }
        guard tensor.type == type, tensor.shape == shape else {
            let dims = { (s: [Int]) in s.map(String.init).joined(separator: "x") }
            throw .damaged(file: file, line: nil, problem: "tensor `\(name)` is \(tensor.type.rawValue) \(dims(tensor.shape)), expected \(type.rawValue) \(dims(shape))")
        }
        guard tensor.offset % type.size == 0, tensor.offset + tensor.byteCount <= weightsSize else {
            throw .damaged(file: file, line: nil, problem: "tensor `\(name)` lies outside the \(weightsSize) bytes of \(Self.weightsFileName)")
        }
        return tensor
    }
}
