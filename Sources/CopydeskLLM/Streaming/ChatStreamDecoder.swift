import Foundation

/// Folds the server-sent events of a streamed chat completion into the answer, chunk by chunk.
///
/// Pure: `consume` returns each new piece of text so the caller can show it as it arrives.
struct ChatStreamDecoder: Sendable {
    private(set) var text = ""
    private(set) var finishReason: String?
    private(set) var usage: TokenUsage?
    private(set) var model: String?
    /// `data: [DONE]` arrived.
    private(set) var isDone = false

    /// The answer is complete: `[DONE]` came, or at least a finish reason (some servers omit `[DONE]`).
    var isComplete: Bool { isDone || finishReason != nil }

    /// Applies one event; returns the text it added (empty for bookkeeping chunks).
    mutating func consume(_ event: ServerSentEvent) throws(LLMError) -> String {
        let data = event.data.trimmingCharacters(in: .whitespaces)
        if data == "[DONE]" {
            isDone = true
            return ""
        }
        if data.isEmpty { return "" }
        let bytes = Data(data.utf8)
        if let failure = try? JSONDecoder().decode(WireFormat.ErrorBody.self, from: bytes), failure.error != nil {
            throw .rejected(status: 200, message: WireFormat.ErrorBody.message(in: bytes))
        }
        let chunk: WireFormat.Chunk
        do {
            chunk = try JSONDecoder().decode(WireFormat.Chunk.self, from: bytes)
        } catch {
            throw .malformedResponse("a streamed chunk is not JSON (\(Self.excerpt(data)))")
        }
        if let name = chunk.model { model = name }
        if let counts = chunk.usage { usage = counts }
        var added = ""
        for choice in chunk.choices ?? [] {
            if let piece = choice.delta?.content { added += piece }
            if let reason = choice.finishReason { finishReason = reason }
        }
        text += added
        return added
    }

    static func excerpt(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.count > 60 ? String(line.prefix(60)) + "…" : line
    }
}
