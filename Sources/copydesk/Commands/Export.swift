import ArgumentParser
import CopydeskCloud
import CopydeskCore
import CopydeskStore
import Foundation

/// `copydesk export LOG --out DIR`: write the finished Jekyll post and its word cloud from a session log.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the Jekyll post and its word cloud from a session log.",
        discussion: """
            The post goes to OUT/_posts/YYYY-MM-DD-twitter_ai_START_END.md and the image to \
            OUT/YYYY/MM/DD/wordcloud_twitter_ai_START_END.jpg, beside the page Jekyll builds from the \
            post, so the post's relative link finds it. Both are written atomically.
            """)

    @Argument(help: "The session log (sessions/YYYY-MM-DD.jsonl).")
    var log: String

    @Option(help: "The output folder (a Jekyll site's source).")
    var out = "."

    @Flag(help: "Export even when an input's hash differs from the log's.")
    var force = false

    @Flag(help: "Write the post only, without the word-cloud image.")
    var noCloud = false

    @OptionGroup var post: PostOptions

    @OptionGroup var style: CloudStyleOptions

    func run() async throws {
        let replay = try SessionSetup.replay(log, force: force)
        if let site = SiteConfig.timezoneWarning(outputFolder: out, window: replay.draft.window) {
            SessionSetup.printError("copydesk: warning: \(site)")
        }
        for warning in PostCheck.warnings(replay.draft, tweets: replay.tweetsByID) where warning.kind == .dateOutsideReport {
            SessionSetup.printError("copydesk: warning: \(warning)")
        }
        let text = try SessionSetup.render(replay.draft, tweets: replay.tweetsByID, with: try SessionSetup.renderer(post))
        let path = (out as NSString).appendingPathComponent(SessionPost.relativePath(replay.draft))
        try SessionSetup.write(Data(text.utf8), to: path)
        try Streams.line(path)
        guard !noCloud else { return }
        let image: String
        do {
            image = try SessionSetup.writeCloud(replay.draft, tweets: replay.tweets, folder: out, options: try style.cloudOptions())
        } catch {
            SessionSetup.printError("copydesk: error: the word cloud was not written: \(error)")
            throw ExitCode(ExitStatus.code(for: error))
        }
        try Streams.line(image)
    }
}
