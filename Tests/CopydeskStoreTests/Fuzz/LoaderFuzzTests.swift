import CopydeskCore
import CopydeskStore
import Foundation
import Testing
import TestSupport

/// Seeded mutation fuzzing of every loader (issue 16 item 11): whatever the bytes, a load ends
/// (quickly) in tweets that account for every record read, or in a `LoadError` naming the file.
/// `make fuzz` runs many more cases (`COPYDESK_FUZZ_CASES`).
@Suite struct LoaderFuzzTests {
    static let window = ReportWindow(day: LocalDate("2026-01-24")!)

    @Test func mutatedExportsLoadOrAreRefusedWithTheirFile() throws {
        let files = try StoreTestFiles()
        defer { files.remove() }
        let cases = FuzzSeeds.cases(normal: 2_400)
        var mutator = Mutator(seed: 16)
        var slowest = Duration.zero
        var refused = 0
        for n in 0..<cases {
            let seed = FuzzSeeds.exports[n % FuzzSeeds.exports.count]
            let (bytes, kinds) = mutator.mutate(seed.bytes)
            let path = try files.write(seed.name, bytes: bytes)
            let what = "case \(n) (\(seed.name): \(kinds.joined(separator: ", ")))"
            let start = ContinuousClock.now
            do {
                let result = try TweetLoader.load([path], window: Self.window)
                let report = result.report
                #expect(report.read == report.kept + report.duplicates + report.outsideWindow + report.skippedTotal, "\(what)")
                #expect(result.tweets.count == report.kept, "\(what)")
                #expect(result.tweets.allSatisfy { $0.createdAt >= Self.window.lowerBound && $0.createdAt < Self.window.upperBound }, "\(what)")
                #expect(result.tweets.allSatisfy { Self.countsInBounds($0) }, "\(what)")
                #expect(report.warnings.allSatisfy { $0.location.file == path && !$0.message.isEmpty }, "\(what)")
            } catch {
                refused += 1
                #expect(error.location.file == path, "\(what): \(error)")
                #expect(error.description.contains(": error: ") && !error.problem.advice.isEmpty, "\(what): \(error)")
            }
            slowest = max(slowest, ContinuousClock.now - start)
        }
        #expect(slowest < .seconds(5), "the slowest case took \(slowest)")
        // Some cases must get through and some be refused, or the mutations test nothing.
        #expect(refused > 0 && refused < cases)
    }

    static func countsInBounds(_ tweet: Tweet) -> Bool {
        let m = tweet.metrics
        return [m.likes, m.retweets, m.replies, m.quotes, m.views, tweet.author.followers].allSatisfy { (0...TweetLimits.maxCount).contains($0) }
    }
}
