// copydesk-bench: `make bench` runs it from a release build and prints one table per benchmark.
// `copydesk-bench load FILE...` times loading the given files only (for profilers).
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "load" {
    LoadBench.loadFiles(Array(CommandLine.arguments.dropFirst(2)))
} else {
    PipelineBench.run()
    print("")
    CloudBench.run()
    LoadBench.run()
}
