import ArgumentParser
import CopydeskCore
import CopydeskStore
import Foundation

/// `copydesk replay LOG --out DIR`: rebuild the post from a session log, with no network and no editor.
struct Replay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild a post from a saved session log.",
        discussion: "The log's inputs must have the SHA-256 it recorded (unless --force).")

    @Argument(help: "The session log (sessions/YYYY-MM-DD.jsonl).")
    var log: String

    @Option(help: "The output folder; the post goes to OUT/_posts/….")
    var out = "."

    @Flag(help: "Compare with the post in OUT byte for byte instead of writing; exit 1 on a difference.")
    var check = false

    @Option(help: "Stop after record N.")
    var until: Int?

    @Flag(help: "Replay even when an input's hash differs from the log's.")
    var force = false

    @OptionGroup var post: PostOptions

    func run() async throws {
        let replay = try SessionSetup.replay(log, until: until, force: force)
        let text = try SessionSetup.render(replay.draft, tweets: replay.tweetsByID, with: try SessionSetup.renderer(post))
        let path = (out as NSString).appendingPathComponent(SessionPost.relativePath(replay.draft))
        guard check else {
            try SessionSetup.write(Data(text.utf8), to: path)
            try Streams.line(path)
            return
        }
        guard let saved = FileManager.default.contents(atPath: path) else {
            SessionSetup.printError("copydesk: error: no saved post to compare with: looked for \(path) (the post's day and the "
                + "window's slug under --out \(out)); pass --out the folder `save` or `export` wrote to (the one holding _posts/), "
                + "or replay without --check to write the post there")
            throw ExitCode(ExitStatus.noInput)
        }
        if let difference = PostComparison.firstDifference(expected: Data(text.utf8), actual: saved) {
            SessionSetup.printError("copydesk: \(path) differs from the replay at line \(difference.line):\n"
                + "  replay: \(difference.expected)\n  saved:  \(difference.actual)")
            throw ExitCode(1)
        }
        try Streams.line("\(path): identical to the replay of \(log)")
    }
}

/// Where two texts first differ, line by line.
enum PostComparison {
    struct Difference {
        var line: Int
        var expected: String
        var actual: String
    }

    static func firstDifference(expected: Data, actual: Data) -> Difference? {
        guard expected != actual else { return nil }
        let a = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let b = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? String(a[i]) : "(end of file)"
            let y = i < b.count ? String(b[i]) : "(end of file)"
            if x != y { return Difference(line: i + 1, expected: x, actual: y) }
        }
        return Difference(line: a.count, expected: "(bytes differ)", actual: "(bytes differ)")
    }
}
