import Testing
@testable import CopydeskSemantic

@Suite struct EncoderTests {
    struct Golden: Decodable { let text: String; let vector: [Float] }

    /// Each component within 1e-4 of the Python package's vector (scripts/semantic-golden.py).
    @Test func vectorsMatchThePythonPackage() throws {
        let encoder = try TestModel.encoder()
        let golden = try TestModel.fixture("vectors.json", as: [Golden].self)
        #expect(golden.count == 20)
        let vectors = encoder.encode(golden.map(\.text))
        for (entry, vector) in zip(golden, vectors) {
            #expect(vector.count == 512)
            let worst = zip(entry.vector, vector).map { abs($0 - $1) }.max() ?? .infinity
            #expect(worst < 1e-4, "\(entry.text): off by \(worst)")
        }
    }

    @Test func vectorsAreUnitLengthAndAnEmptyTextIsZero() throws {
        let encoder = try TestModel.encoder()
        let vectors = encoder.encode(["GPT-5 发布了", "", "Claude now lives inside Excel"])
        #expect(abs(TestModel.dot(vectors[0], vectors[0]) - 1) < 1e-5)
        #expect(vectors[1] == [Float](repeating: 0, count: 512))
        #expect(abs(TestModel.dot(vectors[2], vectors[2]) - 1) < 1e-5)
        #expect(encoder.encode([]).isEmpty)
        #expect(encoder.identity == "use-multilingual-3" && encoder.dimension == 512)
    }

    /// The same bits whatever the batch: alone, among 300 other texts (several batches on both
    /// cores), and on a second run.
    @Test func aTextsVectorDoesNotDependOnItsCompanyOrTheRun() throws {
        let encoder = try TestModel.encoder()
        let texts = try TestModel.fixture("tweets.json", as: [String].self)
        let many = (0..<300).map { texts[$0 % texts.count] + " #\($0)" }
        let target = "Anthropic ships an Excel add-in for Claude"
        let alone = encoder.encode([target])[0]
        let crowded = encoder.encode(many + [target] + many)
        #expect(crowded[300] == alone)
        #expect(encoder.encode(many) == Array(crowded[0..<300]))
    }
}
