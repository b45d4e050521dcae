"""Benchmark: does marking near-duplicates stay cheap as the store grows?

    .venv/bin/python benchmarks/duplicates.py [--sizes 1000 10000 100000] [--new 1000]

For each size, a scratch DuckDB store is filled with that many stored articles (a few hundred
with text, the rest with synthetic MinHash signatures) through ``Store.complete``; then, in a
fresh process, a ``pipeline.Session`` marks the near-duplicates of one new input of ``--new``
articles (a tenth repeat stored articles, a twentieth repeat articles of the same input).
Printed per size: store size, session startup (``mark_duplicates`` of an empty input), the
cost per new article (and, of it, computing the signature), RSS growth, duplicates found, and
what filling the store cost per article (``Store.complete`` with signatures, inputs of 1,000).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from tidings import merge, pipeline
from tidings.records import Article, Source
from tidings.settings import Settings
from tidings.store import open_store

WORDS = [f"w{n}" for n in range(5000)]
TEXTED = 200  # stored articles with a text (the ones new articles repeat)


def text(rng: random.Random, words: int = 300) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def edited(rng: random.Random, body: str) -> str:
    """The same story with three words changed (estimated Jaccard about 0.9)."""
    words = body.split()
    for i in rng.sample(range(len(words)), 3):
        words[i] = rng.choice(WORDS)
    return " ".join(words)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def fill(db: str, size: int, per_input: int = 1000) -> None:
    """A store of ``size`` articles with signatures, in inputs of ``per_input``."""
    rng, noise = random.Random(7), np.random.default_rng(7)
    with open_store(db) as store:
        for start in range(0, size, per_input):
            sha = hashlib.sha256(f"input{start}".encode()).hexdigest()
            store.receive([Source(doc=f"in{start}.txt", path="", data=sha.encode(), sha256=sha, format="text")])
            found, signatures = [], {}
            for n in range(start, min(size, start + per_input)):
                body = text(rng) if n < TEXTED else "x"
                article = Article(article_id=f"s{n:08d}", doc=f"in{start}.txt", index=n - start + 1, body=body,
                                  source_sha256=sha)
                found.append(article)
                signatures[article.article_id] = merge.signature(body) if n < TEXTED else \
                    noise.integers(0, 2 ** 32, merge.NUM_PERM, dtype=np.uint64).tobytes()
            store.complete([(sha, found, [])], signatures)


def measure(db: str, new: int) -> dict:
    """Mark the duplicates of one new input in a fresh session; the figures of one size."""
    rng = random.Random(11)
    with open_store(db) as store:
        texts = [a.body for a in store.articles() if a.body != "x"]
        bodies = []
        for n in range(new):
            if n % 10 == 0:
                bodies.append(edited(rng, rng.choice(texts)))
            elif n % 20 == 5 and n > 5:
                bodies.append(edited(rng, bodies[n - 5]))
            else:
                bodies.append(text(rng))
        found = [Article(article_id=f"n{n:08d}", doc="new.txt", index=n + 1, body=b) for n, b in enumerate(bodies)]
        start = time.perf_counter()
        for body in bodies:
            merge.signature(body)
        signing = time.perf_counter() - start
        before = rss_mb()
        session = pipeline.Session(store, Settings())
        start = time.perf_counter()
        session.mark_duplicates([])
        startup = time.perf_counter() - start
        start = time.perf_counter()
        marked, _ = session.mark_duplicates(found)
        marking = time.perf_counter() - start
        return {"stored": store.counts()["articles"], "startup_s": startup, "ms_per_article": 1000 * marking / new,
                "signature_ms": 1000 * signing / new, "rss_growth_mb": rss_mb() - before,
                "duplicates": sum(a.duplicate_of is not None for a in marked)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--new", type=int, default=1000)
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # a store to measure, in this process
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.new)))
        return
    print(f"{'stored':>8} {'startup s':>10} {'ms/article':>11} {'(signature)':>12} {'RSS +MB':>8} {'dups':>5} {'fill ms/article':>16}")
    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes:
            db = str(Path(scratch) / f"s{size}.duckdb")
            start = time.perf_counter()
            fill(db, size)
            filling = 1000 * (time.perf_counter() - start) / size
            found = json.loads(subprocess.run([sys.executable, __file__, "--measure", db, "--new", str(args.new)],
                                              check=True, capture_output=True, text=True).stdout)
            print(f"{found['stored']:>8} {found['startup_s']:>10.3f} {found['ms_per_article']:>11.3f} "
                  f"{found['signature_ms']:>12.3f} {found['rss_growth_mb']:>8.1f} {found['duplicates']:>5} {filling:>16.3f}", flush=True)


if __name__ == "__main__":
    main()
