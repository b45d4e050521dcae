"""Benchmark: how fast the command line answers, against bare DuckDB on the same store.

    .venv/bin/python benchmarks/startup.py [--db STORE] [--runs N]

Without --db, the seeds (../shared/seeds, else examples/) are ingested into a scratch store
first. Each round runs, one after the other so that they share the machine's state:
`tidings --help`, `tidings timeline PAK RUS --format json`, and a bare
`python -c "import duckdb; …"` that opens the same store and reads the same pair's events.
Prints the median and worst wall time of each and the ratios (targets: --help at most 0.3 s;
the query at most 2x the bare one).
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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


if __name__ == "__main__":
    main()
