"""Benchmark: cost of ingesting an already-ingested folder again, against the first ingest.

    .venv/bin/python benchmarks/reingest.py [PATH ...]

Defaults to the project's development material beside the repository (../shared/seeds and
../shared/dev/dev.input.jsonl), else examples/. Prints both times and their ratio (target: under 5%).
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from tidings import pipeline
from tidings.settings import Settings
from tidings.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def timed_run(paths: list[str], db: str) -> tuple[float, pipeline.Report]:
    store = open_store(db)
    try:
        started = time.perf_counter()
        report = pipeline.run(paths, store, Settings(db=db))
        return time.perf_counter() - started, report
    finally:
        store.close()


def main() -> None:
    shared = [ROOT.parent / "shared" / "seeds", ROOT.parent / "shared" / "dev" / "dev.input.jsonl"]
    paths = sys.argv[1:] or [str(p) for p in shared if p.exists()] or [str(ROOT / "examples")]
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.duckdb")
        first, report = timed_run(paths, db)
        second, again = timed_run(paths, db)
    print(f"inputs: {', '.join(paths)}")
    print(f"first ingest:  {first:8.2f} s  ({report.files} files, {report.articles} articles, {report.events} events)")
    print(f"second ingest: {second:8.3f} s  ({len(again.unchanged)} files unchanged, {again.articles} new articles)")
    print(f"ratio: {100 * second / first:.2f}% of the first run (target < 5%)")


if __name__ == "__main__":
    main()
