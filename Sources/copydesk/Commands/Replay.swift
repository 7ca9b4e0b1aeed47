import ArgumentParser
import CopydeskCore

/// `copydesk replay`: Rebuild a post from a saved session log.
struct Replay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Rebuild a post from a saved session log.")

    func run() async throws {
        throw ValidationError("`replay` is not built yet.")
    }
}
