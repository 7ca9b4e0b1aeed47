// copydesk-bench: `make bench` runs it from a release build and prints one table per benchmark.
PipelineBench.run()
print("")
CloudBench.run()
LoadBench.run()
