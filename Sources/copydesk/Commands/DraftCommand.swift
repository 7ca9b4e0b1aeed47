import ArgumentParser
import CopydeskCore

/// `copydesk draft`: Write the automatic draft post and print the candidates.
struct DraftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "draft", abstract: "Write the automatic draft post and print the candidates.")

    func run() async throws {
        throw ValidationError("`draft` is not built yet.")
    }
}
