import ArgumentParser
import CopydeskCore
import Foundation

/// The lexicon the story engine reads: the built-in one, or the maintainer's copy (`--lexicon`), so
/// an edit can be drafted with and scored on the labelled days before it is built in.
struct LexiconOptions: ParsableArguments {
    @Option(help: "A lexicon file to use instead of the built-in one (start from Sources/CopydeskCore/Resources/lexicon.txt).")
    var lexicon: String?

    /// The lexicon to use; an unreadable file or a bad line is an error with its file and line.
    func load() throws -> Lexicon {
        guard let lexicon else { return .default }
        let text: String
        do {
            text = try String(contentsOfFile: lexicon, encoding: .utf8)
        } catch {
            SessionSetup.printError("copydesk: error: --lexicon \(lexicon): cannot read the file (\(error.localizedDescription)).")
            throw ExitCode(ExitStatus.noInput)
        }
        do {
            return try Lexicon(parsing: text, file: lexicon)
        } catch {
            SessionSetup.printError("copydesk: error: \(error)")
            throw ExitCode(ExitStatus.badInput)
        }
    }
}
