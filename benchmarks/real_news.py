"""Benchmark of record: Tidings end to end on real news, beside a plain spaCy pass.

    .venv/bin/python benchmarks/real_news.py [--copies N] [--runs N] [--workers N] [--fast] [--per-file]

Builds a JSON Lines corpus from the project's development articles (../shared/dev and
../shared/dev2, 104 real 2025 news reports, read at run time and never copied into the
repository), each article ``--copies`` times under new document ids (``--per-file``: each in a
file of its own, as a folder of saved pages would be), then runs
``tidings bench --input CORPUS --baseline`` ``--runs`` times: articles/s of the whole ingest
(start-up included) against a plain pass of the same spaCy model over the same article bodies
with as many processes (with its model loading, and after it), the CPU time per article of all
processes of each (steadier than articles/s on a shared machine), and the peak memory of each.
The copies are near-duplicates of one another: Tidings codes every copy all the same, but the
time expressions and places of a sentence are looked up once per distinct sentence.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT.parent / "shared" / "dev" / "dev.input.jsonl", ROOT.parent / "shared" / "dev2" / "dev2.input.jsonl"]


def corpus(path: Path, copies: int, per_file: bool = False) -> int:
    """Write the development articles ``copies`` times under new ids, into the JSON Lines file
    ``path`` or, ``per_file``, each into a JSON file of its own in the folder ``path``; returns
    the count."""
    records = [json.loads(line) for source in SETS for line in source.read_text("utf-8").splitlines() if line.strip()]
    copied = [{**record, "doc": f"realnews-{copy}-{number:03d}"}
              for copy in range(copies) for number, record in enumerate(records)]
    if per_file:
        path.mkdir()
        for record in copied:
            (path / f"{record['doc']}.json").write_text(json.dumps(record), encoding="utf-8")
    else:
        path.write_text("".join(json.dumps(record) + "\n" for record in copied), encoding="utf-8")
    return len(copied)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--fast", action="store_true")
    parser.add_argument("--per-file", action="store_true", help="each article in a file of its own (a folder)")
    args = parser.parse_args()
    missing = [str(p) for p in SETS if not p.is_file()]
    if missing:
        sys.exit(f"development articles not found: {', '.join(missing)}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("realnews" if args.per_file else "realnews.jsonl")
        count = corpus(path, args.copies, args.per_file)
        print(f"{count} real news articles ({args.copies} copies of {count // args.copies}"
              f"{', one file each' if args.per_file else ', one file'}), "
              f"{args.workers} spaCy worker(s){', --fast' if args.fast else ''}")
        print(f"{'run':>3s} {'Tidings a/s':>12s} {'plain spaCy a/s':>16s} {'(after load)':>13s} {'ratio':>6s} "
              f"{'Tidings PSS':>12s} {'spaCy PSS':>10s} {'CPU ms/article: Tidings':>24s} {'spaCy':>6s}")
        for run in range(1, args.runs + 1):
            command = [str(Path(sys.executable).with_name("tidings")), "bench", "--input", str(path), "--workers",
                       str(args.workers), "--baseline", "--json", *(["--fast"] if args.fast else [])]
            figures = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
            plain = figures["plain_spacy"]
            print(f"{run:3d} {figures['articles_per_second']:12.2f} {plain['articles_per_second']:16.2f} "
                  f"{plain['articles_per_second_after_loading']:13.2f} {figures['times_plain_spacy']:6.2f} "
                  f"{figures['peak_pss_mb']:9.0f} MB {plain['peak_pss_mb']:7.0f} MB "
                  f"{figures['cpu_ms_per_article']:24.1f} {plain['cpu_ms_per_article']:6.1f}", flush=True)
            print(f"    stages (s): {json.dumps(figures['stages'])}", flush=True)


if __name__ == "__main__":
    main()
