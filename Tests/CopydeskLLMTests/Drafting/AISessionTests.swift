import CopydeskCore
import Foundation
import Testing
import TestSupport
@testable import CopydeskLLM

@Suite struct AISessionTests {
    func session(_ server: FakeChatServer, yes: Bool) throws -> AISession {
        let configuration = LLMConfiguration(
            baseURL: try LLMConfiguration.normalizedBaseURL(server.baseURL), model: "fake", timeout: 5, retryDelay: 0.01)
        var session = AISession(
            drafter: Drafter(client: ChatClient(configuration: configuration), builder: try PromptBuilder(templates: .builtIn(.chinese))),
            acceptsAutomatically: yes)
        // A private router: the Ctrl-C test's real SIGINT must not cancel these.
        session.interrupts = InterruptRouter()
        return session
    }

    func stream(_ pieces: [String]) -> [FakeChatServer.Step] {
        [.streamHead, .send(Data(ChatFixtures.stream(pieces).utf8))]
    }

    @Test func otherLinesPassThrough() async throws {
        var session = AISession(drafter: nil)
        session.interrupts = InterruptRouter()
        #expect(await session.handle("accept 1", draft: AIDeskTests.draft, tweets: [:]) { _ in } == nil)
    }

    @Test func scriptModeWithYesRecordsTheDraftAtOnce() async throws {
        let server = try FakeChatServer(stream(["个股：", "英特尔下跌。"]))
        defer { server.stop() }
        var session = try session(server, yes: true)
        let shown = Received()
        let step = await session.handle("ai section 个股", draft: AIDeskTests.draft, tweets: AIDeskTests.tweets) { shown.append($0) }
        guard case .record(let acceptance, editFirst: false) = step else { Issue.record("got \(String(describing: step))"); return }
        #expect(acceptance.events(with: acceptance.text) == [.sectionRewritten(section: .stocks, text: "个股：英特尔下跌。")])
        #expect(acceptance.message(for: acceptance.text) == "accepted the drafted section stocks (9 characters)")
        #expect(shown.pieces == ["个股：", "英特尔下跌。", "\n"])
        #expect(session.desk.pending == nil)
    }

    @Test func theShellWaitsForAccept() async throws {
        let server = try FakeChatServer(stream(["**英特尔**，下跌。"]))
        defer { server.stop() }
        var session = try session(server, yes: false)
        let step = await session.handle("ai edit 2", draft: AIDeskTests.draft, tweets: AIDeskTests.tweets) { _ in }
        #expect(step == .message(
            "drafted (11 characters, fake-model, 20+1 tokens): `ai accept` puts it in the draft, `ai revise` edits it first, `ai discard` drops it",
            isError: false))
        let accepted = await session.handle("ai accept", draft: AIDeskTests.draft, tweets: AIDeskTests.tweets) { _ in }
        guard case .record(let acceptance, editFirst: false) = accepted else { Issue.record("got \(String(describing: accepted))"); return }
        #expect(acceptance.events(with: acceptance.text) == [.headlineEdited(story: StoryID("intc"), headline: "**英特尔**，下跌。")])
    }

    @Test func faultsAreOneLineMessagesAndChangeNothing() async throws {
        let server = try FakeChatServer([.streamHead, .send(Data("data: \(ChatFixtures.chunk("半"))\n\n".utf8))])
        defer { server.stop() }
        var session = try session(server, yes: true)
        let step = await session.handle("ai overview", draft: AIDeskTests.draft, tweets: AIDeskTests.tweets) { _ in }
        #expect(step == .message("ai overview: the LLM answer stopped midway (after 1 character); nothing was changed", isError: true))
        #expect(session.desk.pending == nil)
        #expect(await session.handle("ai", draft: AIDeskTests.draft, tweets: [:]) { _ in } == .message(AICommand.usage, isError: true))
        #expect(await session.handle("ai accept", draft: AIDeskTests.draft, tweets: [:]) { _ in }
            == .message("ai accept: " + DraftingError.nothingPending.message, isError: true))
    }
}

@Suite struct AISessionConfigurationTests {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-none-\(UUID().uuidString)").path

    @Test func offlineWithoutConfigurationAndSaysSoWhenAsked() async {
        let (session, warning) = AISession.configured(
            language: .chinese, acceptsAutomatically: true, environment: ["HOME": empty], currentDirectory: empty)
        #expect(warning == nil)
        #expect(session.desk.drafter == nil)
        var copy = session
        copy.interrupts = InterruptRouter()
        let step = await copy.handle("ai overview", draft: AIDeskTests.draft, tweets: AIDeskTests.tweets) { _ in }
        #expect(step == .message("ai overview: " + LLMError.notConfigured.message, isError: true))
    }

    @Test func aBadSettingTurnsDraftingOffWithAReason() {
        let (session, warning) = AISession.configured(
            language: .chinese, acceptsAutomatically: false, environment: ["HOME": empty, "OPENAI_BASE_URL": "localhost:8080"],
            currentDirectory: empty)
        #expect(session.desk.drafter == nil)
        #expect(warning == "LLM drafting is off: the LLM base URL 'localhost:8080' is not an http:// or https:// URL")
    }

    @Test func aBrokenPromptFileIsNamedWithItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-bad-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("en"), withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("en/points.mustache")
        try Data("Pick ten.\n{{#stories}}\n".utf8).write(to: file)
        let (session, warning) = AISession.configured(
            language: .english, acceptsAutomatically: false,
            environment: ["HOME": empty, "OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "COPYDESK_PROMPTS": folder.path],
            currentDirectory: empty)
        #expect(session.desk.drafter == nil)
        #expect(warning == "LLM drafting is off: \(file.path):3:1: a section {{#…}} is never closed")
    }

    @Test func configuredWithAKeyThatNeverShows() {
        let secret = "sk-never-shown-42"
        let (session, warning) = AISession.configured(
            language: .chinese, acceptsAutomatically: false, environment: ["HOME": empty, "OPENAI_API_KEY": secret],
            currentDirectory: empty)
        #expect(warning == nil)
        let drafter = session.desk.drafter
        #expect(drafter?.client.configuration.baseURL.absoluteString == "https://api.openai.com/v1")
        var dumped = ""
        dump(session, to: &dumped)
        #expect(!dumped.contains(secret))
    }
}
