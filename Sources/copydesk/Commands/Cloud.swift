import ArgumentParser
import CopydeskCore

/// `copydesk cloud`: Render a word cloud from a word<TAB>count file.
struct Cloud: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render a word cloud from a word<TAB>count file.")

    func run() async throws {
        throw ValidationError("`cloud` is not built yet.")
    }
}
