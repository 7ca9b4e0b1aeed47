import ArgumentParser
import CopydeskCore
import CopydeskStore
import Foundation

/// `copydesk export LOG --out DIR`: write the finished Jekyll post from a session log.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the Jekyll post and its word cloud from a session log.")

    @Argument(help: "The session log (sessions/YYYY-MM-DD.jsonl).")
    var log: String

    @Option(help: "The output folder; the post goes to OUT/_posts/….")
    var out = "."

    @Flag(help: "Export even when an input's hash differs from the log's.")
    var force = false

    func run() async throws {
        let replay = try SessionSetup.replay(log, force: force)
        let text = try SessionSetup.render(replay.draft, tweets: replay.tweetsByID)
        let path = (out as NSString).appendingPathComponent(SessionPost.relativePath(replay.draft.window))
        try AtomicFile.write(Data(text.utf8), to: path)
        print(path)
    }
}
