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

    /// A data file's lines, numbered from 0, whatever its line ends: in a Swift string "\r\n" is one
    /// Character, never equal to "\n", so a file saved on Windows would read as a single line.
    static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }
}
