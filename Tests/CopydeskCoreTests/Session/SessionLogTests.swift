import CopydeskCore
import Foundation
import Testing
import TestSupport

@Suite struct SessionLogTests {
    typealias F = SessionFixtures

    /// A live session of random commands, with its records and the draft after each.
    static func randomSession(seed: UInt64, count: Int) throws -> (records: [SessionRecord], drafts: [Draft]) {
        var rng = SeededRandom(seed: seed)
        var desk = Desk(draft: F.draft, tweets: F.tweets)
        var records: [SessionRecord] = []
        var drafts = [desk.draft]
        let date = Date(timeIntervalSince1970: 1_769_236_343)
        while records.count < count {
            let line = F.randomLine(&rng, points: desk.draft.points.count, reserve: desk.draft.reserve.count)
            guard case .change(let events, _)? = try? desk.decide(line: line) else { continue }
            try desk.apply(events)
            records.append(SessionRecord(seq: records.count + 1, date: date, line: line, events: events))
            drafts.append(desk.draft)
        }
        return (records, drafts)
    }

    @Test func replayingEveryPrefixEqualsTheLiveState() throws {
        for seed in [1, 2, 3] as [UInt64] {
            let (records, drafts) = try Self.randomSession(seed: seed, count: 60)
            let data = SessionLog(header: F.header, records: records).data
            let log = try SessionLog(data: data)
            #expect(log.records == records)
            for k in 0...records.count {
                #expect(try log.state(until: k).draft == drafts[k], "prefix \(k) of seed \(seed)")
            }
        }
    }

    @Test func encodingIsDeterministic() throws {
        let (records, _) = try Self.randomSession(seed: 7, count: 40)
        let log = SessionLog(header: F.header, records: records)
        var header = F.header
        let state = try log.state()
        header.proposal = state.draft  // a draft with decisions and section texts in its dictionaries
        let first = SessionLog(header: header, records: records).data
        for _ in 0..<5 { #expect(SessionLog(header: header, records: records).data == first) }
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.split(separator: "\n").count == records.count + 1)
        #expect(text.hasPrefix(#"{"copydesk":"\#(Copydesk.version)","fingerprint":"test","format":1,"#))
    }

    @Test func aTornLastLineIsDropped() throws {
        let (records, _) = try Self.randomSession(seed: 4, count: 5)
        let whole = SessionLog(header: F.header, records: records).data
        let lastLine = SessionLog.line(records[4])
        for cut in [1, lastLine.count / 2, lastLine.count - 1] {
            let torn = whole.prefix(whole.count - lastLine.count + cut)
            let log = try SessionLog(data: Data(torn))
            #expect(log.records == Array(records.prefix(4)))
            #expect(log.tornLine == 6)
            #expect(log.goodLength == whole.count - lastLine.count)
        }
        // Zeros without a newline (a crash can leave them) are torn; with one they are damage (SessionLogDamageTests).
        var zeros = whole.prefix(whole.count - lastLine.count)
        zeros.append(Data(repeating: 0, count: 20))
        #expect(try SessionLog(data: zeros).tornLine == 6)
        // An intact log has no torn line.
        #expect(try SessionLog(data: whole).tornLine == nil)
    }

    @Test func damageEarlierNamesTheLine() throws {
        let (records, _) = try Self.randomSession(seed: 5, count: 5)
        var lines = SessionLog(header: F.header, records: records).data.split(separator: UInt8(ascii: "\n")).map { Data($0) }
        lines[2] = Data(#"{"seq":2,"time":"x","line":"accept 1"}"#.utf8)
        let damaged = Data(lines.joined(separator: Data("\n".utf8))) + Data("\n".utf8)
        #expect(throws: SessionLogError.badRecord(line: 3, reason: "missing 'events'")) { try SessionLog(data: damaged) }

        lines[2] = SessionLog.line(records[2]).dropLast()  // seq 3 where 2 belongs
        let skipped = Data(lines.joined(separator: Data("\n".utf8))) + Data("\n".utf8)
        #expect(throws: SessionLogError.badSequence(line: 3, expected: 2, found: 3)) { try SessionLog(data: skipped) }
    }

    @Test func headerProblems() {
        #expect(throws: SessionLogError.empty) { try SessionLog(data: Data()) }
        #expect(throws: SessionLogError.badHeader(reason: "line 1 is not a JSON object")) { try SessionLog(data: Data("hello\n".utf8)) }
        #expect(throws: SessionLogError.badHeader(reason: "line 1 is not a copydesk session header")) {
            try SessionLog(data: Data("{\"a\":1}\n".utf8))
        }
        #expect(throws: SessionLogError.unsupportedFormat(9)) {
            try SessionLog(data: Data("{\"type\":\"copydesk-session\",\"format\":9}\n".utf8))
        }
    }

    @Test func anEventThatDoesNotFitNamesItsLine() throws {
        var records = try Self.randomSession(seed: 6, count: 3).records
        records.append(SessionRecord(seq: 4, time: "t", line: "accept 1", events: [.pointAccepted(story: StoryID("nope"))]))
        let log = try SessionLog(data: SessionLog(header: F.header, records: records).data)
        #expect(throws: SessionLogError.badEvent(line: 5, .unknownStory(StoryID("nope")))) { try log.state() }
        #expect(try log.state(until: 3).steps == 3)
    }

    @Test func recordTimeIsUTCWithMilliseconds() {
        #expect(SessionRecord.timeText(Date(timeIntervalSince1970: 1_769_236_343.125)) == "2026-01-24T06:32:23.125Z")
    }

    @Test func theArchiveHandleIsRecordedOnlyWhenGiven() throws {
        #expect(!String(decoding: SessionLog.line(F.header), as: UTF8.self).contains("archiveHandle"))
        var header = F.header
        header.archiveHandle = "someone"
        let log = try SessionLog(data: SessionLog.line(header))
        #expect(log.header.archiveHandle == "someone")
    }
}
