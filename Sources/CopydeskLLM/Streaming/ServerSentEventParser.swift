import Foundation

/// Splits a `text/event-stream` body into events, however the bytes arrive.
///
/// Pure and incremental: feed it each chunk as it is read; it keeps an unfinished line (even one
/// cut inside a UTF-8 sequence or between `\r` and `\n`) until the next chunk. Lines end with
/// `\n`, `\r\n` or `\r`; a blank line ends an event; lines starting with `:` are comments; several
/// `data:` lines make one multi-line event (the WHATWG rules, minus `retry`, which a one-shot
/// request has no use for).
public struct ServerSentEventParser: Sendable {
    private var pending: [UInt8] = []
    /// A `\r` ended the last chunk: a `\n` first in the next one belongs to the same line end.
    private var skipLeadingLineFeed = false
    private var dataLines: [String] = []
    private var eventType: String?
    private var eventID: String?

    public init() {}

    /// Consumes a chunk and returns the events it completed, in order.
    public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) -> [ServerSentEvent] where Bytes.Element == UInt8 {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            if skipLeadingLineFeed {
                skipLeadingLineFeed = false
                if byte == 0x0A { continue }
            }
            switch byte {
            case 0x0A:
                endLine(into: &events)
            case 0x0D:
                endLine(into: &events)
                skipLeadingLineFeed = true
            default:
                pending.append(byte)
            }
        }
        return events
    }

    /// Ends the stream: a last event without its closing blank line is still delivered.
    public mutating func finish() -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        if !pending.isEmpty { endLine(into: &events) }
        if !dataLines.isEmpty { dispatch(into: &events) }
        return events
    }

    private mutating func endLine(into events: inout [ServerSentEvent]) {
        let line = String(decoding: pending, as: UTF8.self)
        pending.removeAll(keepingCapacity: true)
        if line.isEmpty {
            dispatch(into: &events)
            return
        }
        if line.hasPrefix(":") { return }
        let field: Substring
        var value: Substring
        if let colon = line.firstIndex(of: ":") {
            field = line[..<colon]
            value = line[line.index(after: colon)...]
            if value.hasPrefix(" ") { value = value.dropFirst() }
        } else {
            field = line[...]
            value = ""
        }
        switch field {
        case "data": dataLines.append(String(value))
        case "event": eventType = String(value)
        case "id": eventID = String(value)
        default: break
        }
    }

    private mutating func dispatch(into events: inout [ServerSentEvent]) {
        defer {
            dataLines.removeAll()
            eventType = nil
        }
        // An event with no data lines is not delivered (the spec's rule), but its id still sticks.
        guard !dataLines.isEmpty else { return }
        events.append(ServerSentEvent(event: eventType, data: dataLines.joined(separator: "\n"), id: eventID))
    }
}
