"""Benchmark: body text extraction from saved HTML news pages, Tidings against plain trafilatura.

    .venv/bin/python benchmarks/extraction.py [FOLDER]

FOLDER (default ``benchmarks/extraction/``) holds pages ``NAME.html`` with the hand-made main
text of each in ``NAME.txt``. Texts are compared as multisets of lower-cased word 4-shingles:
precision is the share of extracted shingles that are in the expected text, recall the share
of expected shingles extracted. Prints per-page and pooled precision/recall/F1 for the
article bodies Tidings stores (its HTML path: trafilatura, then ``articles.split``) and for
``trafilatura.extract`` with its default settings. Tidings should not score below trafilatura.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import trafilatura

from tidings import ingest, pipeline
from tidings.settings import Settings

HERE = Path(__file__).resolve().parent / "extraction"
SHINGLE = 4


def shingles(text: str) -> Counter:
    words = re.findall(r"\w+", text.lower())
    return Counter(tuple(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1)))


def tidings_text(path: Path) -> str:
    source = ingest.read(path, path.name)
    records, _ = ingest.parse(source)
    return "\n".join(a.body for r in records for a in pipeline.split(r, source.sha256, Settings()))


def trafilatura_text(path: Path) -> str:
    return trafilatura.extract(path.read_text("utf-8")) or ""


def score(found: Counter, expected: Counter) -> tuple[int, int, int]:
    """(shared, found, expected) shingle counts."""
    return sum((found & expected).values()), sum(found.values()), sum(expected.values())


def prf(shared: int, found: int, expected: int) -> tuple[float, float, float]:
    p = shared / found if found else 0.0
    r = shared / expected if expected else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(folder: Path) -> None:
    systems = {"tidings": tidings_text, "trafilatura": trafilatura_text}
    pooled = {name: [0, 0, 0] for name in systems}
    pages = sorted(p for p in folder.glob("*.html") if p.with_suffix(".txt").exists())
    print(f"{'page':28} " + "  ".join(f"{name:>24}" for name in systems))
    for page in pages:
        expected = shingles(page.with_suffix(".txt").read_text("utf-8"))
        cells = []
        for name, extract in systems.items():
            counts = score(shingles(extract(page)), expected)
            pooled[name] = [a + b for a, b in zip(pooled[name], counts)]
            cells.append("P %.3f R %.3f F1 %.3f" % prf(*counts))
        print(f"{page.stem:28} " + "  ".join(f"{c:>24}" for c in cells))
    print(f"\n{len(pages)} page(s), pooled over all shingles:")
    for name, counts in pooled.items():
        print(f"  {name:12} precision %.3f  recall %.3f  F1 %.3f" % prf(*counts))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
