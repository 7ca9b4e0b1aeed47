"""Python wordcloud's side of bench/wordcloud-vs-python.sh.

Renders the same word<TAB>count file at the same size with the same font face, timing
`generate_from_frequencies` then `to_file` (what copydesk's `cloud` command does), and prints
the median wall and CPU seconds of several runs on the last line.
"""
import argparse
import statistics
import time

from wordcloud import WordCloud


def read_counts(path):
    counts = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip() or (line.startswith("#") and "\t" not in line):
                continue
            word, count = line.split("\t")
            counts[word] = counts.get(word, 0) + int(count)
    return counts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("counts")
    parser.add_argument("--out", required=True)
    parser.add_argument("--font", required=True)
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--max-words", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    counts = read_counts(args.counts)
    times, cpu_times = [], []
    for run in range(args.runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        cloud = WordCloud(
            font_path=args.font, width=args.width, height=args.height, max_words=args.max_words,
            background_color="white", colormap="viridis", random_state=42,
        )
        cloud.generate_from_frequencies(counts)
        cloud.to_file(args.out)
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - start_cpu)
    print("placed %d of %d words" % (len(cloud.layout_), len(counts)))
    print("%.6f %.6f" % (statistics.median(times), statistics.median(cpu_times)))


if __name__ == "__main__":
    main()
