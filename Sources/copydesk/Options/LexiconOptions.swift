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
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: lexicon, isDirectory: &isFolder) else {
            SessionSetup.printError("copydesk: error: --lexicon \(lexicon): no such file (start from a copy of Sources/CopydeskCore/Resources/lexicon.txt).")
            throw ExitCode(ExitStatus.noInput)
        }
        guard !isFolder.boolValue else {
            SessionSetup.printError("copydesk: error: --lexicon \(lexicon): is a folder; name the lexicon file itself.")
            throw ExitCode(ExitStatus.noInput)
        }
        guard let data = FileManager.default.contents(atPath: lexicon) else {
            SessionSetup.printError("copydesk: error: --lexicon \(lexicon): cannot be read (check its permissions).")
            throw ExitCode(ExitStatus.noInput)
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            SessionSetup.printError("copydesk: error: --lexicon \(lexicon): is not UTF-8 text; save it as UTF-8.")
            throw ExitCode(ExitStatus.badInput)
        }
        // A lexicon of nothing classifies nothing and calls everything chatter: a mistake, not a choice.
        guard text.split(whereSeparator: \.isNewline).contains(where: { line in
            let content = line.trimmingCharacters(in: .whitespaces)
            return !content.isEmpty && !content.hasPrefix("#")
        }) else {
            SessionSetup.printError("copydesk: error: --lexicon \(lexicon): holds no sections or terms (start from a copy of Sources/CopydeskCore/Resources/lexicon.txt).")
            throw ExitCode(ExitStatus.badInput)
        }
        do {
            return try Lexicon(parsing: text, file: lexicon)
        } catch {
            SessionSetup.printError("copydesk: error: \(error)")
            throw ExitCode(ExitStatus.badInput)
        }
    }
}
