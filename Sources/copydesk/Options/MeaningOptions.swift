import ArgumentParser
import CopydeskCore
import CopydeskSemantic

/// Whether the story engine reads meaning with the sentence model (`make model` installs it).
struct MeaningOptions: ParsableArguments {
    @Flag(name: .customLong("no-semantic"), help: """
        Group stories by words, links and names only, without the sentence model (faster; the \
        stories differ). Without the model (`make model`) this is what happens, with a note.
        """)
    var noSemantic = false

    /// The sentence model, or nil when turned off or not usable: a missing or damaged model is a
    /// note on standard error (what to do), never a failure, so the desk opens on deadline anyway.
    func encoder() -> (any SentenceEncoding)? {
        guard !noSemantic else { return nil }
        do {
            return try MultilingualEncoder.load()
        } catch {
            SessionSetup.printError("copydesk: note: stories are grouped without the sentence model: \(error)")
            return nil
        }
    }
}
