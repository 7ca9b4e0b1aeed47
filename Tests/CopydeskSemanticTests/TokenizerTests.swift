import Testing
@testable import CopydeskSemantic

@Suite struct TokenizerTests {
    struct Tokens: Decodable { let text: String; let ids: [Int32] }

    /// Tweets of the sample day (English, Chinese, mixed, links, cashtags, runs of emoji) and
    /// awkward texts (full-width forms, combining marks, ZWJ sequences, control characters), with
    /// the ids the Python package gives them (scripts/semantic-golden.py).
    @Test func piecesMatchThePythonPackage() throws {
        let encoder = try TestModel.encoder()
        let golden = try TestModel.fixture("tokens.json", as: [Tokens].self)
        #expect(golden.count >= 60)
        for entry in golden {
            #expect(encoder.pieces(entry.text) == entry.ids, "\(entry.text)")
        }
    }

    /// libsentencepiece merges a run of unknown characters into one piece; the network was run
    /// with one unknown piece per character (the 16 of the sample day's 320 tweets that differed).
    @Test func aRunOfUnknownCharactersIsOnePiecePerCharacter() throws {
        let encoder = try TestModel.encoder()
        let one = encoder.pieces("🔥")
        let three = encoder.pieces("🔥🔥🔥")
        #expect(one.filter { $0 == 0 }.count == 1)
        #expect(three.filter { $0 == 0 }.count == 3)
        #expect(three.first == 1 && three.last == 2)
    }

    @Test func anEmptyTextIsOneUnknownPiece() throws {
        #expect(try TestModel.encoder().pieces("") == [1, 0, 2])
    }

    @Test func aVeryLongTextIsCutKeepingItsEnd() throws {
        let encoder = try TestModel.encoder()
        let pieces = encoder.pieces(String(repeating: "深度学习 transformer 模型 ", count: 2_000))
        #expect(pieces.count == MultilingualEncoder.maximumPieces)
        #expect(pieces.first == 1 && pieces.last == 2)
    }
}
