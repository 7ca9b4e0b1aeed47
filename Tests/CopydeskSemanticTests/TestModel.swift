import Foundation
import TestSupport
@testable import CopydeskSemantic

/// The installed model (`make model`), loaded once for every test; a missing model fails each test
/// that needs it with the loader's message.
enum TestModel {
    private static let loaded = Result { () throws(SemanticModelError) in try MultilingualEncoder.load() }

    static func encoder() throws -> MultilingualEncoder { try loaded.get() }

    static var folder: URL { ModelLocation.find() }

    /// A fixture file of this target, decoded.
    static func fixture<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        let url = Fixtures.root.appendingPathComponent("Tests/CopydeskSemanticTests/Fixtures/\(name)")
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    static func dot(_ a: [Float], _ b: [Float]) -> Float { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
}
