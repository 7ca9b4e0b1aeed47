import ArgumentParser
import CopydeskCore

/// `copydesk synth`: Write a synthetic day of tweets, for benchmarks.
struct Synth: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a synthetic day of tweets, for benchmarks.")

    func run() async throws {
        throw ValidationError("`synth` is not built yet.")
    }
}
