import Foundation

/// Where and how to reach an OpenAI-compatible chat endpoint.
///
/// Built from the environment over the config file (see `LLMConfiguration+Loading.swift`). Its
/// description never shows the key.
public struct LLMConfiguration: Sendable, Hashable, CustomStringConvertible {
    /// The API root, normalised: `https://api.openai.com/v1`, `http://127.0.0.1:11434/v1`.
    public var baseURL: URL
    public var apiKey: APIKey?
    public var model: String
    /// Seconds without a byte from the server before the request fails.
    public var timeout: TimeInterval
    /// Extra attempts after a 429 or 5xx answer.
    public var maxRetries: Int
    /// The first retry's delay; each later one doubles it.
    public var retryDelay: TimeInterval
    /// The longest wait between attempts, also the cap on a server's `Retry-After`.
    public var maxRetryDelay: TimeInterval
    /// Sampling temperature, nil for the server's default.
    public var temperature: Double?

    public static let defaultModel = "gpt-4o-mini"
    public static let defaultTimeout: TimeInterval = 60

    public init(
        baseURL: URL, apiKey: APIKey? = nil, model: String = LLMConfiguration.defaultModel,
        timeout: TimeInterval = LLMConfiguration.defaultTimeout, maxRetries: Int = 2,
        retryDelay: TimeInterval = 1, maxRetryDelay: TimeInterval = 30, temperature: Double? = 0.3
    ) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.model = model
        self.timeout = timeout
        self.maxRetries = maxRetries
        self.retryDelay = retryDelay
        self.maxRetryDelay = maxRetryDelay
        self.temperature = temperature
    }

    /// Parses and normalises a base URL as users paste it.
    ///
    /// A bare host gets `/v1` (OpenAI, Ollama, llama.cpp all serve there); a path is kept as given
    /// (DeepSeek's root, a proxy's prefix); trailing slashes and a pasted `/chat/completions` go.
    public static func normalizedBaseURL(_ text: String) throws(LLMError) -> URL {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard var components = URLComponents(string: trimmed),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty
        else { throw .invalidBaseURL(trimmed) }
        var path = components.path
        while path.hasSuffix("/") { path.removeLast() }
        if path.hasSuffix("/chat/completions") { path.removeLast("/chat/completions".count) }
        while path.hasSuffix("/") { path.removeLast() }
        if path.isEmpty { path = "/v1" }
        components.path = path
        components.query = nil
        components.fragment = nil
        guard let url = components.url else { throw .invalidBaseURL(trimmed) }
        return url
    }

    /// `{base}/chat/completions`.
    public var chatCompletionsURL: URL {
        baseURL.appendingPathComponent("chat").appendingPathComponent("completions")
    }

    /// `host:port`, for messages.
    var endpointName: String {
        let host = baseURL.host ?? baseURL.absoluteString
        return baseURL.port.map { "\(host):\($0)" } ?? host
    }

    public var description: String {
        "\(chatCompletionsURL.absoluteString) model \(model), key \(apiKey == nil ? "none" : "set"), timeout \(timeout) s"
    }
}
