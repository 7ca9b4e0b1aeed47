import Foundation
import Testing
import TestSupport
@testable import CopydeskLLM

/// The client against an in-process server speaking the protocol: answers, streams and each fault.
@Suite struct ChatClientTests {
    static let secret = "sk-test-SECRET-1234567890"
    let messages: [ChatMessage] = [.system("你是编辑。"), .user("写一句概述。")]

    func client(_ server: FakeChatServer, timeout: TimeInterval = 5, retries: Int = 2) -> ChatClient {
        client(base: server.baseURL, timeout: timeout, retries: retries)
    }

    func client(base: String, timeout: TimeInterval = 5, retries: Int = 2) -> ChatClient {
        ChatClient(configuration: LLMConfiguration(
            baseURL: try! LLMConfiguration.normalizedBaseURL(base), apiKey: APIKey(Self.secret), model: "fake-model",
            timeout: timeout, maxRetries: retries, retryDelay: 0.01, maxRetryDelay: 2))
    }

    /// Runs `body` and returns the LLMError it threw (nil if it returned).
    func failure(_ body: () async throws(LLMError) -> ChatAnswer) async -> LLMError? {
        do {
            _ = try await body()
            return nil
        } catch {
            return error
        }
    }

    @Test func completesAndSendsTheProtocol() async throws {
        let server = try FakeChatServer([.response(status: 200, body: ChatFixtures.completion("今日概述。"))])
        defer { server.stop() }
        let answer = try await client(server).complete(messages, maxTokens: 300)
        #expect(answer == ChatAnswer(
            text: "今日概述。", finishReason: "stop", usage: TokenUsage(promptTokens: 12, completionTokens: 5, totalTokens: 17),
            model: "fake-model"))
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/v1/chat/completions")
        #expect(request.headers["authorization"] == "Bearer \(Self.secret)")
        let json = try #require(request.json)
        #expect(json["model"] as? String == "fake-model")
        #expect(json["stream"] as? Bool == false)
        #expect(json["max_tokens"] as? Int == 300)
        let sent = try #require(json["messages"] as? [[String: String]])
        #expect(sent == [["role": "system", "content": "你是编辑。"], ["role": "user", "content": "写一句概述。"]])
    }

    @Test(arguments: [[1, 9], [2, 3], [7, 1, 13], [64], [100_000]], [false, true])
    func streamsInOddChunkSplits(sizes: [Int], crlf: Bool) async throws {
        let pieces = ["当前", "，人工智能", "领域的核心话题", "围绕智能体展开。"]
        let server = try FakeChatServer([.streamHead] + FakeChatServer.Step.chunked(ChatFixtures.stream(pieces, crlf: crlf), sizes: sizes))
        defer { server.stop() }
        let received = Received()
        let answer = try await client(server).stream(messages) { received.append($0) }
        #expect(answer.text == pieces.joined())
        #expect(received.pieces == pieces)
        #expect(answer.finishReason == "stop")
        #expect(answer.usage == TokenUsage(promptTokens: 20, completionTokens: 4, totalTokens: 24))
        let json = try #require(server.requests.first?.json)
        #expect(json["stream"] as? Bool == true)
    }

    @Test func refusedConnection() async throws {
        let server = try FakeChatServer([.hang])
        let base = server.baseURL
        server.stop()  // The port is now closed.
        let error = await failure { () async throws(LLMError) in try await client(base: base).complete(messages) }
        let port = try #require(URL(string: base)?.port)
        #expect(error == .connectionRefused(endpoint: "127.0.0.1:\(port)"))
    }

    @Test func unknownHost() async {
        let error = await failure { () async throws(LLMError) in
            try await client(base: "http://copydesk-no-such-host.invalid/v1").complete(messages)
        }
        #expect(error == .unknownHost("copydesk-no-such-host.invalid"))
    }

    @Test func timesOutWhenTheServerNeverAnswers() async throws {
        let server = try FakeChatServer([.hang])
        defer { server.stop() }
        let started = Date()
        let error = await failure { () async throws(LLMError) in try await client(server, timeout: 0.3).complete(messages) }
        #expect(error == .timedOut(seconds: 0.3))
        #expect(Date().timeIntervalSince(started) < 3)
    }

    @Test func unauthorizedNeverShowsTheKey() async throws {
        // The server echoes the key back, as some do in their error text.
        let body = "{\"error\":{\"message\":\"Incorrect API key provided: \(Self.secret)\",\"type\":\"invalid_request_error\"}}"
        let server = try FakeChatServer([.response(status: 401, body: body)])
        defer { server.stop() }
        let error = try #require(await failure { () async throws(LLMError) in try await client(server).complete(messages) })
        #expect(error == .unauthorized(status: 401, message: "Incorrect API key provided: <redacted>"))
        #expect(!error.message.contains(Self.secret))
        #expect(!String(describing: error).contains(Self.secret))
        #expect(server.requests.count == 1)
    }

    @Test func retriesARateLimitAndRespectsRetryAfter() async throws {
        let server = try FakeChatServer(scripts: [
            [.response(status: 429, headers: ["Retry-After": "1"], body: "{\"error\":{\"message\":\"slow down\"}}")],
            [.response(status: 200, body: ChatFixtures.completion("好的"))],
        ])
        defer { server.stop() }
        let started = Date()
        let answer = try await client(server).complete(messages)
        #expect(answer.text == "好的")
        #expect(server.requests.count == 2)
        #expect(Date().timeIntervalSince(started) >= 0.95)
    }

    @Test func serverErrorsExhaustTheRetries() async throws {
        let server = try FakeChatServer([.response(status: 503, body: "{\"error\":{\"message\":\"overloaded\"}}")])
        defer { server.stop() }
        let error = await failure { () async throws(LLMError) in try await client(server, retries: 2).complete(messages) }
        #expect(error == .serverError(status: 503, attempts: 3))
        #expect(server.requests.count == 3)
    }

    @Test func rateLimitOnEveryAttempt() async throws {
        let server = try FakeChatServer([.response(status: 429, body: "{}")])
        defer { server.stop() }
        let error = await failure { () async throws(LLMError) in try await client(server, retries: 1).complete(messages) }
        #expect(error == .rateLimited(attempts: 2))
    }

    @Test func otherStatusesAreNotRetried() async throws {
        let server = try FakeChatServer([.response(status: 404, body: "{\"error\":{\"message\":\"model 'x' not found\"}}")])
        defer { server.stop() }
        let error = await failure { () async throws(LLMError) in try await client(server).complete(messages) }
        #expect(error == .rejected(status: 404, message: "model 'x' not found"))
        #expect(server.requests.count == 1)
    }

    @Test func malformedJSON() async throws {
        let server = try FakeChatServer([.response(status: 200, body: "{\"choices\": [oops")])
        defer { server.stop() }
        let error = await failure { () async throws(LLMError) in try await client(server).complete(messages) }
        guard case .malformedResponse = error else {
            Issue.record("expected malformedResponse, got \(String(describing: error))")
            return
        }
    }

    @Test func malformedStreamChunk() async throws {
        let server = try FakeChatServer([.streamHead, .send(Data("data: {not json}\n\n".utf8))])
        defer { server.stop() }
        let error = await failure { () async throws(LLMError) in try await client(server).stream(messages) { _ in } }
        #expect(error == .malformedResponse("a streamed chunk is not JSON ({not json})"))
    }

    @Test func aServerThatIgnoresStreamingStillAnswers() async throws {
        let server = try FakeChatServer([.response(status: 200, body: ChatFixtures.completion("整段回答"))])
        defer { server.stop() }
        let received = Received()
        let answer = try await client(server).stream(messages) { received.append($0) }
        #expect(answer.text == "整段回答")
        #expect(received.pieces == ["整段回答"])
    }

    @Test func aStreamThatIsNotEventsIsMalformed() async throws {
        let server = try FakeChatServer([.streamHead, .send(Data("<html>gateway</html>".utf8))])
        defer { server.stop() }
        let error = await failure { () async throws(LLMError) in try await client(server).stream(messages) { _ in } }
        #expect(error == .malformedResponse("expected server-sent events, got <html>gateway</html>"))
    }

    @Test func streamCutMidway() async throws {
        let body = ChatFixtures.stream(["当前", "人工智能"], done: false)
        let server = try FakeChatServer([.streamHead] + FakeChatServer.Step.chunked(body, sizes: [5]))
        defer { server.stop() }
        let received = Received()
        let error = await failure { () async throws(LLMError) in try await client(server).stream(messages) { received.append($0) } }
        #expect(error == .streamInterrupted(receivedCharacters: 6))
        #expect(received.pieces == ["当前", "人工智能"])
    }

    @Test func emptyAnswer() async throws {
        let server = try FakeChatServer([.response(status: 200, body: ChatFixtures.completion("  \n"))])
        defer { server.stop() }
        let error = await failure { () async throws(LLMError) in try await client(server).complete(messages) }
        #expect(error == .emptyAnswer)
    }

    @Test func emptyStreamedAnswer() async throws {
        let server = try FakeChatServer([.streamHead, .send(Data(ChatFixtures.stream([]).utf8))])
        defer { server.stop() }
        let error = await failure { () async throws(LLMError) in try await client(server).stream(messages) { _ in } }
        #expect(error == .emptyAnswer)
    }

    @Test func cancellingTheTaskStopsTheRequest() async throws {
        let server = try FakeChatServer([.streamHead, .send(Data("data: \(ChatFixtures.chunk("开始"))\n\n".utf8)), .hang])
        defer { server.stop() }
        let client = client(server, timeout: 30)
        let received = Received()
        let task = Task { () async throws(LLMError) -> ChatAnswer in
            try await client.stream(messages) { received.append($0) }
        }
        // Cancel once the first piece has arrived, mid-stream.
        let deadline = Date().addingTimeInterval(5)
        while received.pieces.isEmpty && Date() < deadline { try await Task.sleep(nanoseconds: 5_000_000) }
        let started = Date()
        task.cancel()
        let result = await task.result
        #expect(Date().timeIntervalSince(started) < 2)
        guard case .failure(let error) = result else {
            Issue.record("expected a cancellation, got an answer")
            return
        }
        #expect(error as? LLMError == .cancelled)
    }
}

/// Collects streamed pieces from the client's callback thread.
final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []
    func append(_ piece: String) { lock.withLock { storage.append(piece) } }
    var pieces: [String] { lock.withLock { storage } }
}
