"""Score the events coded from the development material beside the repository (../shared).

    .venv/bin/python tools/score.py [SET ...] [--verbose] [--keep DIR] [--fast]

Each set (seeds, dev, dev2, plover; all by default) is ingested into a scratch store, its events
are exported as `tidings export events` writes them, and the project's scorer compares them with the gold.
Prints one table: strict precision, recall and F1 for the article sets, type precision, recall
and F1 for the PLOVER sentences. ``--verbose`` adds the scorers' lists of misses and extras;
``--keep DIR`` leaves the stores and exports in DIR.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from tidings import export, pipeline
from tidings.settings import DEFAULT_MIN_CONFIDENCE, Settings
from tidings.store import EventFilter, open_store

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
# name: (input, gold, scorer)
SETS = {
    "seeds": ("seeds", "gold/seeds.events.jsonl", "score-events"),
    "dev": ("dev/dev.input.jsonl", "dev/dev.events.jsonl", "score-events"),
    "dev2": ("dev2/dev2.input.jsonl", "dev2/dev2.events.jsonl", "score-events"),
    "plover": ("plover/input.jsonl", "plover/records.jsonl", "score-plover"),
}


def score(name: str, folder: Path, fast: bool, verbose: bool) -> tuple[dict[str, float], str]:
    """Ingest a set, export its events, and run its scorer: (figures, the scorer's output)."""
    inputs, gold, scorer = SETS[name]
    db, pred = folder / f"{name}.duckdb", folder / f"{name}.events.jsonl"
    db.unlink(missing_ok=True)  # a kept store of an earlier run would add its events to this one's
    with open_store(str(db)) as store:
        pipeline.run([str(SHARED / inputs)], store, Settings(db=str(db), fast=fast))
        with pred.open("w", encoding="utf-8") as out:
            export.write("events", "jsonl", store.events(EventFilter(min_confidence=DEFAULT_MIN_CONFIDENCE)), out)
    command = [sys.executable, str(SHARED / "bin" / scorer)]
    command += ([str(SHARED / gold), str(pred)] if scorer == "score-plover"
                else ["--gold", str(SHARED / gold), "--pred", str(pred)])
    output = subprocess.run(command + (["--verbose"] if verbose else []), capture_output=True, text=True).stdout
    return figures(scorer, output), output


def figures(scorer: str, output: str) -> dict[str, float]:
    if scorer == "score-plover":
        m = re.search(r"type recall ([\d.]+), type precision ([\d.]+)", output)
        return {"P": float(m[2]), "R": float(m[1]), "F1": float(re.findall(r"type F1 ([\d.]+)", output)[-1])}
    m = re.search(r"strict\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)", output)
    return {"P": float(m[1]), "R": float(m[2]), "F1": float(m[3])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", choices=[[], *SETS], metavar="SET", help=", ".join(SETS))
    parser.add_argument("--verbose", action="store_true", help="List what was missed and what was extra.")
    parser.add_argument("--keep", metavar="DIR", help="Keep the stores and exports in DIR.")
    parser.add_argument("--fast", action="store_true", help="Code without the statistical entity recogniser.")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(options.keep or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        rows = []
        for name in options.sets or SETS:
            found, output = score(name, folder, options.fast, options.verbose)
            if options.verbose:
                print(f"== {name}\n{output}")
            rows.append((name, found))
    print(f"{'set':8s} {'measure':10s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for name, found in rows:
        measure = "type" if SETS[name][2] == "score-plover" else "strict"
        print(f"{name:8s} {measure:10s} {found['P']:6.3f} {found['R']:6.3f} {found['F1']:6.3f}")


if __name__ == "__main__":
    main()
