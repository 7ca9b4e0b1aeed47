/// A sentence-embedding model: texts in, unit vectors out, whose dot product says how alike the
/// texts' meanings are (across languages, for a multilingual model).
///
/// The core only consumes vectors; a model is loaded at the edge (`CopydeskSemantic`) and handed
/// to the story engine, which asks for vectors only for the stories that can matter.
public protocol SentenceEncoding: Sendable {
    /// The model's name and version, e.g. `use-multilingual-3`: part of the engine's fingerprint.
    var identity: String { get }
    /// The length of each vector.
    var dimension: Int { get }
    /// One vector of `dimension` floats per text, in order, each of unit length (an empty text
    /// gives a zero vector). Deterministic: the same text gives the same vector on every run.
    func encode(_ texts: [String]) -> [[Float]]
}
