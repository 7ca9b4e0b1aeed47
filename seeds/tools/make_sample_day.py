#!/usr/bin/env python3
"""Writes the sample day 2026-01-24 from the hand-written source, byte for byte reproducibly.

    python3 seeds/tools/make_sample_day.py [--check]

Reads sample_day_accounts.py and sample_day_stories.py (next to this file) and writes, under
seeds/sample-day/:
  2026-01-24.x-api.json      an array of X API v2 search responses (newest first, 4 pages)
  x-api-pages/page-N.json    the same pages, one file each
  2026-01-24.twscrape.jsonl  the same tweets as twscrape JSONL
  2026-01-24.labels.json     hand labels: story or noise kind per tweet id, and per story its
                             category (the post's section) and core point (1..10)
  labels.json                the same labels in the labelled-days format that `copydesk eval`
                             reads (stories with their in-window tweets, the reference's core
                             points, noise, outside_window); reply chatter counts as noise there
Ids, seconds, t.co codes and engagement come from a PRNG with a fixed seed, so the output is the
same on every run. `--check` regenerates in memory and fails if the committed files differ.
Python 3 standard library only.
"""

import hashlib
import html
import json
import math
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import sample_day_accounts  # noqa: E402
import sample_day_stories  # noqa: E402

DAY = "2026-01-24"
OFFSET = timedelta(hours=8)
WINDOW_START = datetime(2026, 1, 23, 16, 0, tzinfo=timezone.utc)
WINDOW_END = datetime(2026, 1, 24, 16, 0, tzinfo=timezone.utc)
TWITTER_EPOCH_MS = 1288834974657
OUT = os.path.join(os.path.dirname(HERE), "sample-day")
LOW_ENGAGEMENT = {"business", "TechCrunch", "zerohedge", "Google", "OpenAI", "jetbrains", "TrendForce"}
NOISE_KINDS = ["personal", "job", "conference", "shill", "giveaway", "reply-chatter"]

URL_RE = re.compile(r"https?://[^\s，。！？、）」]+")
MENTION_RE = re.compile(r"(?<![\w@])@(\w{1,15})")
HASHTAG_RE = re.compile(r"(?<![\w&#])#(\w+)")
CASHTAG_RE = re.compile(r"(?<![\w$])\$([A-Za-z][A-Za-z0-9]{0,5})(?![\w])")
CJK_RE = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
ALNUM = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Builder:
    """Collects the tweets `sample_day_stories.build` describes."""

    def __init__(self, rng):
        self.rng = rng
        self.records = []
        self.keys = {}
        self.story_info = {}
        self.current = None

    def story(self, slug, category, point, title):
        self.current = slug
        if slug is not None:
            assert slug not in self.story_info, slug
            self.story_info[slug] = {"title": title, "category": category, "point": point}

    def _add(self, kind, handle, when, text, key=None, ref=None, likes=None, views=None,
             noise=None, external=False):
        rec = {
            "kind": kind, "handle": handle, "local": parse_local(when), "text": text,
            "key": key, "ref": ref, "likes": likes, "views": views,
            "story": None if noise else self.current, "noise": noise, "external": external,
        }
        if ref is not None:
            assert ref in self.keys, f"unknown reference {ref!r}"
        if key is not None:
            assert key not in self.keys, f"duplicate key {key!r}"
            self.keys[key] = rec
        self.records.append(rec)
        return rec

    def t(self, handle, when, text, key=None, likes=None, views=None, story=None):
        rec = self._add("original", handle, when, text, key=key, likes=likes, views=views)
        if story is not None:
            assert story in self.story_info, f"unknown story {story!r}"
            rec["story"] = story
        return rec

    def qt(self, handle, when, text, of, key=None, likes=None, views=None):
        return self._add("quote", handle, when, text, key=key, ref=of, likes=likes, views=views)

    def re(self, handle, when, text, to, key=None, likes=None, views=None):
        return self._add("reply", handle, when, text, key=key, ref=to, likes=likes, views=views)

    def chat(self, handle, when, text, to, key=None):
        rec = self._add("reply", handle, when, text, key=key, ref=to, noise="reply-chatter")
        rec["about"] = self.current
        return rec

    def rt(self, handles, when, of):
        base = parse_local(when)
        minute = 0
        for handle in handles.split():
            minute += self.rng.randint(1, 9)
            rec = self._add("retweet", handle, when, "", ref=of)
            rec["local"] = base + timedelta(minutes=minute)

    def noise(self, kind, handle, when, text):
        assert kind in NOISE_KINDS, kind
        return self._add("original", handle, when, text, noise=kind)

    def ext(self, key, handle, when, text):
        return self._add("original", handle, when, text, key=key, external=True)


def parse_local(when):
    """`HH:MM` on the sample day, or `MM-DD HH:MM` in January 2026, local time (+08:00)."""
    if " " in when:
        date, clock = when.split()
        month, day = map(int, date.split("-"))
    else:
        month, day, clock = 1, 24, when
    hour, minute = map(int, clock.split(":"))
    return datetime(2026, month, day, hour, minute)


def stable_int(text, modulo):
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big") % modulo


def user_id(handle, followers):
    # Older, bigger accounts have short ids; newer ones have 19-digit snowflakes.
    if followers >= 60_000:
        return str(12_000_000 + stable_int(handle, 3_000_000_000))
    return str(1_300_000_000_000_000_000 + stable_int(handle, 650_000_000_000_000_000))


def weighted_length(text):
    """X's weighted length: URLs count 23, CJK and emoji count 2, the rest 1."""
    total = 0
    rest = URL_RE.sub("", text)
    total += 23 * len(URL_RE.findall(text))
    for ch in rest:
        total += 2 if CJK_RE.match(ch) or ord(ch) > 0x2000 else 1
    return total


def detect_lang(text):
    if CJK_RE.search(text):
        return "zh"
    stripped = URL_RE.sub("", MENTION_RE.sub("", text))
    if not re.search(r"[A-Za-z]", stripped):
        return "qme" if stripped.strip() else "zxx"
    return "en"


def display_url(url):
    short = re.sub(r"^https?://(www\.)?", "", url)
    return short if len(short) <= 26 else short[:25] + "…"


class Generator:
    def __init__(self):
        self.rng = random.Random(20260124)
        self.users = {}
        for handle, name, followers in sample_day_accounts.ACCOUNTS:
            assert handle not in self.users, handle
            self.users[handle] = {"handle": handle, "name": name, "followers": followers,
                                  "id": user_id(handle, followers)}
        self.builder = Builder(self.rng)
        sample_day_stories.build(self.builder)
        self.records = self.builder.records
        self.tco = {}

    # --- ids, times, text -------------------------------------------------------------------

    def assign(self):
        rng = self.rng
        for rec in self.records:
            assert rec["handle"] in self.users, f"unknown account {rec['handle']}"
            local = rec["local"] + timedelta(seconds=rng.randint(0, 59))
            rec["created"] = (local - OFFSET).replace(tzinfo=timezone.utc)
        seen = set()
        for rec in sorted(self.records, key=lambda r: r["created"]):
            ms = int(rec["created"].timestamp() * 1000) + rng.randint(0, 999)
            while True:
                tid = ((ms - TWITTER_EPOCH_MS) << 22) | rng.getrandbits(22)
                if tid not in seen:
                    break
            seen.add(tid)
            rec["id"] = str(tid)
        for rec in self.records:
            ref = self.builder.keys.get(rec["ref"]) if rec["ref"] else None
            rec["refrec"] = ref
            if ref is not None:
                assert ref["created"] < rec["created"], f"{rec['handle']} {rec['local']} refers to a later tweet"
        for rec in sorted(self.records, key=lambda r: r["created"]):
            ref = rec["refrec"]
            rec["conversation"] = ref["conversation"] if rec["kind"] == "reply" else rec["id"]
            rec["full"] = self.full_text(rec)

    def full_text(self, rec):
        ref = rec["refrec"]
        if rec["kind"] == "retweet":
            body = ref["full"]
            return f"RT @{ref['handle']}: {body}"
        text = rec["text"]
        if rec["kind"] == "reply" and ref["handle"] != rec["handle"]:
            text = f"@{ref['handle']} {text}"
        if rec["kind"] == "quote":
            text = f"{text} https://x.com/{ref['handle']}/status/{ref['id']}"
        return text

    def tco_for(self, rec, url):
        key = (rec["id"], url)
        if key not in self.tco:
            self.tco[key] = "https://t.co/" + "".join(self.rng.choice(ALNUM) for _ in range(10))
        return self.tco[key]

    # --- metrics ----------------------------------------------------------------------------

    def metrics(self):
        rng = self.rng
        for rec in sorted(self.records, key=lambda r: r["created"]):
            followers = self.users[rec["handle"]]["followers"]
            if rec["kind"] == "retweet":
                continue
            if rec["likes"] is not None:
                likes = rec["likes"]
            else:
                rate = 0.0012 if rec["noise"] is None else 0.0003
                if rec["kind"] == "reply":
                    rate *= 0.15
                # Reach grows slower than follower counts, and news and brand accounts engage less.
                reach = min(followers, 300_000) + max(0, followers - 300_000) * 0.08
                if rec["handle"] in LOW_ENGAGEMENT:
                    rate *= 0.25
                likes = int(reach * rate * rng.lognormvariate(0, 1.1))
            if rec["noise"] == "giveaway":
                likes = int(likes * 6)
            views = rec["views"] or int(likes * rng.uniform(70, 220) + followers * rng.uniform(0.01, 0.05)
                                        + rng.randint(20, 400))
            rec["metrics"] = {
                "retweet_count": int(likes * rng.uniform(0.06, 0.22)) if rec["noise"] != "giveaway" else int(likes * 1.3),
                "reply_count": int(likes * rng.uniform(0.02, 0.09)),
                "like_count": likes,
                "quote_count": int(likes * rng.uniform(0.004, 0.03)),
                "impression_count": views,
            }
        for rec in self.records:
            if rec["kind"] == "retweet":
                orig = rec["refrec"]["metrics"]
                rec["metrics"] = {"retweet_count": orig["retweet_count"], "reply_count": 0,
                                  "like_count": 0, "quote_count": 0, "impression_count": 0}

    # --- X API v2 ---------------------------------------------------------------------------

    def api_text(self, rec, text):
        """The text as the API returns it: t.co links, HTML-escaped, with entities (code point offsets)."""
        urls = []

        def swap(match):
            url = match.group(0)
            short = self.tco_for(rec, url)
            urls.append((short, url))
            return short

        out = URL_RE.sub(swap, text)
        out = out.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        entities = {}
        found = []
        pos = 0
        for short, url in urls:
            start = out.index(short, pos)
            pos = start + len(short)
            found.append({"start": start, "end": pos, "url": short, "expanded_url": url,
                          "display_url": display_url(url)})
        if found:
            entities["urls"] = found
        tags = [{"start": m.start(), "end": m.end(), "tag": m.group(1)} for m in HASHTAG_RE.finditer(out)]
        if tags:
            entities["hashtags"] = tags
        cash = [{"start": m.start(), "end": m.end(), "tag": m.group(1)} for m in CASHTAG_RE.finditer(out)]
        if cash:
            entities["cashtags"] = cash
        mentions = []
        for m in MENTION_RE.finditer(out):
            handle = m.group(1)
            user = self.users.get(handle)
            uid = user["id"] if user else user_id(handle, 0)
            mentions.append({"start": m.start(), "end": m.end(), "username": handle, "id": uid})
        if mentions:
            entities["mentions"] = mentions
        return out, entities

    def api_tweet(self, rec):
        full = rec["full"]
        long = rec["kind"] != "retweet" and weighted_length(full) > 280
        shown = full
        if rec["kind"] == "retweet":
            # Retweet text is cut like the legacy API cuts it.
            if len(full) > 140:
                shown = full[:139].rstrip() + "…"
                # Never cut a URL in half.
                shown = re.sub(r"https?://\S*…$", "…", shown)
        elif long:
            cut = 0
            weight = 0
            for i, ch in enumerate(full):
                weight += 2 if CJK_RE.match(ch) or ord(ch) > 0x2000 else 1
                if weight > 270:
                    break
                cut = i + 1
            shown = re.sub(r"\s*https?://\S*$", "", full[:cut].rstrip()) + "…"
        text, entities = self.api_text(rec, shown)
        tweet = {
            "id": rec["id"],
            "text": text,
            "author_id": self.users[rec["handle"]]["id"],
            "created_at": rec["created"].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "conversation_id": rec["conversation"],
            "lang": detect_lang(full),
            "public_metrics": rec["metrics"],
            "edit_history_tweet_ids": [rec["id"]],
        }
        if entities:
            tweet["entities"] = entities
        ref = rec["refrec"]
        if ref is not None:
            kind = {"retweet": "retweeted", "quote": "quoted", "reply": "replied_to"}[rec["kind"]]
            tweet["referenced_tweets"] = [{"type": kind, "id": ref["id"]}]
            if rec["kind"] == "reply":
                tweet["in_reply_to_user_id"] = self.users[ref["handle"]]["id"]
        if long:
            note_text, note_entities = self.api_text(rec, full)
            tweet["note_tweet"] = {"text": note_text}
            if note_entities:
                tweet["note_tweet"]["entities"] = note_entities
        return tweet

    def api_user(self, handle):
        u = self.users[handle]
        seed = stable_int(handle, 1 << 30)
        return {
            "id": u["id"], "name": u["name"], "username": handle,
            "public_metrics": {
                "followers_count": u["followers"],
                "following_count": 50 + seed % 2400,
                "tweet_count": 400 + seed % 60000,
                "listed_count": max(1, u["followers"] // (60 + seed % 90)),
            },
        }

    def pages(self, data):
        # Four pages of at most 100 (the API maximum), newest first, as a paged search returns them.
        size = min(100, math.ceil(len(data) / 4))
        chunks = [data[i:i + size] for i in range(0, len(data), size)]
        pages = []
        for n, chunk in enumerate(chunks):
            tweets = [self.api_tweet(r) for r in chunk]
            refs = []
            seen = set()
            for r in chunk:
                ref = r["refrec"]
                if ref is not None and ref["id"] not in seen:
                    seen.add(ref["id"])
                    refs.append(ref)
            handles = []
            for r in chunk + refs:
                if r["handle"] not in handles:
                    handles.append(r["handle"])
            for t in tweets:
                for m in t.get("entities", {}).get("mentions", []):
                    if m["username"] in self.users and m["username"] not in handles:
                        handles.append(m["username"])
            meta = {"newest_id": tweets[0]["id"], "oldest_id": tweets[-1]["id"], "result_count": len(tweets)}
            if n < len(chunks) - 1:
                meta["next_token"] = "b26v89c19zqg8o3f" + "".join(self.rng.choice(ALNUM[:36]) for _ in range(29))
            pages.append({
                "data": tweets,
                "includes": {"users": [self.api_user(h) for h in handles],
                             "tweets": [self.api_tweet(r) for r in refs]},
                "meta": meta,
            })
        return pages

    # --- twscrape -----------------------------------------------------------------------------

    def tw_user(self, handle):
        u = self.users[handle]
        api = self.api_user(handle)["public_metrics"]
        return {
            "id": int(u["id"]), "id_str": u["id"], "url": f"https://x.com/{handle}",
            "username": handle, "displayname": u["name"], "rawDescription": "",
            "followersCount": u["followers"], "friendsCount": api["following_count"],
            "statusesCount": api["tweet_count"], "listedCount": api["listed_count"],
            "verified": False,
        }

    def tw_tweet(self, rec):
        api = self.api_tweet(rec)
        text = api.get("note_tweet", api)["text"]
        ents = api.get("note_tweet", api).get("entities", {})
        ref = rec["refrec"]
        m = rec["metrics"]
        return {
            "id": int(rec["id"]), "id_str": rec["id"],
            "url": f"https://x.com/{rec['handle']}/status/{rec['id']}",
            "date": rec["created"].strftime("%Y-%m-%dT%H:%M:%S+00:00"),
            "user": self.tw_user(rec["handle"]),
            "lang": api["lang"],
            "rawContent": html.unescape(text),
            "replyCount": m["reply_count"], "retweetCount": m["retweet_count"],
            "likeCount": m["like_count"], "quoteCount": m["quote_count"],
            "viewCount": m["impression_count"] or None,
            "conversationId": int(rec["conversation"]), "conversationIdStr": rec["conversation"],
            "hashtags": [h["tag"] for h in ents.get("hashtags", [])],
            "cashtags": [c["tag"] for c in ents.get("cashtags", [])],
            "mentionedUsers": [
                {"id": int(x["id"]), "id_str": x["id"], "username": x["username"],
                 "displayname": self.users[x["username"]]["name"] if x["username"] in self.users else x["username"]}
                for x in ents.get("mentions", [])
            ],
            "links": [{"url": u["expanded_url"], "text": u["display_url"], "tcourl": u["url"]}
                      for u in ents.get("urls", [])],
            "retweetedTweet": self.tw_tweet(ref) if rec["kind"] == "retweet" else None,
            "quotedTweet": self.tw_tweet(ref) if rec["kind"] == "quote" else None,
            "inReplyToTweetId": int(ref["id"]) if rec["kind"] == "reply" else None,
            "inReplyToTweetIdStr": ref["id"] if rec["kind"] == "reply" else None,
            "inReplyToUser": ({"id": int(self.users[ref["handle"]]["id"]), "id_str": self.users[ref["handle"]]["id"],
                               "username": ref["handle"], "displayname": self.users[ref["handle"]]["name"]}
                              if rec["kind"] == "reply" else None),
            "place": None,
            "_type": "snscrape.modules.twitter.Tweet",
        }

    # --- labels -------------------------------------------------------------------------------

    def labels(self, data):
        stories = {}
        for slug, info in self.builder.story_info.items():
            stories[slug] = dict(info, tweets=0, inWindow=0)
        tweets = {}
        for rec in data:
            inside = WINDOW_START <= rec["created"] < WINDOW_END
            entry = {"handle": rec["handle"], "kind": rec["kind"], "story": rec["story"],
                     "noise": rec["noise"], "inWindow": inside}
            if rec["noise"] == "reply-chatter":
                entry["about"] = rec.get("about")
            if rec["story"]:
                stories[rec["story"]]["tweets"] += 1
                stories[rec["story"]]["inWindow"] += int(inside)
            tweets[rec["id"]] = entry
        counts = self.counts(data)
        return {
            "date": DAY, "tz": "+08:00",
            "window": {"from": WINDOW_START.strftime("%Y-%m-%dT%H:%M:%SZ"),
                       "to": (WINDOW_END - timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ")},
            "about": "Hand labels for seeds/sample-day. story: the story slug, or null for noise; noise: "
                     "null or one of the noiseKinds; reply-chatter replies name the story they reply to in "
                     "`about`. Per story: category (the post section id) and point (the reference post's "
                     "core point 1..10 it illustrates, or null).",
            "noiseKinds": NOISE_KINDS,
            "counts": counts,
            "stories": stories,
            "tweets": tweets,
        }

    def eval_labels(self, data):
        """The labels in the format of ../shared/training-days (what `copydesk eval` reads)."""
        inside = [r for r in data if WINDOW_START <= r["created"] < WINDOW_END]
        points = reference_points()
        stories = []
        for slug, info in self.builder.story_info.items():
            stories.append({"id": slug, "summary": info["title"], "category": info["category"], "also_ok": [],
                            "tweets": [r["id"] for r in inside if r["story"] == slug]})
        return {
            "date": DAY, "tz": "+08:00",
            "tweets_file": "2026-01-24.x-api.json",
            "stories": stories,
            "core_points": [{"n": n, "text": text,
                             "stories": [slug for slug, info in self.builder.story_info.items() if info["point"] == n]}
                            for n, text in points],
            "noise": [r["id"] for r in inside if r["noise"]],
            "outside_window": [r["id"] for r in data if not WINDOW_START <= r["created"] < WINDOW_END],
        }

    def counts(self, data):
        inside = [r for r in data if WINDOW_START <= r["created"] < WINDOW_END]
        kinds = {}
        for r in data:
            kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
        noise = {}
        for r in data:
            if r["noise"]:
                noise[r["noise"]] = noise.get(r["noise"], 0) + 1
        return {
            "tweets": len(data),
            "inWindow": len(inside),
            "outsideWindow": len(data) - len(inside),
            "accounts": len({r["handle"] for r in data}),
            "stories": len(self.builder.story_info),
            "noise": sum(noise.values()),
            "noiseByKind": dict(sorted(noise.items())),
            "chinese": sum(1 for r in data if CJK_RE.search(r["full"])),
            "byKind": dict(sorted(kinds.items())),
            "referencedOnly": sum(1 for r in self.records if r["external"]),
        }

    # --- all ----------------------------------------------------------------------------------

    def outputs(self):
        self.assign()
        self.metrics()
        data = sorted((r for r in self.records if not r["external"]), key=lambda r: r["created"], reverse=True)
        pages = self.pages(data)
        files = {}
        files["2026-01-24.x-api.json"] = "[\n" + ",\n".join(dump(p) for p in pages) + "\n]\n"
        for n, page in enumerate(pages, 1):
            files[f"x-api-pages/page-{n}.json"] = dump(page) + "\n"
        files["2026-01-24.twscrape.jsonl"] = "".join(dump(self.tw_tweet(r)) + "\n" for r in data)
        files["2026-01-24.labels.json"] = json.dumps(self.labels(data), ensure_ascii=False, indent=1) + "\n"
        files["labels.json"] = json.dumps(self.eval_labels(data), ensure_ascii=False, indent=1) + "\n"
        return files, self.counts(data)


def reference_points():
    """The reference post's ten core points: (n, text) from its numbered list."""
    path = os.path.join(os.path.dirname(HERE), "reference-2026-01-24.md")
    text = open(path, encoding="utf-8").read()
    return [(int(m.group(1)), m.group(2).strip()) for m in re.finditer(r"^(\d+)\.\s+(.+)$", text, re.M)][:10]


def validate(files):
    """Checks what a loader relies on: entity offsets, references and authors resolve within a page."""
    pages = json.loads(files["2026-01-24.x-api.json"])
    seen = set()
    for page in pages:
        users = {u["id"] for u in page["includes"]["users"]}
        included = {t["id"] for t in page["includes"]["tweets"]}
        for tweet in page["data"] + page["includes"]["tweets"]:
            assert len(tweet["id"]) == 19 and tweet["author_id"] in users, tweet["id"]
            for src in (tweet, tweet.get("note_tweet", {})):
                for kind, ents in src.get("entities", {}).items():
                    for e in ents:
                        want = {"urls": e.get("url"), "hashtags": "#" + str(e.get("tag")),
                                "cashtags": "$" + str(e.get("tag")), "mentions": "@" + str(e.get("username"))}[kind]
                        assert src["text"][e["start"]:e["end"]] == want, (tweet["id"], kind, e)
            for ref in tweet.get("referenced_tweets", []):
                assert ref["id"] in included, (tweet["id"], ref)
        for tweet in page["data"]:
            assert tweet["id"] not in seen, tweet["id"]
            seen.add(tweet["id"])
    labels = json.loads(files["2026-01-24.labels.json"])
    assert set(labels["tweets"]) == seen
    lines = files["2026-01-24.twscrape.jsonl"].splitlines()
    assert [json.loads(line)["id_str"] for line in lines] == [t["id"] for p in pages for t in p["data"]]


def dump(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def main(argv):
    check = "--check" in argv
    files, counts = Generator().outputs()
    validate(files)
    changed = []
    for name, text in files.items():
        path = os.path.join(OUT, name)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != text:
            changed.append(name)
            if not check:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
    print(json.dumps(counts, ensure_ascii=False, indent=1))
    if check and changed:
        print("out of date: " + ", ".join(changed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
