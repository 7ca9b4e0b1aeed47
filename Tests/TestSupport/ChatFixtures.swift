import Foundation

/// Chat-completions bodies as servers send them.
public enum ChatFixtures {
    public static func completion(_ text: String, usage: (Int, Int)? = (12, 5)) -> String {
        let content = String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
        let usageText = usage.map { ",\"usage\":{\"prompt_tokens\":\($0.0),\"completion_tokens\":\($0.1),\"total_tokens\":\($0.0 + $0.1)}" } ?? ""
        return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"fake-model\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\(content)},\"finish_reason\":\"stop\"}]\(usageText)}"
    }

    public static func chunk(_ text: String?, finish: String? = nil) -> String {
        let content = text.map { String(decoding: try! JSONEncoder().encode($0), as: UTF8.self) }
        let delta = content.map { "{\"content\":\($0)}" } ?? "{}"
        let reason = finish.map { "\"\($0)\"" } ?? "null"
        return "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"fake-model\",\"choices\":[{\"index\":0,\"delta\":\(delta),\"finish_reason\":\(reason)}]}"
    }

    /// A complete event stream for `pieces`, with a comment, CRLF endings, usage and `[DONE]`.
    public static func stream(_ pieces: [String], crlf: Bool = false, done: Bool = true) -> String {
        let nl = crlf ? "\r\n" : "\n"
        var body = ": connected\(nl)\(nl)"
        body += "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\"},\"finish_reason\":null}]}\(nl)\(nl)"
        for piece in pieces { body += "data: \(chunk(piece))\(nl)\(nl)" }
        guard done else { return body }
        body += "data: \(chunk(nil, finish: "stop"))\(nl)\(nl)"
        body += "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":\(pieces.count),\"total_tokens\":\(20 + pieces.count)}}\(nl)\(nl)"
        body += "data: [DONE]\(nl)\(nl)"
        return body
    }
}
