import CopydeskCore
import Foundation
import Testing
import TestSupport
@testable import CopydeskLLM

/// `ai …` commands end to end against the fake server: draft, stream, accept, revise, discard, faults.
@Suite struct AIDeskTests {
    static let time = Date(timeIntervalSince1970: 1_769_212_800)
    static let tweets: [String: Tweet] = [
        "1": Tweet(id: "1", author: .init(handle: "Zai_org"), createdAt: time, text: "GLM-4.7-Flash is out."),
        "2": Tweet(id: "2", author: .init(handle: "markets"), createdAt: time, text: "$INTC falls 15%."),
        "3": Tweet(id: "3", author: .init(handle: "other"), createdAt: time, text: "Pending news."),
    ]

    /// Points glm (accepted), intc (accepted), pending (no decision).
    static var draft: Draft {
        Draft(
            window: ReportWindow(day: LocalDate("2026-01-24")!),
            metadata: .init(title: "t", date: "", postTime: ""),
            stories: [
                Story(id: StoryID("glm"), tweetIDs: ["1"], headline: "GLM-4.7-Flash", category: .models),
                Story(id: StoryID("intc"), tweetIDs: ["2"], headline: "Intel falls", category: .stocks),
                Story(id: StoryID("pending"), tweetIDs: ["3"], headline: "Pending", category: .products),
            ],
            points: [.init(story: StoryID("glm"), headline: "GLM"), .init(story: StoryID("intc"), headline: "INTC"),
                     .init(story: StoryID("pending"), headline: "P")],
            reserve: [],
            decisions: [StoryID("glm"): .accepted, StoryID("intc"): .accepted])
    }

    func desk(_ server: FakeChatServer) throws -> AIDesk {
        let configuration = LLMConfiguration(
            baseURL: try LLMConfiguration.normalizedBaseURL(server.baseURL), model: "fake", timeout: 5, retryDelay: 0.01)
        return AIDesk(drafter: Drafter(client: ChatClient(configuration: configuration), builder: try PromptBuilder(templates: .builtIn(.chinese))))
    }

    func streamed(_ pieces: [String]) -> [FakeChatServer.Step] {
        [.streamHead] + FakeChatServer.Step.chunked(ChatFixtures.stream(pieces), sizes: [17, 5])
    }

    @Test func draftsTheOverviewThenAcceptsItAsARewrite() async throws {
        let server = try FakeChatServer(streamed(["<think>plan</think>", "当前，**AI智能体**", "成为核心话题。"]))
        defer { server.stop() }
        var desk = try desk(server)
        let received = Received()
        let outcome = try await desk.run(.draft(.overview), draft: Self.draft, tweets: Self.tweets) { received.append($0) }
        #expect(received.pieces.joined() == "<think>plan</think>当前，**AI智能体**成为核心话题。")
        guard case .drafted(let drafted) = outcome else { Issue.record("expected a draft"); return }
        #expect(drafted.text == "当前，**AI智能体**成为核心话题。")
        #expect(drafted.usage?.totalTokens == 23)
        #expect(desk.pending == drafted)

        // Only the accepted stories went out, as delimited data after the system rules.
        let sent = try #require(server.requests.first?.json?["messages"] as? [[String: String]])
        #expect(sent.map { $0["role"] } == ["system", "user"])
        #expect(sent[1]["content"]?.contains("GLM-4.7-Flash is out.") == true)
        #expect(sent[1]["content"]?.contains("$INTC falls 15%.") == true)
        #expect(sent[1]["content"]?.contains("Pending news.") == false)

        let accepted = try await desk.run(.accept, draft: Self.draft, tweets: Self.tweets) { _ in }
        guard case .accepted(let acceptance, let editFirst) = accepted else { Issue.record("expected an acceptance"); return }
        #expect(!editFirst)
        let events = acceptance.events(with: acceptance.text)
        #expect(events == [.sectionRewritten(section: .overview, text: "当前，**AI智能体**成为核心话题。")])
        // The session's reducer takes them: the overview is in the draft.
        var session = Desk(draft: Self.draft, tweets: Array(Self.tweets.values))
        try session.apply(events)
        #expect(session.draft.sectionTexts[.overview] == "当前，**AI智能体**成为核心话题。")
        #expect(desk.pending == nil)
        await #expect(throws: DraftingError.nothingPending) {
            var copy = desk
            _ = try await copy.run(.accept, draft: Self.draft, tweets: Self.tweets) { _ in }
        }
    }

    @Test func aHeadlineFollowsItsPointWhenPointsMove() async throws {
        let server = try FakeChatServer(streamed(["1. **英特尔股价大跌**，", "指引疲弱。\n多余的第二行"]))
        defer { server.stop() }
        var desk = try desk(server)
        _ = try await desk.run(.draft(.headline(point: 2)), draft: Self.draft, tweets: Self.tweets) { _ in }
        #expect(desk.pending?.text == "**英特尔股价大跌**，指引疲弱。")
        var moved = Self.draft
        moved.points.swapAt(0, 1)
        let outcome = try await desk.run(.revise, draft: moved, tweets: Self.tweets) { _ in }
        guard case .accepted(let acceptance, let editFirst) = outcome else { Issue.record("expected an acceptance"); return }
        #expect(editFirst)
        #expect(acceptance.task == .headline(point: 1))
        let events = acceptance.events(with: "改过的\n标题")
        #expect(events == [.headlineEdited(story: StoryID("intc"), headline: "改过的 标题")])
        var session = Desk(draft: moved, tweets: Array(Self.tweets.values))
        try session.apply(events)
        #expect(session.draft.points.map(\.headline) == ["改过的 标题", "GLM", "P"])
    }

    @Test func aFailedRequestLeavesThePendingDraftAlone() async throws {
        let server = try FakeChatServer(scripts: [streamed(["个股分析。"]), [.response(status: 401, body: "{}")]])
        defer { server.stop() }
        var desk = try desk(server)
        _ = try await desk.run(.draft(.section(.stocks)), draft: Self.draft, tweets: Self.tweets) { _ in }
        let before = desk.pending
        await #expect(throws: DraftingError.llm(.unauthorized(status: 401, message: "{}"))) {
            _ = try await desk.run(.draft(.overview), draft: Self.draft, tweets: Self.tweets) { _ in }
        }
        #expect(desk.pending == before)
        #expect(try await desk.run(.discard, draft: Self.draft, tweets: Self.tweets) { _ in } == .discarded)
    }

    @Test func promptProblemsNeverReachTheServer() async throws {
        let server = try FakeChatServer([.hang])
        defer { server.stop() }
        var desk = try desk(server)
        await #expect(throws: DraftingError.prompt(.nothingToSend(.section(.crypto)))) {
            _ = try await desk.run(.draft(.section(.crypto)), draft: Self.draft, tweets: Self.tweets) { _ in }
        }
        await #expect(throws: DraftingError.prompt(.noSuchPoint(7, count: 3))) {
            _ = try await desk.run(.draft(.headline(point: 7)), draft: Self.draft, tweets: Self.tweets) { _ in }
        }
        #expect(server.requests.isEmpty)
    }

    @Test func withoutAnEndpointDraftingSaysHowToConfigure() async {
        var desk = AIDesk(drafter: nil)
        await #expect(throws: DraftingError.llm(.notConfigured)) {
            _ = try await desk.run(.draft(.overview), draft: Self.draft, tweets: Self.tweets) { _ in }
        }
        #expect(DraftingError.llm(.notConfigured).message.contains("OPENAI_BASE_URL"))
    }
}
