import ArgumentParser
import CopydeskCore
import CopydeskStore
import Foundation

/// `copydesk draft FILE... --date D --out DIR`: the automatic draft post (no curation), and with
/// `--json` the candidates (points, reserve, every story) on standard output.
struct DraftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Write the automatic draft post and print the candidates.",
        discussion: """
            Groups the day's tweets into stories, ranks and classifies them, and writes the draft post to \
            DIR/_posts/YYYY-MM-DD-twitter_ai_START_END.md and the word cloud it links to \
            DIR/YYYY/MM/DD/wordcloud_twitter_ai_START_END.jpg. With --json the candidates are printed as JSON: \
            {"points":[{"rank","item" (3, or R1 in the reserve, as the shell names it),"title","category","score","story","tweets","urls","links", \
            and "covered":{"date","point"} for a story an earlier post told}],"reserve":[…],"stories":[{"id","category","tweets", and "noise" (its kind) for a story the engine calls noise}]}. \
            Stories that earlier posts (the session logs of --sessions, --memory-days before the day) told are marked covered \
            and kept out of the points unless they bring new numbers, names or links.
            """)

    @OptionGroup var report: ReportOptions
    @OptionGroup var post: PostOptions

    @Option(help: "The output folder; the post goes to OUT/_posts/….")
    var out = "."

    @OptionGroup var meaning: MeaningOptions

    @Flag(help: "Print the candidates as JSON on standard output.")
    var json = false

    @OptionGroup var lexicon: LexiconOptions

    @Option(help: "The folder of session logs, read for the earlier days' posts (as `edit` keeps them).")
    var sessions = "sessions"

    @OptionGroup var memory: MemoryOptions

    @OptionGroup var taste: TasteOptions

    func validate() throws {
        _ = try report.window()
    }

    func run() async throws {
        let window = try report.window()
        // The template is read before the tweets, so a bad one fails fast.
        let renderer = try post.renderer(markAutomatic: true)
        let engine = taste.engine(sessions: sessions, lexicon: try lexicon.load(), encoder: meaning.encoder())
        let loaded: LoadResult
        do {
            // No session log records the inputs here: their hashes are not computed.
            loaded = try TweetLoader.load(report.inputs, window: window, options: LoadOptions(archiveHandle: report.archiveHandle, digests: false))
        } catch {
            SessionSetup.printError("copydesk: \(error)")
            throw ExitCode(ExitStatus.badInput)
        }
        SessionSetup.printLoadWarnings(loaded.report, inputs: report.inputs)
        let analysis = engine.analyze(loaded.tweets, window: window, memory: memory.memory(sessions: sessions, window: window))
        let draft = Draft(analysis: analysis, window: window, metadata: Draft.Metadata(startingAt: Date(), window: window))
        let tweets = Dictionary(loaded.tweets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let path = (out as NSString).appendingPathComponent(PostFiles.postPath(for: draft))
        // The word cloud the post links, then the post: a draft is a whole post, as `save` writes it.
        let image: String
        do {
            image = try SessionSetup.writeCloud(draft, tweets: loaded.tweets, folder: out)
        } catch {
            SessionSetup.printError("copydesk: error: the word cloud was not written, so neither was the post: \(error)")
            throw ExitCode(error is FileError ? ExitStatus.code(for: error) : ExitStatus.cannotCreate)
        }
        let text = try SessionSetup.render(draft, tweets: tweets, with: renderer)
        try SessionSetup.write(Data(text.utf8), to: path)
        if json {
            let handles = tweets.mapValues(\.author.handle)
            try Streams.write(CandidateReport(analysis, handles: handles).json())
        } else {
            try Streams.line(path)
            try Streams.line(image)
        }
    }
}
