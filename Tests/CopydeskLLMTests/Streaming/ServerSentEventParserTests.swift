import Foundation
import Testing
@testable import CopydeskLLM

@Suite struct ServerSentEventParserTests {
    /// Feeds `text` split at every given size and returns all events.
    private func parse(_ text: String, chunk size: Int) -> [ServerSentEvent] {
        var parser = ServerSentEventParser()
        let bytes = Array(text.utf8)
        var events: [ServerSentEvent] = []
        var start = 0
        while start < bytes.count {
            let end = min(start + size, bytes.count)
            events += parser.feed(bytes[start..<end])
            start = end
        }
        return events + parser.finish()
    }

    @Test(arguments: [1, 2, 3, 5, 7, 64, 10_000])
    func splitsEventsWhateverTheChunkSize(size: Int) {
        let body = "data: {\"a\":1}\n\n: keep-alive\n\ndata: 你好\r\n\r\ndata: line one\ndata: line two\n\nevent: done\nid: 7\ndata: [DONE]\n\n"
        #expect(parse(body, chunk: size) == [
            ServerSentEvent(data: "{\"a\":1}"),
            ServerSentEvent(data: "你好"),
            ServerSentEvent(data: "line one\nline two"),
            ServerSentEvent(event: "done", data: "[DONE]", id: "7"),
        ])
    }

    @Test func acceptsCarriageReturnLineEndsSplitBetweenChunks() {
        var parser = ServerSentEventParser()
        var events = parser.feed(Array("data: a\r".utf8))
        events += parser.feed(Array("\n\r".utf8))
        events += parser.feed(Array("\ndata: b\r\r".utf8))
        #expect(events == [ServerSentEvent(data: "a"), ServerSentEvent(data: "b")])
    }

    @Test func commentsAndUnknownFieldsAreIgnored() {
        #expect(parse(": hello\nretry: 10\nfoo: bar\ndata:x\n\n:only a comment\n\n", chunk: 4) == [ServerSentEvent(data: "x")])
    }

    @Test func keepsOnlyOneLeadingSpaceOfAValue() {
        #expect(parse("data:  two spaces\n\ndata\n\n", chunk: 3) == [
            ServerSentEvent(data: " two spaces"), ServerSentEvent(data: ""),
        ])
    }

    @Test func deliversAFinalEventWithoutItsBlankLine() {
        #expect(parse("data: last", chunk: 100) == [ServerSentEvent(data: "last")])
    }

    @Test func keepsAUTF8SequenceCutAcrossChunks() {
        var parser = ServerSentEventParser()
        let bytes = Array("data: 智谱\n\n".utf8)
        var events: [ServerSentEvent] = []
        for byte in bytes { events += parser.feed([byte]) }
        #expect(events == [ServerSentEvent(data: "智谱")])
    }
}
