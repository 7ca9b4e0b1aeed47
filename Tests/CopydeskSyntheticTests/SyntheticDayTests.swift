@testable import CopydeskCore
@testable import CopydeskSynthetic
import Foundation
import Testing

@Suite struct SyntheticDayTests {
    static let date = LocalDate("2026-01-24")!
    static let day = SyntheticDay(date: date, tweetCount: 3000, seed: 7)

    @Test func sameSeedGivesSameBytes() {
        let again = SyntheticDay(date: Self.date, tweetCount: 3000, seed: 7)
        #expect(again.xAPIResponseJSON() == Self.day.xAPIResponseJSON())
        #expect(again.twscrapeJSONL() == Self.day.twscrapeJSONL())
        #expect(again.labelsJSON() == Self.day.labelsJSON())
        #expect(again.tweets == Self.day.tweets)
    }

    @Test func anotherSeedGivesAnotherDay() {
        let other = SyntheticDay(date: Self.date, tweetCount: 3000, seed: 8)
        #expect(other.tweets.map(\.text) != Self.day.tweets.map(\.text))
        #expect(other.twscrapeJSONL() != Self.day.twscrapeJSONL())
    }

    @Test(arguments: [0, 1, 17, 250, 3000])
    func writesExactlyTheRequestedCount(count: Int) throws {
        let day = count == 3000 ? Self.day : SyntheticDay(date: Self.date, tweetCount: count, seed: 1)
        #expect(day.tweets.count == count)
        #expect(Set(day.tweets.map(\.id)).count == count)
        #expect(day.labels.count == count)
        let pages = try #require(JSONSerialization.jsonObject(with: day.xAPIResponseJSON()) as? [[String: Any]])
        let data = pages.flatMap { $0["data"] as? [[String: Any]] ?? [] }
        #expect(data.count == count)
        let lines = day.twscrapeJSONL().split(separator: UInt8(ascii: "\n"))
        #expect(lines.count == count)
    }

    @Test func idsAreSnowflakesOrderedByTime() throws {
        for tweet in Self.day.tweets {
            #expect(tweet.id.count == 19)
            let id = try #require(UInt64(tweet.id))
            // The id's timestamp is within a second of the creation time.
            let milliseconds = Double(id >> 22) + 1_288_834_974_657
            #expect(abs(milliseconds / 1000 - tweet.createdAt.timeIntervalSince1970) < 1)
        }
    }

    @Test func labelsCoverStoriesAndAboutThirtyPercentNoise() {
        let day = Self.day
        #expect(Set(day.labels.keys) == Set(day.tweets.map(\.id)))
        let noise = day.labels.values.filter { $0 == SyntheticDay.noiseLabel }.count
        let share = Double(noise) / Double(day.tweets.count)
        #expect(share > 0.25 && share < 0.38, "noise share \(share)")
        let storyLabels = Set(day.labels.values).subtracting([SyntheticDay.noiseLabel])
        #expect(storyLabels == Set(day.stories.map(\.label)))
        #expect(Set(day.stories.map(\.category)).count >= 8)
    }

    @Test func storySizesAreHeavyTailed() {
        let sizes = Self.day.stories.map(\.size).sorted()
        let median = sizes[sizes.count / 2]
        #expect(sizes.last! >= 10 * median, "largest \(sizes.last!) vs median \(median)")
        #expect(sizes.filter { $0 <= 3 }.count > sizes.count / 3)
    }

    @Test func engagementIsHeavyTailed() {
        let likes = Self.day.tweets.map(\.metrics.likes).sorted(by: >)
        let total = likes.reduce(0, +)
        let top = likes.prefix(likes.count / 100).reduce(0, +)
        #expect(Double(top) > 0.3 * Double(total))
        #expect(likes[likes.count / 2] < 20)
    }

    @Test func hasEveryKindWithEarlierReferences() throws {
        let day = Self.day
        let byID = Dictionary(uniqueKeysWithValues: day.tweets.map { ($0.id, $0) })
        var kinds: [Tweet.Kind: Int] = [:]
        for tweet in day.tweets {
            kinds[tweet.kind, default: 0] += 1
            if tweet.kind == .original {
                #expect(tweet.referencedID == nil)
                continue
            }
            let referencedID = try #require(tweet.referencedID)
            let target = try #require(byID[referencedID])
            #expect(target.createdAt < tweet.createdAt)
            #expect(target.kind == .original)
            if tweet.kind == .retweet {
                #expect(tweet.text.hasPrefix("RT @\(target.author.handle): "))
                #expect(day.labels[tweet.id] == day.labels[target.id])
            }
            if tweet.kind == .reply, target.author.handle != tweet.author.handle {
                #expect(tweet.mentions.first == target.author.handle)
            }
        }
        for kind in Tweet.Kind.allCases {
            #expect(kinds[kind, default: 0] > day.tweets.count / 50, "\(kind): \(kinds[kind, default: 0])")
        }
    }

    @Test func storiesHaveNearDuplicates() {
        // Most stories of 10+ tweets have two distinct originals (not retweets) sharing most words
        // (t.co links aside), and rewordings are not all verbatim copies.
        let day = Self.day
        var byLabel: [String: [Set<Substring>]] = [:]
        for tweet in day.tweets where tweet.kind == .original && tweet.lang == "en" {
            let words = Set(tweet.text.split(separator: " ").filter { !$0.hasPrefix("https://t.co/") })
            byLabel[day.labels[tweet.id]!, default: []].append(words)
        }
        let big = day.stories.filter { $0.size >= 10 }
        #expect(big.count >= 10)
        var withNearDuplicates = 0
        var reworded = 0
        for story in big {
            let sets = byLabel[story.label] ?? []
            var best = 0.0
            for i in sets.indices {
                for j in sets.indices where j > i {
                    let jaccard = Double(sets[i].intersection(sets[j]).count) / Double(sets[i].union(sets[j]).count)
                    best = max(best, jaccard)
                    if jaccard >= 0.5 && jaccard < 1 { reworded += 1 }
                }
            }
            if best >= 0.5 { withNearDuplicates += 1 }
        }
        #expect(withNearDuplicates * 10 >= big.count * 8, "\(withNearDuplicates) of \(big.count)")
        #expect(reworded >= big.count)
    }

    @Test func unrelatedStoriesRarelyLookAlike() {
        // A benchmark needs stories a grouper can tell apart: sampled pairs of English originals
        // from different stories almost never share half their words; pairs from one story often do.
        let day = Self.day
        let originals = day.tweets.filter { $0.kind == .original && $0.lang == "en" && day.labels[$0.id] != SyntheticDay.noiseLabel }
        let words = originals.map { Set($0.text.lowercased().split(separator: " ").filter { !$0.hasPrefix("https://") }) }
        var random = SeededRandom(seed: 99)
        var across = 0, acrossSimilar = 0, within = 0, withinSimilar = 0
        for _ in 0..<30_000 {
            let i = random.below(originals.count), j = random.below(originals.count)
            guard i != j else { continue }
            let jaccard = Double(words[i].intersection(words[j]).count) / Double(words[i].union(words[j]).count)
            if day.labels[originals[i].id] == day.labels[originals[j].id] {
                within += 1
                if jaccard >= 0.5 { withinSimilar += 1 }
            } else {
                across += 1
                if jaccard >= 0.5 { acrossSimilar += 1 }
            }
        }
        #expect(Double(acrossSimilar) / Double(across) < 0.001, "\(acrossSimilar) of \(across)")
        #expect(Double(withinSimilar) / Double(within) > 0.25, "\(withinSimilar) of \(within)")
    }

    @Test func hasChineseTweetsLinksTagsAndCashtags() {
        let day = Self.day
        let chinese = day.tweets.filter { $0.lang == "zh" }.count
        #expect(chinese > day.tweets.count / 20)
        #expect(day.tweets.contains { $0.urls.contains { $0.hasPrefix("https://") && !$0.contains("t.co") } })
        #expect(day.tweets.contains { !$0.hashtags.isEmpty })
        #expect(day.tweets.contains { !$0.cashtags.isEmpty })
        // Several tweets of one story share the same article URL.
        var urlCounts: [String: Int] = [:]
        for tweet in day.tweets where tweet.kind != .retweet {
            for url in Set(tweet.urls) where !url.contains("/status/") { urlCounts[url, default: 0] += 1 }
        }
        #expect(urlCounts.values.contains { $0 >= 5 })
    }

    @Test func mostTweetsFallInsideTheDayAndSomeOutside() {
        let day = Self.day
        let inside = day.tweets.filter { day.window.contains($0.createdAt) }.count
        #expect(inside < day.tweets.count)
        #expect(inside >= day.tweets.count * 97 / 100)
    }

    @Test func followsTheTimeZone() {
        let newYork = SyntheticDay(date: Self.date, tweetCount: 200, seed: 3, utcOffsetSeconds: -5 * 3600)
        let window = ReportWindow(day: Self.date, utcOffsetSeconds: -5 * 3600)
        let inside = newYork.tweets.filter { window.contains($0.createdAt) }.count
        #expect(inside >= 190)
    }
}

/// `synth --skew`: a lopsided day for the speed of one huge story (issue 16 item 10).
@Suite struct SkewedDayTests {
    @Test func oneStoryHoldsAboutSevenPercent() {
        let date = LocalDate("2026-01-24")!
        let skewed = SyntheticDay(date: date, tweetCount: 10_000, seed: 7, skewed: true)
        let big = skewed.stories[0]
        #expect(big.size == (10_000 - 2_700) / 10)
        #expect(skewed.labels.values.filter { $0 == big.label }.count >= big.size * 8 / 10)
        #expect(skewed.tweets.count == 10_000)
        // Without --skew the day is the one it always was.
        let plain = SyntheticDay(date: date, tweetCount: 10_000, seed: 7)
        #expect(plain.stories[0].size < 100)
        #expect(plain.tweets.map(\.id) == SyntheticDay(date: date, tweetCount: 10_000, seed: 7, skewed: false).tweets.map(\.id))
    }
}
