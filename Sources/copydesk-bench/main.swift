// copydesk-bench: `make bench` runs it from a release build and prints one table per benchmark.
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "engine" {
    EngineBench.run(Array(CommandLine.arguments.dropFirst(2)))
} else {
    PipelineBench.run()
    print("")
    CloudBench.run()
    LoadBench.run()
}
