"""Benchmark: does storing and merging a new input stay as cheap as the store grows?

    .venv/bin/python benchmarks/merge_scaling.py [--articles 100000] [--per-input 50] [--db URL]

Feeds a scratch store (DuckDB, or the PostgreSQL database ``--db`` names) with synthetic coded
articles (five reports each, 40 countries, ten years) through the same write path as an ingest
(``Store.complete`` with the input's articles, ``add_reports`` and ``pipeline.remerge`` in one
transaction per input),
without NLP, and prints the cost per article of the storing-and-merging stage at each tenfold
size, measured over the last tenth of the articles before it (the marginal cost at that size):
it should stay flat. At the end it prints what closing the store (its last checkpoint) costs.
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from tidings import pipeline
from tidings.records import Actor, Article, Event, Mention
from tidings.store import open_store

COUNTRIES = [f"C{n:02d}" for n in range(40)]
TYPES = ["AGREE", "CONSULT", "ACCUSE", "REQUEST", "ASSAULT"]


def article_with_reports(number: int, rng: random.Random, sha256: str) -> tuple[Article, list[Event]]:
    article = Article(article_id=f"a{number:08d}", doc=f"doc{number}.txt", index=1, body="x" * 400,
                      published="2025-01-01", source_sha256=sha256)
    reports = []
    for k in range(5):
        a, b = rng.sample(COUNTRIES, 2)
        day = f"{rng.randint(2016, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        mention = Mention(doc=article.doc, article_id=article.article_id, sentence="A sentence.", start=k * 20,
                          end=k * 20 + 11, trigger="met")
        reports.append(Event(event_id=f"r{number:08d}{k}", type=rng.choice(TYPES), source=Actor(a, country=a),
                             target=Actor(b, country=b), mentions=(mention,), date=day, date_basis="explicit",
                             confidence=0.8))
    return article, reports


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--per-input", type=int, default=50)
    parser.add_argument("--db", help="a PostgreSQL URL (an empty database) instead of a scratch DuckDB file")
    args = parser.parse_args()
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(args.db or str(Path(tmp) / "merge.duckdb"))
        checkpoint, spent, done = 1000, 0.0, 0
        window_spent, window_done = 0.0, 0
        while done < args.articles:
            sha256 = f"s{done:08d}"  # one input of ``--per-input`` articles, stored as an ingest stores it
            batch = [article_with_reports(done + i, rng, sha256) for i in range(args.per_input)]
            started = time.perf_counter()
            with store.transaction():
                store.complete([(sha256, [article for article, _ in batch], [])])
                reports = [r for _, found in batch for r in found]
                store.add_reports(reports)
                pipeline.remerge(store, reports)
            took = time.perf_counter() - started
            spent += took
            done += args.per_input
            if done > checkpoint - checkpoint // 10:
                window_spent += took
                window_done += args.per_input
            if done >= checkpoint:
                print(f"{done:>8,} articles stored: {1000 * window_spent / window_done:6.2f} ms per article "
                      f"(last {window_done:,}), {store.counts()['events']:,} events", flush=True)
                checkpoint *= 10
                window_spent, window_done = 0.0, 0
        started = time.perf_counter()
        store.close()  # the last checkpoint
        closing = time.perf_counter() - started
    print(f"total {spent:.1f} s, {1000 * spent / done:.2f} ms per article on average; closing the store "
          f"{closing:.1f} s ({1000 * (spent + closing) / done:.2f} ms per article with it)")


if __name__ == "__main__":
    main()
