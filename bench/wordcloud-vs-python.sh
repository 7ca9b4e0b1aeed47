#!/usr/bin/env bash
# Word cloud, side by side: copydesk's `cloud` command against Python wordcloud 1.9.6 on the same
# 200 frequencies (bench/words-200.tsv), the same 1600×800 canvas and the same font face.
#
# Both are timed from layout to written JPEG (copydesk's `cloud --stats`; Python's
# generate_from_frequencies + to_file); copydesk's whole-process time, start-up included, is shown too.
# Installs wordcloud with pip into a temporary virtual environment when it is not importable.
# Images land in $OUT (default .build/bench-cloud/): copydesk.jpg and python.jpg.
set -euo pipefail

cd "$(dirname "$0")/.."
WORDS=${WORDS:-bench/words-200.tsv}
OUT=${OUT:-.build/bench-cloud}
RUNS=${RUNS:-5}
PY_RUNS=${PY_RUNS:-3}
PYTHON=${PYTHON:-python3}
mkdir -p "$OUT"

# One face both can open: WenQuanYi Micro Hei's face 0 is Chinese, and PIL opens face 0 of a .ttc.
FONT=${FONT:-$(fc-match -f '%{file}' 'WenQuanYi Micro Hei:lang=zh-cn' 2>/dev/null || true)}
if [ -z "$FONT" ] || [ ! -f "$FONT" ] || ! fc-query -f '%{lang}\n' -i 0 "$FONT" 2>/dev/null | grep -q 'zh-cn'; then
  echo "wordcloud-vs-python: no Chinese font with face 0 found; install fonts-wqy-microhei or set FONT=path" >&2
  exit 1
fi

# Python wordcloud: use an importable one, else a throw-away virtual environment.
VENV=""
cleanup() { [ -n "$VENV" ] && rm -rf "$VENV"; return 0; }
trap cleanup EXIT
if ! "$PYTHON" -c 'import wordcloud' 2>/dev/null; then
  VENV=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-wordcloud.XXXXXX")
  echo "installing wordcloud 1.9.6 into $VENV ..." >&2
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check 'wordcloud==1.9.6'
  PYTHON="$VENV/bin/python"
fi
PY_VERSION=$("$PYTHON" -c 'import wordcloud; print(wordcloud.__version__)')

swift build -c release --product copydesk >/dev/null
BIN=.build/release/copydesk
calc() { awk "BEGIN { print $1 }"; }  # awk is always there; bc may not be
median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }

# copydesk: the median of $RUNS runs, in-process (layout to written file, as Python's figure) and
# whole-process wall time; a first run warms the caches.
"$BIN" cloud "$WORDS" --out "$OUT/copydesk.jpg" --font "$FONT" --font-index 0 >/dev/null
inner=() cpu=() outer=()
for _ in $(seq "$RUNS"); do
  start=$(date +%s.%N)
  line=$("$BIN" cloud "$WORDS" --out "$OUT/copydesk.jpg" --font "$FONT" --font-index 0 --stats 2>&1 >/dev/null)
  end=$(date +%s.%N)
  outer+=("$(calc "$end - $start")")
  inner+=("$(echo "$line" | sed -n 's/.* in \([0-9.]*\) ms.*/\1/p')")
  cpu+=("$(echo "$line" | sed -n 's/.* cpu \([0-9.]*\) ms.*/\1/p')")
done
copydesk_ms=$(median "${inner[@]}")
copydesk_cpu_ms=$(median "${cpu[@]}")
process_ms=$(calc "$(median "${outer[@]}") * 1000")

read -r python python_cpu < <("$PYTHON" bench/wordcloud_python.py "$WORDS" --out "$OUT/python.jpg" --font "$FONT" --runs "$PY_RUNS" | tail -n 1)

python_ms=$(calc "$python * 1000")
python_cpu_ms=$(calc "$python_cpu * 1000")
printf '%-30s %8.1f ms wall %8.1f ms cpu  (median of %d, layout to written JPEG; %.0f ms wall as a whole process)\n' \
  "word cloud: copydesk" "$copydesk_ms" "$copydesk_cpu_ms" "$RUNS" "$process_ms"
printf '%-30s %8.1f ms wall %8.1f ms cpu  (median of %d, wordcloud %s: generate_from_frequencies + to_file)\n' \
  "word cloud: Python wordcloud" "$python_ms" "$python_cpu_ms" "$PY_RUNS" "$PY_VERSION"
printf '%-30s %8.1fx wall %8.1fx cpu  (whole process: %.1fx; target: at least 10x)\n' "word cloud: speed-up" \
  "$(calc "$python_ms / $copydesk_ms")" "$(calc "$python_cpu_ms / $copydesk_cpu_ms")" \
  "$(calc "$python_ms / $process_ms")"
echo "images: $OUT/copydesk.jpg $OUT/python.jpg (font $FONT, face 0)"
