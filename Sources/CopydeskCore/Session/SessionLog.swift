import Foundation

/// A session log's text: its header, its records, and how to fold them. Pure: bytes in, values out.
///
/// The format is JSON Lines: line 1 the `SessionHeader`, then one `SessionRecord` per line, each
/// ending in a newline. Only a last line without its newline is a torn write (the process died while
/// appending, before acknowledging): it is set aside (`tornLine`) for the caller to drop with a
/// warning. A complete line that cannot be read, anywhere, is damage and stops the log, as does an
/// event this version does not know: neither may be cut off as if it were torn. Blank lines carry
/// nothing and are passed over.
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
        guard first.complete else {
            throw .badHeader(reason: "the header line ends without its newline: the file was cut short, or is not a session log")
        }
        let headerLine = Data(bytes[first.start..<first.end])
        let sealed = LineChecksum.check(headerLine)
        guard sealed != .mismatch else {
            throw .badHeader(reason: "the header does not match its checksum: it was changed after it was written")
        }
        guard let header = try? Self.decoder.decode(SessionHeader.self, from: headerLine) else {
            throw Self.headerProblem(headerLine)
        }
        guard header.format <= SessionHeader.currentFormat else { throw .unsupportedFormat(header.format) }
        self.header = header
        self.records = []
        self.tornLine = nil
        self.goodLength = first.end + 1

        for (index, line) in lines.enumerated().dropFirst() {
            let number = index + 1
            if bytes[line.start..<line.end].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                if line.complete { goodLength = line.end + 1 }
                continue
            }
            guard line.complete else {
                tornLine = number
                break
            }
            let text = Data(bytes[line.start..<line.end])
            let seal = LineChecksum.check(text)
            guard seal != .mismatch else { throw .checksumMismatch(line: number) }
            guard let record = try? Self.decoder.decode(SessionRecord.self, from: text) else {
                if let name = Self.unknownEvent(text) {
                    throw .unknownEvent(line: number, name: name, writtenBy: header.copydesk)
                }
                throw .badRecord(line: number, reason: Self.recordProblem(text))
            }
            // A log started with checksums has one on every record.
            guard seal == .valid || sealed == .absent else { throw .checksumMissing(line: number) }
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
        var data = LineChecksum.seal(try! encoder.encode(value))
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

    /// The name of an event in `data`'s record that this version does not know, if any.
    static func unknownEvent(_ data: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let events = object["events"] as? [Any] else { return nil }
        for case let event as [String: Any] in events where event.count == 1 {
            guard let one = try? JSONSerialization.data(withJSONObject: event) else { continue }
            do {
                _ = try decoder.decode(SessionEvent.self, from: one)
            } catch DecodingError.typeMismatch(let type, let context) where type == SessionEvent.self && context.codingPath.isEmpty {
                // A synthesized enum decoder says so when the one key names no case.
                return event.keys.first
            } catch {}
        }
        return nil
    }

    static func recordProblem(_ data: Data) -> String {
        guard (try? JSONSerialization.jsonObject(with: data)) is [String: Any] else { return "not a JSON object" }
        return decodingProblem(SessionRecord.self, data)
    }

    static func decodingProblem<T: Decodable>(_ type: T.Type, _ data: Data) -> String {
        do {
            _ = try decoder.decode(type, from: data)
            return "not a \(type == SessionHeader.self ? "session header" : "session record")"
        } catch let DecodingError.keyNotFound(key, context) {
            return "missing '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
                let DecodingError.dataCorrupted(context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "'\(path)': \(context.debugDescription)"
        } catch {
            return "not a \(type == SessionHeader.self ? "session header" : "session record"): \(error)"
        }
    }
}
