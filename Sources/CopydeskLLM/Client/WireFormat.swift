import Foundation

/// The JSON bodies of `POST /chat/completions`, request and answers (full and streamed chunks).
enum WireFormat {
    struct Request: Encodable {
        var model: String
        var messages: [ChatMessage]
        var stream: Bool
        var temperature: Double?
        var maxTokens: Int?
        var streamOptions: StreamOptions?

        struct StreamOptions: Encodable {
            var includeUsage = true
            enum CodingKeys: String, CodingKey { case includeUsage = "include_usage" }
        }

        enum CodingKeys: String, CodingKey {
            case model, messages, stream, temperature, maxTokens = "max_tokens", streamOptions = "stream_options"
        }
    }

    /// A non-streamed answer.
    struct Completion: Decodable {
        var model: String?
        var choices: [Choice]
        var usage: TokenUsage?

        struct Choice: Decodable {
            var message: Message?
            var finishReason: String?
            enum CodingKeys: String, CodingKey { case message, finishReason = "finish_reason" }
        }

        struct Message: Decodable {
            var content: String?
        }
    }

    /// One streamed chunk; the last may carry only `usage` and no choices.
    struct Chunk: Decodable {
        var model: String?
        var choices: [Choice]?
        var usage: TokenUsage?

        struct Choice: Decodable {
            var delta: Delta?
            var finishReason: String?
            enum CodingKeys: String, CodingKey { case delta, finishReason = "finish_reason" }
        }

        struct Delta: Decodable {
            var content: String?
        }
    }

    /// `{"error": {"message": "…"}}`, as OpenAI-compatible servers explain a failure.
    struct ErrorBody: Decodable {
        var error: Detail?
        struct Detail: Decodable {
            var message: String?
        }

        /// The server's explanation in one short line, or "".
        static func message(in data: Data) -> String {
            let decoded = (try? JSONDecoder().decode(ErrorBody.self, from: data))?.error?.message
            let text = decoded ?? String(decoding: data.prefix(300), as: UTF8.self)
            let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.count > 200 ? String(trimmed.prefix(200)) + "…" : trimmed
        }
    }
}
