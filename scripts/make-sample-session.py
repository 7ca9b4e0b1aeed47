#!/usr/bin/env python3
"""Re-make the curated sample session (sessions/2026-01-24.jsonl) and its golden post.

The session is made the only honest way: by running editing commands through `copydesk edit`.
This writes those commands (sessions/2026-01-24.script) for whatever the story engine proposes on
today's sample day: it finds the stories behind the reference post's ten core points by their
headlines (or tweets), brings them into the points in the reference's order, rejects the rest,
edits the headlines and rewrites the sections with the reference's text, then saves. Run it from
the repository root after `swift build` whenever the sample day or the engine changes.
"""
import json, os, re, shutil, subprocess, sys, tempfile

BIN = ".build/debug/copydesk"
DAY = "seeds/sample-day/2026-01-24.x-api.json"
REFERENCE = "seeds/reference-2026-01-24.md"
SCRIPT = "sessions/2026-01-24.script"
LOG = "sessions/2026-01-24.jsonl"
GOLDEN = "Tests/EndToEndTests/Golden/2026-01-24-twitter_ai_20260124_20260124.md"

# The reference's ten points, in order: how to find each story, and the category it belongs to.
TARGETS = [
    ("memory", ["Memory is no longer a cyclical commodity"], "finance"),
    ("agents", ["Claude Code has changed how I work"], "ai_tech"),
    ("excel", ["Claude in Excel is now available"], "products"),
    ("glm", ["GLM-4.7-Flash (Reasoning)"], "models"),
    ("codex", ["Codex is now in JetBrains"], "models"),
    ("protein", ["protein design competition"], "ai_industry"),
    ("calm", ["CALM: Continuous Autoregressive"], "models"),
    ("creators", ["700 creators"], "policy"),
    ("employees", ["Meet AGI-0", "AI 员工"], "ai_industry"),
    ("capex", ["AI capex to the dot-com bubble"], "finance"),
]
# A second story folded into a target with `merge` (the reference's point 6 names both).
MERGES = [("protein", ["Reproducibility checks are a great use of agents", "reproduce the main result"])]


def run(args, stdin=""):
    return subprocess.run([BIN] + args, input=stdin, capture_output=True, text=True)


def listing():
    """The engine's points and reserve on the sample day: [(headline, category)] each."""
    with tempfile.TemporaryDirectory() as tmp:
        out = run(["edit", DAY, "--date", "2026-01-24", "--sessions", tmp, "--out", tmp], "points\n").stdout
    points, reserve = [], []
    for line in out.splitlines():
        m = re.match(r"^\s*(\d+) [·✓✗] \[(\w+)\] (.*)$", line)
        if m:
            points.append((m.group(3), m.group(2)))
        m = re.match(r"^\s*R(\d+)(?: [✓✗])? \[(\w+)\] (.*)$", line)
        if m:
            reserve.append((m.group(3), m.group(2)))
    return points, reserve


def story_category(tweet):
    """The category the engine gives the story holding `tweet` (`add` brings in its story)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = run(["draft", DAY, "--date", "2026-01-24", "--out", tmp, "--json"]).stdout
    for story in json.loads(out)["stories"]:
        if tweet in story["tweets"]:
            return story["category"]
    return "ai_tech"    # a tweet in no story becomes an ai_tech story of its own


def tweet_id(patterns):
    """The earliest original tweet whose text holds one of the patterns."""
    data = json.load(open(DAY))
    pages = data if isinstance(data, list) else [data]
    tweets = [t for p in pages for t in p["data"] if not t["text"].startswith("RT @")]
    for pattern in patterns:
        hits = sorted((t for t in tweets if pattern in t["text"]), key=lambda t: t["created_at"])
        if hits:
            return hits[0]["id"]
    sys.exit(f"no tweet holds any of {patterns}")


def find(entries, patterns):
    for i, (headline, _) in enumerate(entries):
        if any(p in headline for p in patterns):
            return i
    return None


def reference_sections():
    ref = open(REFERENCE, encoding="utf-8").read().split("\n")
    def at(prefix, start=0):
        return next(i for i in range(start, len(ref)) if ref[i].startswith(prefix))
    points = [re.sub(r"^\d+\.\s+", "", ref[at(f"{n}.", at("**2. 核心信息"))]).replace("**", "") for n in range(1, 11)]
    def block(a, b, dedent=False):
        lines = ref[a:b]
        while lines and lines[-1] == "":
            lines.pop()
        return [l[4:] if dedent and l.startswith("    ") else l for l in lines]
    m, p, o = at("*   **模型与技术突破**"), at("*   **产品与平台发布**"), at("*   **开源与社区动态**")
    st, cr, sp = at("#### **个股与数字货币"), at("*   **数字货币分析**"), at("#### **专项分析**")
    t, ind, fin = at("*   **技术发展**"), at("*   **产业创新**"), at("**2. 金融市场相关内容**")
    fm, wc = at("*   **市场观点与应用**"), at("## 词云分析")
    sections = [
        ("overview", block(at("**1. 主要话题") + 2, at("**2. 核心信息"))),
        ("viewpoints", block(at("#### **重要观点与见解**") + 2, at("#### **关键事件与发展**"))),
        ("models", block(m + 1, p, True)), ("products", block(p + 1, o, True)),
        ("open_source", block(o + 1, st, True)), ("stocks", block(st + 2, cr)), ("crypto", block(cr, sp)),
        ("ai_tech", block(t + 1, ind, True)), ("ai_industry", block(ind + 1, fin, True)),
        ("finance", block(fm + 1, wc, True)),
    ]
    return points, sections


def commands():
    points, reserve = listing()
    labels = [None] * len(points)        # which target each point is, as the commands move them
    categories = [c for _, c in points]
    for key, patterns, _ in TARGETS:
        i = find(points, patterns)
        if i is not None:
            labels[i] = key
    out = ["# The curated session for the sample day 2026-01-24; sessions/README.md says how it was made.",
           "date 2026-01-24 14:32:23", "points", "show 2"]
    # Promote reserve stories, highest number first (reserve numbers stay as listed either way; the
    # order keeps the points in the order the curated log has always had).
    merged = {key: "merge:" + key for key, _ in MERGES}
    searches = [(key, patterns) for key, patterns, _ in TARGETS] + [(merged[k], p) for k, p in MERGES]
    promotions = []
    for label, patterns in searches:
        r = find(reserve, patterns)
        if label not in labels and r is not None and r not in [x for _, x in promotions]:
            promotions.append((label, r))
    for label, r in sorted(promotions, key=lambda p: -p[1]):
        out.append(f"promote {r + 1}")
        labels.append(label)
        categories.append(reserve[r][1])
    # Stories the engine did not propose: add them from one of their tweets.
    for label, patterns in searches:
        if label not in labels:
            tweet = tweet_id(patterns)
            out.append(f"add https://x.com/i/status/{tweet}")
            labels.append(label)
            categories.append(story_category(tweet))
    # Fold the second story into its target; show split and undo on the way.
    for key in merged:
        kept, gone = labels.index(key), labels.index(merged[key])
        out.append(f"merge {kept + 1} {gone + 1}")
        del labels[gone], categories[gone]
        out += [f"split {labels.index(key) + 1}", "undo"]
    out += ["reject 3", "undo"]
    order = [key for key, _, _ in TARGETS]
    for i, key in enumerate(order):
        j = labels.index(key)
        if j != i:
            out.append(f"move {j + 1} {i + 1}")
            labels.insert(i, labels.pop(j))
            categories.insert(i, categories.pop(j))
    out += ["swap 9 10", "swap 9 10"]
    if len(labels) > 10:
        out.append(f"reject 11-{len(labels)}")
    out.append("accept 1-10")
    for i, (_, _, category) in enumerate(TARGETS):
        if categories[i] != category:
            out.append(f"reclassify {i + 1} {category}")
    headlines, sections = reference_sections()
    out += [f"edit {i + 1} {h}" for i, h in enumerate(headlines)]
    for name, lines in sections:
        out += [f"rewrite {name}"] + [("." + l if l.startswith(".") else l) for l in lines] + ["."]
    out += ["cloud exclude amp", "cloud exclude https", "cloud include 智能体", "check", "points", "save"]
    return out


def main():
    script = commands()
    open(SCRIPT, "w", encoding="utf-8").write("\n".join(script) + "\n")
    if os.path.exists(LOG):
        os.remove(LOG)
    with tempfile.TemporaryDirectory() as tmp:
        done = run(["edit", DAY, "--date", "2026-01-24", "--script", SCRIPT, "--out", tmp])
        sys.stderr.write(done.stderr)
        if done.returncode != 0:
            sys.exit(f"the session stopped; see {SCRIPT}")
        shutil.copy(os.path.join(tmp, "_posts/2026-01-24-twitter_ai_20260124_20260124.md"), GOLDEN)
    print(f"wrote {SCRIPT}, {LOG} and {GOLDEN}")


if __name__ == "__main__":
    main()
