"""Benchmark: what a very large HTML page costs an ingest, and whether the run goes on after it.

    .venv/bin/python benchmarks/large_html.py [--timeout SECONDS] [--sizes MB,MB,...] [-- INGEST OPTIONS]

For each page size, writes a folder holding one page of news-like paragraphs of that size
(and one page of a single paragraph repeated, 30 MB), plus a small text article that sorts after
it, runs ``tidings ingest`` on the folder in a process of its own, and prints the wall time, the
peak resident memory of that process, its exit status, and whether the article after the page
was stored. A run that exceeds ``--timeout`` is killed and reported as such. Options after ``--``
go to ``tidings ingest`` (e.g. ``-- --max-html-size 200MB`` to lift the page limit).
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tidings import bench

TIDINGS = [sys.executable, "-c", "from tidings.cli import main; main()"]
AFTER = ("Envoys of two neighbouring states met in a border town on Tuesday to discuss the reopening of "
         "a trade crossing, officials said.\n")


def varied_page(size: int) -> bytes:
    """An HTML page of about ``size`` bytes: a headline and distinct news-like paragraphs."""
    rng, parts, total = random.Random(11), [], 0
    records = bench.generate(10**6)
    while total < size:
        record = next(records)
        for paragraph in record["text"].split("\n\n"):
            chunk = f"<p>{paragraph} ({rng.randrange(10**6)})</p>\n"
            parts.append(chunk)
            total += len(chunk)
    return _page("".join(parts))


def repeated_page(size: int) -> bytes:
    """An HTML page of about ``size`` bytes: one paragraph, again and again."""
    paragraph = "<p>" + next(bench.generate(1))["text"].split("\n\n")[0] + "</p>\n"
    return _page(paragraph * (size // len(paragraph)))


def _page(body: str) -> bytes:
    return (f"<html><head><title>A very long page</title></head><body><article><h1>A very long page</h1>\n"
            f"{body}</article></body></html>\n").encode()


def measure(page: bytes, timeout: float, options: list[str]) -> tuple[str, float, float, bool]:
    """(outcome, seconds, peak RSS in MB, whether the article after the page was stored)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "input"
        folder.mkdir()
        (folder / "a-page.html").write_bytes(page)
        (folder / "b-after.txt").write_text(AFTER, encoding="utf-8")
        db = str(Path(tmp) / "store.duckdb")
        started = time.perf_counter()
        process = subprocess.Popen([*TIDINGS, "--db", db, "ingest", str(folder), *options],
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
        outcome, usage = None, None
        while usage is None:
            pid, status, found = os.wait4(process.pid, os.WNOHANG)
            if pid:
                usage = found
                outcome = outcome or f"exit {os.waitstatus_to_exitcode(status)}"
            elif time.perf_counter() - started > timeout:
                os.killpg(process.pid, signal.SIGKILL)
                outcome = f"killed after {timeout:.0f} s"
            else:
                time.sleep(0.2)
        process.returncode = 0  # reaped above
        seconds = time.perf_counter() - started
        if "--verbose" in sys.argv:
            print(process.stdout.read().decode(errors="replace"))
        listed = subprocess.run([*TIDINGS, "--db", db, "export", "articles"], capture_output=True, text=True)
        stored = '"doc": "b-after.txt"' in listed.stdout
        return outcome, seconds, usage.ru_maxrss / 1024, stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=400)
    parser.add_argument("--sizes", default="10,40,90", help="sizes in MB of the pages of varied paragraphs")
    parser.add_argument("--repeated", type=float, default=30, help="size in MB of the repeated-paragraph page")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("options", nargs="*", help="options for `tidings ingest` (after --)")
    args = parser.parse_args()
    pages = [(f"{mb} MB of paragraphs", lambda mb=mb: varied_page(int(float(mb) * 2**20)))
             for mb in args.sizes.split(",") if mb]
    if args.repeated:
        pages.append((f"{args.repeated:g} MB of one repeated paragraph",
                      lambda: repeated_page(int(args.repeated * 2**20))))
    print(f"{'page':36s} {'outcome':20s} {'time':>9s} {'peak RSS':>10s}  next file stored")
    for label, make in pages:
        outcome, seconds, rss, stored = measure(make(), args.timeout, args.options)
        print(f"{label:36s} {outcome:20s} {seconds:8.1f}s {rss:8.0f} MB  {'yes' if stored else 'no'}", flush=True)


if __name__ == "__main__":
    main()
