import Foundation

/// A session log's text: its header, its records, and how to fold them. Pure: bytes in, values out.
///
/// The format is JSON Lines: line 1 the `SessionHeader`, then one `SessionRecord` per line, each
/// ending in a newline. A last line that is cut off or unreadable is a torn write (the process died
/// while appending, before acknowledging): it is dropped with a warning. Damage anywhere else stops.
public struct SessionLog: Sendable, Hashable {
    public var header: SessionHeader
    public var records: [SessionRecord]
    /// Set when the last line was torn and dropped.
    public var tornLine: Int?
    /// Bytes of the file that hold the header and the good records (where appending resumes).
    public var goodLength: Int

    public init(header: SessionHeader, records: [SessionRecord] = []) {
        self.header = header
        self.records = records
        self.tornLine = nil
        self.goodLength = 0
    }

    /// Reads a log from its bytes.
    public init(data: Data) throws(SessionLogError) {
        let bytes = [UInt8](data)
        var lines: [(start: Int, end: Int, complete: Bool)] = []
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lines.append((start, i, true))
            start = i + 1
        }
        if start < bytes.count { lines.append((start, bytes.count, false)) }
        guard let first = lines.first else { throw .empty }
        guard first.complete, let header = try? Self.decoder.decode(SessionHeader.self, from: Data(bytes[first.start..<first.end])) else {
            throw Self.headerProblem(Data(bytes[first.start..<first.end]))
        }
        guard header.format <= SessionHeader.currentFormat else { throw .unsupportedFormat(header.format) }
        self.header = header
        self.records = []
        self.tornLine = nil
        self.goodLength = first.end + 1

        for (index, line) in lines.enumerated().dropFirst() {
            let number = index + 1
            let isLast = index == lines.count - 1
            let record = line.complete ? try? Self.decoder.decode(SessionRecord.self, from: Data(bytes[line.start..<line.end])) : nil
            guard let record else {
                if isLast { tornLine = number; break }
                throw .badRecord(line: number, reason: Self.recordProblem(Data(bytes[line.start..<line.end])))
            }
            guard record.seq == records.count + 1 else {
                throw .badSequence(line: number, expected: records.count + 1, found: record.seq)
            }
            records.append(record)
            goodLength = line.end + 1
        }
    }

    /// The state after the first `until` records (all when nil), checking that every event fits.
    public func state(until: Int? = nil) throws(SessionLogError) -> SessionState {
        var state = SessionState(draft: header.proposal)
        for record in records.prefix(until ?? records.count) {
            do {
                try state.apply(record.events)
            } catch {
                throw .badEvent(line: record.seq + 1, error)
            }
        }
        return state
    }

    /// The header's line, newline included.
    public static func line(_ header: SessionHeader) -> Data { encodeLine(header) }
    /// A record's line, newline included.
    public static func line(_ record: SessionRecord) -> Data { encodeLine(record) }

    /// The whole log as text, as it is written.
    public var data: Data {
        var data = Self.line(header)
        for record in records { data.append(Self.line(record)) }
        return data
    }

    static let decoder = JSONDecoder()

    static func encodeLine(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain value types cannot fail.
        var data = try! encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    static func headerProblem(_ data: Data) -> SessionLogError {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return .badHeader(reason: "line 1 is not a JSON object")
        }
        guard object["type"] as? String == "copydesk-session" else {
            return .badHeader(reason: "line 1 is not a copydesk session header")
        }
        if let format = object["format"] as? Int, format > SessionHeader.currentFormat { return .unsupportedFormat(format) }
        return .badHeader(reason: decodingProblem(SessionHeader.self, data))
    }

    static func recordProblem(_ data: Data) -> String {
        guard (try? JSONSerialization.jsonObject(with: data)) is [String: Any] else { return "not a JSON object" }
        return decodingProblem(SessionRecord.self, data)
    }

    static func decodingProblem<T: Decodable>(_ type: T.Type, _ data: Data) -> String {
        do {
            _ = try decoder.decode(type, from: data)
            return "unreadable"
        } catch let DecodingError.keyNotFound(key, context) {
            return "missing '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
                let DecodingError.dataCorrupted(context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "'\(path)': \(context.debugDescription)"
        } catch {
            return "unreadable"
        }
    }
}
