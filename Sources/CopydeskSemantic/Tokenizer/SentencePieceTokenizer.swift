import Foundation
internal import CSentencePiece

/// The model's SentencePiece tokenizer (Debian's libsentencepiece through a C shim): text in,
/// piece ids out, between the begin and end ids, exactly as the Python package tokenizes.
final class SentencePieceTokenizer: @unchecked Sendable {
    // Encoding through a loaded processor is const and thread-safe in libsentencepiece.
    private let handle: OpaquePointer

    /// Loads `sp.model`, or says why it cannot.
    init(path: URL) throws(SemanticModelError) {
        var message = [CChar](repeating: 0, count: 512)
        guard let handle = cd_sp_load(path.path, &message, message.count) else {
            let reason = String(decoding: message.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw .damaged(file: path.path, line: nil, problem: "is no SentencePiece model (\(reason))")
        }
        self.handle = handle
    }

    deinit { cd_sp_free(handle) }

    /// The number of pieces in the vocabulary.
    var vocabularySize: Int { Int(cd_sp_vocab_size(handle)) }

    /// The ids of `text`'s pieces, with the begin id first and the end id last.
    func ids(_ text: String) -> [Int32] {
        var text = text
        return text.withUTF8 { utf8 in
            var ids = [Int32](repeating: 0, count: 128)
            var count = encode(utf8, into: &ids)
            if count > ids.count {
                ids = [Int32](repeating: 0, count: count)
                count = encode(utf8, into: &ids)
            }
            // A failure inside the library (never seen) reads as an unknown text, not a crash.
            return count < 0 ? [1, 0, 2] : Array(ids.prefix(count))
        }
    }

    private func encode(_ utf8: UnsafeBufferPointer<UInt8>, into ids: inout [Int32]) -> Int {
        let capacity = ids.count
        return ids.withUnsafeMutableBufferPointer { buffer in
            utf8.withMemoryRebound(to: CChar.self) { text in
                cd_sp_encode(handle, text.baseAddress, text.count, buffer.baseAddress, capacity)
            }
        }
    }
}
