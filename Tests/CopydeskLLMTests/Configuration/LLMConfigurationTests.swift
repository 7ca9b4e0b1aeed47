import Foundation
import Testing
@testable import CopydeskLLM

@Suite struct LLMConfigurationTests {
    @Test(arguments: [
        ("https://api.openai.com", "https://api.openai.com/v1/chat/completions"),
        ("https://api.openai.com/v1/", "https://api.openai.com/v1/chat/completions"),
        ("https://api.deepseek.com/v1", "https://api.deepseek.com/v1/chat/completions"),
        ("http://localhost:11434/v1", "http://localhost:11434/v1/chat/completions"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/v1/chat/completions"),
        ("http://127.0.0.1:8080/v1/chat/completions", "http://127.0.0.1:8080/v1/chat/completions"),
        ("https://proxy.example/openai//", "https://proxy.example/openai/chat/completions"),
    ])
    func normalisesBaseURLs(base: String, endpoint: String) throws {
        let url = try LLMConfiguration.normalizedBaseURL(base)
        #expect(LLMConfiguration(baseURL: url).chatCompletionsURL.absoluteString == endpoint)
    }

    @Test(arguments: ["", "localhost:8080", "ftp://host/v1", "http://"])
    func rejectsWhatIsNotAnHTTPURL(base: String) {
        #expect(throws: LLMError.invalidBaseURL(base)) { try LLMConfiguration.normalizedBaseURL(base) }
    }

    @Test func offlineWithoutKeyOrURL() throws {
        #expect(try LLMConfiguration.resolve(environment: ["COPYDESK_MODEL": "m"], file: .init()) == nil)
    }

    @Test func aKeyAloneMeansOpenAI() throws {
        let configuration = try #require(try LLMConfiguration.resolve(environment: ["OPENAI_API_KEY": "sk-x"], file: .init()))
        #expect(configuration.baseURL.absoluteString == "https://api.openai.com/v1")
        #expect(configuration.model == LLMConfiguration.defaultModel)
        #expect(configuration.timeout == 60)
    }

    @Test func environmentWinsOverTheFile() throws {
        let file = LLMConfiguration.File(
            baseURL: "http://127.0.0.1:11434", apiKey: "from-file", model: "qwen3", timeoutSeconds: 90, maxRetries: 4)
        let environment = ["OPENAI_BASE_URL": "https://api.deepseek.com", "COPYDESK_MODEL": "deepseek-chat", "COPYDESK_LLM_TIMEOUT": "15"]
        let configuration = try #require(try LLMConfiguration.resolve(environment: environment, file: file))
        #expect(configuration.baseURL.absoluteString == "https://api.deepseek.com/v1")
        #expect(configuration.model == "deepseek-chat")
        #expect(configuration.timeout == 15)
        #expect(configuration.maxRetries == 4)
        #expect(configuration.apiKey == APIKey("from-file"))
    }

    @Test func badTimeoutIsAClearError() {
        #expect(throws: LLMConfiguration.LoadError.invalidNumber(variable: "COPYDESK_LLM_TIMEOUT", value: "soon")) {
            try LLMConfiguration.resolve(environment: ["OPENAI_BASE_URL": "http://h", "COPYDESK_LLM_TIMEOUT": "soon"], file: .init())
        }
    }

    @Test func readsTheFileFromXDGConfigHome() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let folder = home.appendingPathComponent("copydesk")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(#"{"base_url": "http://127.0.0.1:8080/v1/", "model": "smollm2", "timeout_seconds": 5}"#.utf8)
            .write(to: folder.appendingPathComponent("config.json"))
        let configuration = try #require(try LLMConfiguration.load(environment: ["XDG_CONFIG_HOME": home.path]))
        #expect(configuration.chatCompletionsURL.absoluteString == "http://127.0.0.1:8080/v1/chat/completions")
        #expect(configuration.model == "smollm2")
        #expect(configuration.timeout == 5)
        #expect(configuration.apiKey == nil)

        try Data(#"{"base_url": 3"#.utf8).write(to: folder.appendingPathComponent("config.json"))
        let path = folder.appendingPathComponent("config.json").path
        #expect(throws: LLMConfiguration.LoadError.unreadableFile(path: path, reason: "not valid config JSON")) {
            try LLMConfiguration.load(environment: ["XDG_CONFIG_HOME": home.path])
        }
    }

    @Test func theKeyNeverPrints() throws {
        let secret = "sk-live-TOPSECRET"
        let configuration = try #require(try LLMConfiguration.resolve(environment: ["OPENAI_API_KEY": secret], file: .init()))
        var dumped = ""
        dump(configuration, to: &dumped)
        for text in [configuration.description, String(describing: configuration), String(reflecting: configuration), dumped,
                     "\(configuration.apiKey!)", String(reflecting: configuration.apiKey!)] {
            #expect(!text.contains(secret), "leaked in: \(text)")
        }
        let request = try ChatClient(configuration: configuration).makeRequest([.user("hi")], maxTokens: nil, streaming: false)
        #expect(request.value(forHTTPHeaderField: "Authorization") == "Bearer \(secret)")
        #expect(!String(decoding: request.httpBody ?? Data(), as: UTF8.self).contains(secret))
    }
}
