import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A client for `POST {base}/chat/completions` on any OpenAI-compatible server.
///
/// Works with OpenAI, DeepSeek, Ollama's `/v1` and llama.cpp's server. Every failure is an
/// `LLMError`; 429 and 5xx answers are retried with backoff; cancelling the calling task stops
/// the request and throws `.cancelled`.
public struct ChatClient: Sendable {
    public let configuration: LLMConfiguration

    public init(configuration: LLMConfiguration) {
        self.configuration = configuration
    }

    /// Asks for a whole answer at once.
    public func complete(_ messages: [ChatMessage], maxTokens: Int? = nil) async throws(LLMError) -> ChatAnswer {
        try await send(messages, maxTokens: maxTokens, onText: nil)
    }

    /// Streams the answer, calling `onText` with each piece as it arrives, and returns the whole.
    public func stream(
        _ messages: [ChatMessage], maxTokens: Int? = nil, onText: @escaping @Sendable (String) -> Void
    ) async throws(LLMError) -> ChatAnswer {
        try await send(messages, maxTokens: maxTokens, onText: onText)
    }

    private var retryPolicy: RetryPolicy {
        RetryPolicy(
            maxRetries: max(0, configuration.maxRetries), baseDelay: configuration.retryDelay,
            maxDelay: configuration.maxRetryDelay)
    }

    private func send(
        _ messages: [ChatMessage], maxTokens: Int?, onText: (@Sendable (String) -> Void)?
    ) async throws(LLMError) -> ChatAnswer {
        let request = try makeRequest(messages, maxTokens: maxTokens, streaming: onText != nil)
        let policy = retryPolicy
        var attempt = 1
        while true {
            if Task.isCancelled { throw .cancelled }
            let outcome = try await attemptOnce(request, onText: onText)
            switch outcome {
            case .answer(let answer):
                return answer
            case .retryable(let status, let retryAfter):
                guard attempt <= policy.maxRetries else {
                    throw status == 429 ? .rateLimited(attempts: attempt) : .serverError(status: status, attempts: attempt)
                }
                let wait = policy.delay(afterAttempt: attempt, retryAfter: retryAfter)
                do {
                    try await Task.sleep(nanoseconds: UInt64(wait * 1e9))
                } catch {
                    throw .cancelled
                }
                attempt += 1
            }
        }
    }

    private enum Outcome {
        case answer(ChatAnswer)
        case retryable(status: Int, retryAfter: String?)
    }

    func makeRequest(_ messages: [ChatMessage], maxTokens: Int?, streaming: Bool) throws(LLMError) -> URLRequest {
        var request = URLRequest(url: configuration.chatCompletionsURL)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(streaming ? "text/event-stream" : "application/json", forHTTPHeaderField: "Accept")
        if let key = configuration.apiKey {
            request.setValue(key.bearerValue, forHTTPHeaderField: "Authorization")
        }
        let body = WireFormat.Request(
            model: configuration.model, messages: messages, stream: streaming,
            temperature: configuration.temperature, maxTokens: maxTokens,
            streamOptions: streaming ? .init() : nil)
        do {
            request.httpBody = try JSONEncoder().encode(body)
        } catch {
            throw .malformedResponse("the request could not be encoded")
        }
        return request
    }

    private func attemptOnce(
        _ request: URLRequest, onText: (@Sendable (String) -> Void)?
    ) async throws(LLMError) -> Outcome {
        let exchange = HTTPExchange(request: request, idleTimeout: configuration.timeout)
        var status = 0
        var headers: [String: String] = [:]
        var body = Data()
        var parser = ServerSentEventParser()
        var decoder = ChatStreamDecoder()
        let streaming = onText != nil
        do {
            try await withTaskCancellationHandler {
                reading: for try await event in exchange.events {
                    switch event {
                    case .head(let code, let fields):
                        status = code
                        headers = fields
                    case .bytes(let data):
                        let isSuccess = (200..<300).contains(status)
                        guard streaming, isSuccess else {
                            body.append(data)
                            continue
                        }
                        // Keep the raw bytes until an event shows this really is a stream.
                        if decoder.text.isEmpty && !decoder.isComplete { body.append(data) }
                        for sse in parser.feed(data) {
                            let piece = try decoder.consume(sse)
                            if !piece.isEmpty { onText?(piece) }
                        }
                        if decoder.isDone { break reading }
                    }
                }
            } onCancel: {
                exchange.cancel()
            }
        } catch {
            exchange.cancel()
            throw map(error, status: status, receivedCharacters: decoder.text.count)
        }
        exchange.cancel()
        if Task.isCancelled { throw .cancelled }
        guard (200..<300).contains(status) else {
            if RetryPolicy.isRetryable(status: status) {
                return .retryable(status: status, retryAfter: headers["retry-after"])
            }
            let message = scrub(WireFormat.ErrorBody.message(in: body))
            if status == 401 || status == 403 { throw .unauthorized(status: status, message: message) }
            throw .rejected(status: status, message: message)
        }
        if streaming {
            return .answer(try finishStream(&parser, &decoder, body: body, onText: onText))
        }
        return .answer(try decodeCompletion(body))
    }

    /// Reads the stream's last event and checks the answer is whole and not empty.
    private func finishStream(
        _ parser: inout ServerSentEventParser, _ decoder: inout ChatStreamDecoder, body: Data,
        onText: (@Sendable (String) -> Void)?
    ) throws(LLMError) -> ChatAnswer {
        for sse in parser.finish() {
            let piece = try decoder.consume(sse)
            if !piece.isEmpty { onText?(piece) }
        }
        guard decoder.isComplete else {
            // A server that ignored `stream: true` sends one JSON body instead of events.
            if decoder.text.isEmpty, body.first == UInt8(ascii: "{"), let answer = try? decodeCompletion(body) {
                onText?(answer.text)
                return answer
            }
            if decoder.text.isEmpty && body.isEmpty { throw .emptyAnswer }
            if decoder.text.isEmpty {
                let excerpt = ChatStreamDecoder.excerpt(scrub(String(decoding: body.prefix(200), as: UTF8.self)))
                throw .malformedResponse("expected server-sent events, got \(excerpt)")
            }
            throw .streamInterrupted(receivedCharacters: decoder.text.count)
        }
        let answer = ChatAnswer(text: decoder.text, finishReason: decoder.finishReason, usage: decoder.usage, model: decoder.model)
        guard !answer.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .emptyAnswer }
        return answer
    }

    private func decodeCompletion(_ body: Data) throws(LLMError) -> ChatAnswer {
        let completion: WireFormat.Completion
        do {
            completion = try JSONDecoder().decode(WireFormat.Completion.self, from: body)
        } catch {
            let excerpt = ChatStreamDecoder.excerpt(scrub(String(decoding: body.prefix(200), as: UTF8.self)))
            throw .malformedResponse(body.isEmpty ? "the body is empty" : "expected {\"choices\": […]}, got \(excerpt)")
        }
        guard let choice = completion.choices.first else { throw .malformedResponse("the answer has no choices") }
        let text = choice.message?.content ?? ""
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .emptyAnswer }
        return ChatAnswer(text: text, finishReason: choice.finishReason, usage: completion.usage, model: completion.model)
    }

    private func scrub(_ text: String) -> String {
        configuration.apiKey?.scrub(text) ?? text
    }

    /// Turns a transport failure into the error the editor reads.
    private func map(_ error: Error, status: Int, receivedCharacters: Int) -> LLMError {
        if let error = error as? LLMError { return error }
        if error is HTTPExchange.IdleTimeout { return .timedOut(seconds: configuration.timeout) }
        if Task.isCancelled || error is CancellationError { return .cancelled }
        let host = configuration.baseURL.host ?? ""
        guard let urlError = error as? URLError else { return .network(scrub(String(describing: error))) }
        switch urlError.code {
        case .cancelled: return .cancelled
        case .cannotConnectToHost: return .connectionRefused(endpoint: configuration.endpointName)
        case .cannotFindHost, .dnsLookupFailed: return .unknownHost(host)
        case .timedOut: return .timedOut(seconds: configuration.timeout)
        case .networkConnectionLost, .cannotParseResponse, .badServerResponse:
            // A cut after the head: the answer stopped midway.
            return status != 0 ? .streamInterrupted(receivedCharacters: receivedCharacters) : .network(urlError.localizedDescription)
        default: return .network(scrub(urlError.localizedDescription))
        }
    }
}
