import ArgumentParser
import CopydeskCore

/// `copydesk inspect FILE...`: what was read from the inputs.
struct Inspect: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show what copydesk reads from tweet exports.")

    @Argument(help: "Tweet exports (files or folders).")
    var inputs: [String] = []

    func run() async throws {
        print("inspect: not yet implemented (\(inputs.count) inputs)")
    }
}
