import Foundation

/// Parses a `word<TAB>count` file: one word a line, the count a positive integer.
///
/// Blank lines and comment lines (starting with `#` and holding no tab, so `#AI<TAB>3` is a
/// hashtag) are skipped; a repeated word adds up. A bad line is an
/// error naming the file and line, never a guess.
public enum FrequencyTable {
    public static func parse(_ text: String, file: String) throws(FrequencyTableError) -> [WordCount] {
        var totals: [String: Int] = [:]
        var order: [String] = []
        var lineNumber = 0
        // `\r\n` is one Character in Swift, and a newline one.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) || (line.hasPrefix("#") && !line.contains("\t")) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                throw FrequencyTableError(file: file, line: lineNumber, problem: .notTwoFields(fields.count))
            }
            let word = fields[0].trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty else {
                throw FrequencyTableError(file: file, line: lineNumber, problem: .emptyWord)
            }
            let countText = fields[1].trimmingCharacters(in: .whitespaces)
            guard let count = Int(countText), count > 0 else {
                throw FrequencyTableError(file: file, line: lineNumber, problem: .badCount(String(countText)))
            }
            if totals[word] == nil { order.append(word) }
            let (sum, overflow) = (totals[word] ?? 0).addingReportingOverflow(count)
            totals[word] = overflow ? Int.max : sum
        }
        guard !order.isEmpty else { throw FrequencyTableError(file: file, line: 0, problem: .noWords) }
        return WordCount.ranked(order.map { WordCount($0, totals[$0]!) })
    }
}

/// What is wrong with a frequency file, and where.
public struct FrequencyTableError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        case notTwoFields(Int)
        case emptyWord
        case badCount(String)
        case noWords
    }

    public var file: String
    public var line: Int
    public var problem: Problem

    public init(file: String, line: Int, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        switch problem {
        case .notTwoFields(let n):
            return "\(place): expected `word<TAB>count`, found \(n) tab-separated field\(n == 1 ? "" : "s"); separate the word and its count with one tab."
        case .emptyWord:
            return "\(place): the word is empty; write `word<TAB>count`."
        case .badCount(let text):
            return "\(place): the count `\(text)` is not a positive whole number."
        case .noWords:
            return "\(place): no words found; write one `word<TAB>count` per line."
        }
    }
}
