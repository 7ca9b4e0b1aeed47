#!/usr/bin/env bash
# Word cloud, side by side: copydesk's `cloud` command against Python wordcloud 1.9.6 on the same
# 200 frequencies (bench/words-200.tsv), the same 1600×800 canvas and the same font face.
#
# copydesk is timed as a whole process (start-up, font lookup, layout, JPEG, file write);
# Python only inside the interpreter (generate_from_frequencies + to_file), which favours Python.
# Installs wordcloud with pip into a temporary virtual environment when it is not importable.
# Images land in $OUT (default .build/bench-cloud/): copydesk.jpg and python.jpg.
set -euo pipefail

cd "$(dirname "$0")/.."
WORDS=${WORDS:-bench/words-200.tsv}
OUT=${OUT:-.build/bench-cloud}
RUNS=${RUNS:-3}
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

# copydesk: best and median wall time of $RUNS whole-process runs (first run warms the caches).
"$BIN" cloud "$WORDS" --out "$OUT/copydesk.jpg" --font "$FONT" --font-index 0 >/dev/null
copydesk_times=()
for _ in $(seq "$RUNS"); do
  start=$(date +%s.%N)
  "$BIN" cloud "$WORDS" --out "$OUT/copydesk.jpg" --font "$FONT" --font-index 0 >/dev/null
  end=$(date +%s.%N)
  copydesk_times+=("$(echo "$end - $start" | bc -l)")
done
copydesk=$(printf '%s\n' "${copydesk_times[@]}" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p")

python=$("$PYTHON" bench/wordcloud_python.py "$WORDS" --out "$OUT/python.jpg" --font "$FONT" --runs "$RUNS" | tail -n 1)

ratio=$(echo "$python / $copydesk" | bc -l)
printf '%-34s %9.1f ms  (median of %d, whole process)\n' "word cloud: copydesk" "$(echo "$copydesk * 1000" | bc -l)" "$RUNS"
printf '%-34s %9.1f ms  (median of %d, wordcloud %s in-process)\n' "word cloud: Python wordcloud" "$(echo "$python * 1000" | bc -l)" "$RUNS" "$PY_VERSION"
printf '%-34s %9.1fx  (target: at least 10x)\n' "word cloud: speed-up" "$ratio"
echo "images: $OUT/copydesk.jpg $OUT/python.jpg (font $FONT, face 0)"
