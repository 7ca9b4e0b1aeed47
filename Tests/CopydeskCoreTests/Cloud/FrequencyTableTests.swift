import CopydeskCore
import Testing

@Suite struct FrequencyTableTests {
    @Test func parsesWordsAndCountsRankedWithRepeatsAddedUp() throws {
        let text = "# comment line\nOpenAI\t5\n大模型\t7\r\n\n#AI\t3\nOpenAI\t4\n"
        let counts = try FrequencyTable.parse(text, file: "f.tsv")
        #expect(counts == [WordCount("OpenAI", 9), WordCount("大模型", 7), WordCount("#AI", 3)])
    }

    @Test func tiesAreOrderedByWord() throws {
        let counts = try FrequencyTable.parse("b\t2\na\t2\nc\t3\n", file: "f.tsv")
        #expect(counts.map(\.word) == ["c", "a", "b"])
    }

    @Test(arguments: [
        ("word 3\n", FrequencyTableError(file: "f.tsv", line: 1, problem: .notTwoFields(1))),
        ("ok\t1\nword\tmany\n", FrequencyTableError(file: "f.tsv", line: 2, problem: .badCount("many"))),
        ("word\t0\n", FrequencyTableError(file: "f.tsv", line: 1, problem: .badCount("0"))),
        ("\t4\n", FrequencyTableError(file: "f.tsv", line: 1, problem: .emptyWord)),
        ("a\t1\t2\n", FrequencyTableError(file: "f.tsv", line: 1, problem: .notTwoFields(3))),
        ("# nothing\n\n", FrequencyTableError(file: "f.tsv", line: 0, problem: .noWords)),
    ])
    func badLinesNameFileAndLine(text: String, expected: FrequencyTableError) {
        #expect(throws: expected) { try FrequencyTable.parse(text, file: "f.tsv") }
    }

    @Test func messagesSayWhereAndWhatToDo() {
        let error = FrequencyTableError(file: "words.tsv", line: 4, problem: .notTwoFields(1))
        #expect(error.description.hasPrefix("words.tsv:4: expected `word<TAB>count`"))
    }
}
