/// One server-sent event: the `data` lines joined by newlines, with its optional type and id.
public struct ServerSentEvent: Sendable, Hashable {
    /// The `event:` field, or nil for the default `message` type.
    public var event: String?
    /// Every `data:` line of the event, joined with `\n`.
    public var data: String
    /// The `id:` field, if the event had one.
    public var id: String?

    public init(event: String? = nil, data: String, id: String? = nil) {
        self.event = event
        self.data = data
        self.id = id
    }
}
