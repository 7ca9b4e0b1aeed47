// copydesk-bench: `make bench` runs it from a release build and prints one table per benchmark.
// `copydesk-bench load FILE...` times loading the given files only, and `copydesk-bench engine
// ARGS...` the story engine only (for profilers).
let arguments = CommandLine.arguments
if arguments.count > 2, arguments[1] == "load" {
    LoadBench.loadFiles(Array(arguments.dropFirst(2)))
} else if arguments.count > 1, arguments[1] == "engine" {
    EngineBench.run(Array(arguments.dropFirst(2)))
} else {
    PipelineBench.run()
    print("")
    CloudBench.run()
    LoadBench.run()
}
