import CopydeskCore

// copydesk-bench: `make bench` runs it from a release build and prints one table per benchmark.
// `copydesk-bench load [--repeat N] FILE...` times loading the given files only, `copydesk-bench engine
// ARGS...` the story engine only, `copydesk-bench pipeline` the load-and-engine table only (the 100k-tweet
// target) and `copydesk-bench semantic` the sentence encoder only (for profilers).
// As the copydesk command sets it up (`HeapTuning`): the bench measures what an editor runs.
HeapTuning.apply()
let arguments = CommandLine.arguments
if arguments.count > 2, arguments[1] == "load" {
    var files = Array(arguments.dropFirst(2))
    var repeats = 1
    if files.count > 2, files[0] == "--repeat", let count = Int(files[1]) {
        repeats = count
        files.removeFirst(2)
    }
    LoadBench.loadFiles(files, repeats: repeats)
} else if arguments.count > 1, arguments[1] == "engine" {
    EngineBench.run(Array(arguments.dropFirst(2)))
} else if arguments.count > 1, arguments[1] == "pipeline" {
    PipelineBench.run()
} else if arguments.count > 1, arguments[1] == "semantic" {
    SemanticBench.run()
    print("")
    MeaningStageBench.run()
} else {
    PipelineBench.run()
    print("")
    CloudBench.run()
    LoadBench.run()
    print("")
    SemanticBench.run()
    print("")
    MeaningStageBench.run()
}
