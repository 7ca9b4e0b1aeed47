import Foundation

extension LLMConfiguration {
    /// The config file's fields, all optional: `{"base_url", "api_key", "model", "timeout_seconds",
    /// "max_retries", "temperature"}`.
    public struct File: Sendable, Hashable, Codable {
        public var baseURL: String?
        public var apiKey: String?
        public var model: String?
        public var timeoutSeconds: Double?
        public var maxRetries: Int?
        public var temperature: Double?

        enum CodingKeys: String, CodingKey {
            case baseURL = "base_url", apiKey = "api_key", model, timeoutSeconds = "timeout_seconds"
            case maxRetries = "max_retries", temperature
        }

        public init(
            baseURL: String? = nil, apiKey: String? = nil, model: String? = nil, timeoutSeconds: Double? = nil,
            maxRetries: Int? = nil, temperature: Double? = nil
        ) {
            self.baseURL = baseURL
            self.apiKey = apiKey
            self.model = model
            self.timeoutSeconds = timeoutSeconds
            self.maxRetries = maxRetries
            self.temperature = temperature
        }
    }

    /// Why the configuration could not be read.
    public enum LoadError: Error, Sendable, Equatable {
        case unreadableFile(path: String, reason: String)
        case invalidNumber(variable: String, value: String)
        case invalid(LLMError)

        public var message: String {
            switch self {
            case .unreadableFile(let path, let reason):
                "\(path): \(reason); expected JSON like {\"base_url\": \"http://127.0.0.1:8080/v1\", \"model\": \"…\"}"
            case .invalidNumber(let variable, let value):
                "\(variable)=\(value): expected a positive number of seconds"
            case .invalid(let error):
                error.message
            }
        }
    }

    /// The config file's path: `$COPYDESK_CONFIG`, else `$XDG_CONFIG_HOME/copydesk/config.json`,
    /// else `~/.config/copydesk/config.json`.
    public static func configFilePath(environment: [String: String]) -> String {
        if let explicit = environment["COPYDESK_CONFIG"], !explicit.isEmpty { return explicit }
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return configHome + "/copydesk/config.json"
    }

    /// Reads the environment and the config file; nil when neither names an endpoint or a key.
    public static func load(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(LoadError) -> LLMConfiguration? {
        let path = configFilePath(environment: environment)
        var file = File()
        if FileManager.default.fileExists(atPath: path) {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                file = try JSONDecoder().decode(File.self, from: data)
            } catch {
                // The decoder's text can quote the file; keep the reason short and key-free.
                throw .unreadableFile(path: path, reason: error is DecodingError ? "not valid config JSON" : "cannot be read")
            }
        }
        return try resolve(environment: environment, file: file)
    }

    /// Combines the environment (which wins) with the file's values.
    ///
    /// A key alone means OpenAI (`https://api.openai.com/v1`); neither key nor URL means offline.
    public static func resolve(environment: [String: String], file: File) throws(LoadError) -> LLMConfiguration? {
        func value(_ name: String) -> String? {
            environment[name].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        let key = (value("OPENAI_API_KEY") ?? file.apiKey).flatMap(APIKey.init)
        guard let base = value("OPENAI_BASE_URL") ?? file.baseURL ?? (key == nil ? nil : "https://api.openai.com/v1") else {
            return nil
        }
        let url: URL
        do { url = try normalizedBaseURL(base) } catch { throw .invalid(error) }
        var configuration = LLMConfiguration(baseURL: url, apiKey: key)
        if let model = value("COPYDESK_MODEL") ?? file.model { configuration.model = model }
        if let text = value("COPYDESK_LLM_TIMEOUT") {
            guard let seconds = Double(text), seconds > 0 else { throw .invalidNumber(variable: "COPYDESK_LLM_TIMEOUT", value: text) }
            configuration.timeout = seconds
        } else if let seconds = file.timeoutSeconds, seconds > 0 {
            configuration.timeout = seconds
        }
        if let retries = file.maxRetries { configuration.maxRetries = max(0, min(retries, 10)) }
        if let temperature = file.temperature { configuration.temperature = temperature }
        return configuration
    }
}
