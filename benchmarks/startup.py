"""Benchmark: how fast the command line answers, against bare DuckDB on the same store.

    .venv/bin/python benchmarks/startup.py [--db STORE] [--runs N]

Without --db, the seeds (../shared/seeds, else examples/) are ingested into a scratch store
first. Each round runs, one after the other so that they share the machine's state:
`tidings --help`, `tidings timeline PAK RUS --format json`, and a bare
`python -c "import duckdb; …"` that opens the same store and reads the same pair's events.
Prints the median and worst wall time of each and the ratios (targets: --help at most 0.3 s;
the query at most 2x the bare one).

Then the start-up of an ingest: one real article (the first of ../shared/dev, read at run time)
ingested into a new store with no spaCy workers, ``--ingest-runs`` times, with the tables kept
between runs (``tidings.table_cache``, a scratch folder made before the first round) and, in
turns, with ``TIDINGS_CACHE=off`` (every table built from its files, as on a first run).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT.parent / "shared" / "dev" / "dev.input.jsonl"
TIDINGS = str(Path(sys.executable).parent / "tidings")
BARE = ("import duckdb, json; db = duckdb.connect({db!r}, read_only=True); "
        "print(json.dumps(db.execute(\"SELECT e.* FROM events e WHERE (source_key = 'PAK' AND target_key = 'RUS') "
        "OR (source_key = 'RUS' AND target_key = 'PAK') ORDER BY date\").fetchall(), default=str))")


def wall(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="An existing store (default: the seeds, ingested into a scratch store).")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--ingest-runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = options.db
        if db is None:
            db = str(Path(tmp) / "seeds.duckdb")
            seeds = ROOT.parent / "shared" / "seeds"
            subprocess.run([TIDINGS, "--db", db, "ingest", str(seeds if seeds.is_dir() else ROOT / "examples")],
                           check=True, stdout=subprocess.DEVNULL)
        commands = {
            "tidings --help": [TIDINGS, "--help"],
            "tidings timeline PAK RUS --format json": [TIDINGS, "--db", db, "timeline", "PAK", "RUS", "--format", "json"],
            "python -c 'import duckdb; …' (same pair)": [sys.executable, "-c", BARE.format(db=db)],
        }
        for command in commands.values():  # warm the file cache
            wall(command)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(options.runs):
            for name, command in commands.items():
                times[name].append(wall(command))
    medians = {name: statistics.median(found) for name, found in times.items()}
    print(f"store: {options.db or 'the seeds, ingested'}; {options.runs} rounds, wall time in seconds")
    for name, found in times.items():
        print(f"  {name:45s} median {medians[name]:.3f}  worst {max(found):.3f}")
    help_time, query, bare = medians.values()
    print(f"--help: {help_time:.3f} s (target at most 0.3 s)")
    print(f"query / bare DuckDB: {query / bare:.2f}x (target at most 2x)")
    if options.ingest_runs and ARTICLES.is_file():
        ingest_start_up(options.ingest_runs)


def ingest_start_up(runs: int) -> None:
    """Wall time of ingesting one real article, with the tables kept between runs and without."""
    article = next(line for line in ARTICLES.read_text("utf-8").splitlines() if line.strip())
    times: dict[str, list[float]] = {"tables kept": [], "TIDINGS_CACHE=off": []}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "one.jsonl"
        corpus.write_text(article + "\n", encoding="utf-8")
        kept = {**os.environ, "TIDINGS_CACHE": str(Path(tmp) / "cache")}
        settings = {"tables kept": kept, "TIDINGS_CACHE=off": {**os.environ, "TIDINGS_CACHE": "off"}}
        for number in range(runs + 1):  # the first round builds the tables and keeps them: not counted
            for kind, (name, environment) in enumerate(settings.items()):
                db = Path(tmp) / f"{number}-{kind}.duckdb"  # a new store each time: the article is new
                started = time.perf_counter()
                done = subprocess.run([TIDINGS, "--db", str(db), "ingest", "--workers", "1", str(corpus)],
                                      check=True, capture_output=True, text=True, env=environment)
                if "1 new article(s) stored" not in done.stdout:
                    sys.exit(f"the article was not ingested: {done.stdout}")
                if number:
                    times[name].append(time.perf_counter() - started)
    print(f"ingest of one real article, no workers; {runs} rounds, wall time in seconds")
    for name, found in times.items():
        print(f"  {name:20s} median {statistics.median(found):.2f}  worst {max(found):.2f}")


if __name__ == "__main__":
    main()
