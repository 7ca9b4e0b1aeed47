/// A learned model's file (category or ranking model, the taste file) that cannot be read: the file,
/// the line, and what is wrong with it.
public struct ModelFileError: Error, Equatable, CustomStringConvertible {
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
