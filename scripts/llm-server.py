"""llama.cpp's OpenAI-compatible server on 127.0.0.1, from the PyPI wheel `xllamacpp`.

Usage: python llm-server.py MODEL.gguf PORT [CONTEXT] [THREADS]

Serves /v1/chat/completions and /health until it is sent SIGTERM or SIGINT. `make test-llm` runs it
with the SmolLM2-135M model; an editor runs it the same way with a Chinese-capable GGUF of their own.
"""
import signal
import sys
import threading

import xllamacpp


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    model, port = sys.argv[1], int(sys.argv[2])
    context = int(sys.argv[3]) if len(sys.argv) > 3 else 8192
    threads = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    params = xllamacpp.CommonParams()
    params.model.path = model
    params.hostnames = ["127.0.0.1"]
    params.port = port
    params.n_ctx = context
    params.n_parallel = 1
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    server = xllamacpp.Server(params)
    print(f"llm-server: {model} on http://127.0.0.1:{port}/v1", flush=True)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    stop.wait()
    del server


if __name__ == "__main__":
    main()
