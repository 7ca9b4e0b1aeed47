import ArgumentParser
import CopydeskCore
import CopydeskStore

/// `--memory-days N`: how many earlier days' session logs `edit` and `draft` read, so a story an
/// earlier post told is marked `covered` and demoted unless it brings something new.
struct MemoryOptions: ParsableArguments {
    @Option(name: .customLong("memory-days"), help: "Read the session logs of this many days before the day, to mark stories an earlier post told (0: none).")
    var memoryDays = 7

    func validate() throws {
        if memoryDays < 0 { throw ValidationError("--memory-days takes a number of days, 0 or more (0 turns the memory off).") }
    }

    /// The earlier posts in `sessions` before `window`'s first day, their problems printed as warnings.
    func memory(sessions: String, window: ReportWindow) -> CoverageMemory {
        guard memoryDays > 0 else { return CoverageMemory() }
        let (memory, _, warnings) = SessionMemory.load(folder: sessions, before: window.start, days: memoryDays)
        for warning in warnings { SessionSetup.printError("copydesk: warning: \(warning)") }
        return memory
    }
}
