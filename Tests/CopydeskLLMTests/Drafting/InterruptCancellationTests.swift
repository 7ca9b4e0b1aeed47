import Foundation
import Testing
import TestSupport
@testable import CopydeskLLM
#if canImport(Glibc)
import Glibc
#endif

@Suite(.serialized) struct InterruptCancellationTests {
    /// A request that streams one piece, then hangs until cancelled.
    func hangingClient() throws -> (FakeChatServer, ChatClient) {
        let server = try FakeChatServer([.streamHead, .send(Data("data: \(ChatFixtures.chunk("开始"))\n\n".utf8)), .hang])
        let client = ChatClient(configuration: LLMConfiguration(
            baseURL: try LLMConfiguration.normalizedBaseURL(server.baseURL), timeout: 30))
        return (server, client)
    }

    /// Calls `interrupt` once the first piece has arrived.
    func interruptAfterFirstPiece(_ received: Received, _ interrupt: @escaping @Sendable () -> Void) -> Task<Void, Never> {
        Task.detached {
            let deadline = Date().addingTimeInterval(5)
            while received.pieces.isEmpty && Date() < deadline { try? await Task.sleep(nanoseconds: 5_000_000) }
            interrupt()
        }
    }

    @Test func ctrlCCancelsTheRequestAndCopydeskLivesOn() async throws {
        let (server, client) = try hangingClient()
        defer { server.stop() }
        let received = Received()
        let interrupter = interruptAfterFirstPiece(received) { kill(getpid(), SIGINT) }
        let started = Date()
        await #expect(throws: LLMError.cancelled) {
            try await InterruptRouter.shared.run { () async throws(LLMError) in
                try await client.stream([.user("hi")]) { received.append($0) }
            }
        }
        await interrupter.value
        #expect(received.pieces == ["开始"])
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func interruptCancelsEveryRunningOperation() async throws {
        let (server, client) = try hangingClient()
        defer { server.stop() }
        let router = InterruptRouter()
        let received = Received()
        let interrupter = interruptAfterFirstPiece(received) { router.interrupt() }
        await #expect(throws: LLMError.cancelled) {
            try await router.run { () async throws(LLMError) in
                try await client.stream([.user("hi")]) { received.append($0) }
            }
        }
        await interrupter.value
    }

    @Test func returnsTheAnswerWhenNotInterrupted() async throws {
        let value = try await InterruptRouter().run { () async throws(LLMError) in 42 }
        #expect(value == 42)
    }
}
