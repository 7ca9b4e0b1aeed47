import Foundation
import Testing
import TestSupport

/// `copydesk draft` run as the editor runs it: the candidates JSON, the post file, determinism, a bad lexicon.
@Suite(.serialized) struct DraftEndToEndTests {
    static let sample = Fixtures.seeds.appendingPathComponent("sample-day/2026-01-24.x-api.json").path

    @Test func printsCandidatesAndWritesThePost() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-draft")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await ChildProcess.run(["draft", Self.sample, "--date", "2026-01-24", "--out", folder.path, "--json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let points = try #require(object["points"] as? [[String: Any]])
        #expect(points.count == 10)
        #expect(points.map { $0["rank"] as? Int } == (1...10).map { $0 })
        for key in ["rank", "title", "category", "score", "story", "tweets"] { #expect(points[0][key] != nil, "no \(key)") }
        #expect((object["reserve"] as? [Any])?.count == 20)
        // Items as the shell names them: points 1–10, the reserve R1–R20 (its rank goes on from 11).
        #expect(points.map { $0["item"] as? String } == (1...10).map { "\($0)" })
        let reserve = try #require(object["reserve"] as? [[String: Any]])
        #expect(reserve.map { $0["item"] as? String } == (1...20).map { "R\($0)" })
        #expect(reserve.first?["rank"] as? Int == 11)
        // The draft is a whole post: the word cloud it links is written beside it.
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("2026/01/24/wordcloud_twitter_ai_20260124_20260124.jpg").path))
        let stories = try #require(object["stories"] as? [[String: Any]])
        // Every tweet of the day is in exactly one story.
        let ids = stories.flatMap { $0["tweets"] as? [String] ?? [] }
        #expect(ids.count == Set(ids).count)
        let post = folder.appendingPathComponent("_posts/2026-01-24-twitter_ai_20260124_20260124.md")
        let text = try String(contentsOf: post, encoding: .utf8)
        #expect(text.contains("**2. 核心信息（10个信息点概述）**"))
        #expect(text.contains(points[0]["title"] as? String ?? "<none>") || text.contains("GLM-4.7-Flash"))

        let again = try await ChildProcess.run(["draft", Self.sample, "--date", "2026-01-24", "--out", folder.path, "--json"], in: folder)
        #expect(again.stdout == result.stdout)
    }

    /// Without the sentence model the draft is still written (grouped by words, links and names),
    /// with a note saying how to install the model; `--no-semantic` gives the same stories silently.
    @Test func aMissingModelIsANoteNotAFailure() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-draft-nomodel")
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["draft", Self.sample, "--date", "2026-01-24", "--out", folder.path, "--json"]
        let missing = try await ChildProcess.run(arguments, environment: ["COPYDESK_MODEL_DIR": folder.appendingPathComponent("none").path], in: folder)
        #expect(missing.status == 0, "\(missing.stderr)")
        #expect(missing.stderr.contains("without the sentence model") && missing.stderr.contains("make model"), "\(missing.stderr)")
        let off = try await ChildProcess.run(arguments + ["--no-semantic"], in: folder)
        #expect(off.status == 0 && !off.stderr.contains("sentence model"), "\(off.stderr)")
        let stories = { (stdout: String) in
            ((try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any])?["stories"] as? [[String: Any]]
        }
        #expect(stories(missing.stdout)?.map { $0["tweets"] as? [String] ?? [] } == stories(off.stdout)?.map { $0["tweets"] as? [String] ?? [] })
        #expect(stories(missing.stdout)?.isEmpty == false)
    }

    @Test func writesTheDraftInEnglishOrWithATemplate() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-draft")
        defer { try? FileManager.default.removeItem(at: folder) }
        let post = folder.appendingPathComponent("_posts/2026-01-24-twitter_ai_20260124_20260124.md")
        let english = try await ChildProcess.run(["draft", Self.sample, "--date", "2026-01-24", "--out", folder.path, "--lang", "en"], in: folder)
        #expect(english.status == 0, "\(english.stderr)")
        #expect(try String(contentsOf: post, encoding: .utf8).contains("Twitter AI Report (2026-01-24 to 2026-01-24)"))
        let template = folder.appendingPathComponent("mine.mustache")
        try "{{title}}: {{#points.items}}{{number}} {{/points.items}}\n".write(to: template, atomically: true, encoding: .utf8)
        let custom = try await ChildProcess.run(["draft", Self.sample, "--date", "2026-01-24", "--out", folder.path, "--template", template.path], in: folder)
        #expect(custom.status == 0, "\(custom.stderr)")
        #expect(try String(contentsOf: post, encoding: .utf8).hasPrefix("twitter_ai_20260124_20260124: 1 2 3 4 5 6 7 8 9 10 "))
        let bad = try await ChildProcess.run(["draft", Self.sample, "--date", "2026-01-24", "--out", folder.path, "--lang", "fr"], in: folder)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--lang fr: expected zh or en."))
    }

    @Test func reportsABadLexiconByLine() async throws {
        let folder = try Fixtures.temporaryFolder("copydesk-draft")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicon = folder.appendingPathComponent("lexicon.txt")
        try "[models]\nmodel = 1\n[nonsense]\nx\n".write(to: lexicon, atomically: true, encoding: .utf8)
        let result = try await ChildProcess.run(
            ["draft", Self.sample, "--date", "2026-01-24", "--out", folder.path, "--lexicon", lexicon.path], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr.contains("lexicon.txt:3: unknown section [nonsense]"))
    }
}
