import ArgumentParser
import CopydeskCore

/// `copydesk edit`: Open the editing shell (or run a script) on a day's tweets.
struct Edit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the editing shell (or run a script) on a day's tweets.")

    func run() async throws {
        throw ValidationError("`edit` is not built yet.")
    }
}
