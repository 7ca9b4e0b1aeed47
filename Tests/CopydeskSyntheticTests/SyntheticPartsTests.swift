@testable import CopydeskCore
@testable import CopydeskSynthetic
import Testing

@Suite struct SyntheticPartsTests {
    @Test func entitiesSkipAmountsAndCountCodePoints() {
        let entities = SyntheticEntities.scan("🔥 $INTC down, World Labs at $5B (#AI) @levie https://t.co/abc $PEPE!")
        #expect(entities.map(\.kind) == [.cashtag, .hashtag, .mention, .url, .cashtag])
        #expect(entities.map(\.value) == ["INTC", "AI", "levie", "https://t.co/abc", "PEPE"])
        // The emoji is one code point: `$INTC` starts at 2.
        #expect(entities[0].start == 2 && entities[0].end == 7)
    }

    @Test func entitiesNeedASpaceBefore() {
        #expect(SyntheticEntities.scan("a@b.c x#y z$Q").isEmpty)
        #expect(SyntheticEntities.scan("$TOOLONGX $_X").isEmpty)
    }

    @Test func languageIgnoresHandlesAndLinks() {
        #expect(SyntheticEntities.language(of: "@someone 太强了") == "zh")
        #expect(SyntheticEntities.language(of: "@someone 🔥🔥🔥 https://t.co/x") == "qme")
        #expect(SyntheticEntities.language(of: "this is huge 🔥") == "en")
    }

    @Test func templatesFillSlotsAndKeepOtherBraces() {
        var values = [String](repeating: "", count: 26)
        values[18] = "Vega-3.1"
        values[0] = "31"
        let template = SyntheticTemplate("{S} scores {A}% {x} {}")
        #expect(template.render(values) == "Vega-3.1 scores 31% {x} {}")
    }

    @Test func randomIsDeterministicAndInRange() {
        var a = SeededRandom(seed: 42)
        var b = SeededRandom(seed: 42)
        for _ in 0..<1000 {
            let x = a.below(7)
            #expect(x == b.below(7))
            #expect((0..<7).contains(x))
        }
        var c = SeededRandom(seed: 1)
        #expect(c.next() == 0x910A_2DEC_8902_5CC1)  // SplitMix64's published first output for seed 1
    }

    @Test func topicNamesAreUnique() {
        let names = (0..<19_000).map(SyntheticTopic.name)
        #expect(Set(names).count == names.count)
        #expect(SyntheticTopic.slug("Vega-3.1 Pro Agent") == "vega-3.1-pro-agent")
    }

    @Test func isoTimesMatchTheFormats() {
        #expect(SyntheticDay.isoTime(1_769_184_000, api: true) == "2026-01-23T16:00:00.000Z")
        #expect(SyntheticDay.isoTime(1_769_224_365, api: false) == "2026-01-24T03:12:45+00:00")
    }
}
