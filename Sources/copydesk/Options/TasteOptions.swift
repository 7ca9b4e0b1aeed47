import ArgumentParser
import CopydeskCore
import CopydeskStore

/// `--no-taste`: propose with the built-in models instead of the taste `copydesk learn` wrote
/// beside the session logs.
struct TasteOptions: ParsableArguments {
    @Flag(name: .customLong("no-taste"), help: "Propose with the built-in ranking and category models, not the taste `copydesk learn` wrote beside the session logs (to compare).")
    var noTaste = false

    /// The engine that proposes the day: with the folder's taste when it has one. A taste file that
    /// cannot be read is a warning (the built-in models propose): it never stops a session.
    func engine(sessions: String, lexicon: Lexicon = .default, encoder: (any SentenceEncoding)? = nil) -> StoryEngine {
        let builtIn = StoryEngine(lexicon: lexicon, encoder: encoder)
        guard !noTaste else { return builtIn }
        do {
            guard let taste = try TasteStore.load(folder: sessions) else { return builtIn }
            return StoryEngine(lexicon: lexicon, categoryModel: taste.category ?? .default, rankingModel: taste.ranking ?? .default, encoder: encoder)
        } catch {
            SessionSetup.printError("copydesk: warning: \(error); proposing with the built-in models (run `copydesk learn` again, or delete the file)")
            return builtIn
        }
    }
}
