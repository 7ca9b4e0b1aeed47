import CopydeskCore
// `copydesk-bench load FILE...` times loading given files only (for profilers); no arguments runs everything.
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "load" {
    LoadBench.loadFiles(Array(CommandLine.arguments.dropFirst(2)))
} else {
    CloudBench.run()
    LoadBench.run()
}
