/// A line of one of the engine's data files that cannot be read (the lexicon, a learned model:
/// the category or ranking model, the taste file): the file, the line, and what is wrong with it.
public struct DataFileError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var problem: String

    public init(file: String, line: Int, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String { "\(file):\(line): \(problem)" }
}
