import ArgumentParser
import CopydeskCore

/// `copydesk export`: Write the Jekyll post and its word cloud from a session log.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the Jekyll post and its word cloud from a session log.")

    func run() async throws {
        throw ValidationError("`export` is not built yet.")
    }
}
