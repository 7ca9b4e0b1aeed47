import Foundation
import Testing
@testable import CopydeskLLM
#if canImport(Glibc)
import Glibc
#endif

@Suite(.serialized) struct InterruptCancellationTests {
    @Test func ctrlCCancelsTheRequestAndCopydeskLivesOn() async throws {
        let server = try FakeChatServer([.streamHead, .send(Data("data: \(ChatFixtures.chunk("开始"))\n\n".utf8)), .hang])
        defer { server.stop() }
        let client = ChatClient(configuration: LLMConfiguration(
            baseURL: try LLMConfiguration.normalizedBaseURL(server.baseURL), timeout: 30))
        let received = Received()
        let interrupter = Task.detached {
            let deadline = Date().addingTimeInterval(5)
            while received.pieces.isEmpty && Date() < deadline { try? await Task.sleep(nanoseconds: 5_000_000) }
            kill(getpid(), SIGINT)
        }
        let started = Date()
        await #expect(throws: LLMError.cancelled) {
            try await InterruptCancellation.run { () async throws(LLMError) in
                try await client.stream([.user("hi")]) { received.append($0) }
            }
        }
        await interrupter.value
        #expect(received.pieces == ["开始"])
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func returnsTheAnswerWhenNotInterrupted() async throws {
        let value = try await InterruptCancellation.run { () async throws(LLMError) in 42 }
        #expect(value == 42)
    }
}
