import CopydeskCore
print("copydesk-bench: no benchmarks yet")
CloudBench.run()
LoadBench.run()
