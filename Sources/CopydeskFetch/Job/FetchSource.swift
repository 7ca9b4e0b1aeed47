/// Whose tweets a fetch reads: an X list's timeline, some accounts' timelines, or a recent search.
public enum FetchSource: Sendable, Hashable {
    /// `GET /2/lists/:id/tweets`: the list's members, newest first.
    case list(String)
    /// `GET /2/users/:id/tweets` for each handle (without `@`), resolved through `GET /2/users/by`.
    case users([String])
    /// `GET /2/tweets/search/recent`: the last seven days only.
    case query(String)

    /// How the editor named it, for messages: `list 123`, `12 accounts`, `query "…"`.
    public var summary: String {
        switch self {
        case .list(let id): "list \(id)"
        case .users(let handles): handles.count == 1 ? "@\(handles[0])" : "\(handles.count) accounts"
        case .query(let query): "query \"\(query)\""
        }
    }
}

extension FetchSource: Codable {
    private enum CodingKeys: String, CodingKey { case list, users, query }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let id = try container.decodeIfPresent(String.self, forKey: .list) {
            self = .list(id)
        } else if let handles = try container.decodeIfPresent([String].self, forKey: .users) {
            self = .users(handles)
        } else if let query = try container.decodeIfPresent(String.self, forKey: .query) {
            self = .query(query)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected list, users or query"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .list(let id): try container.encode(id, forKey: .list)
        case .users(let handles): try container.encode(handles, forKey: .users)
        case .query(let query): try container.encode(query, forKey: .query)
        }
    }
}
