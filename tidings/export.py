"""Exporters: stored records to files other tools read (see docs/event-schema.md).

Writers register by ``(what, format)`` in ``EXPORTERS``; each takes the records and a text
stream.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import TextIO

from .records import Article

ARTICLE_FIELDS = ("article_id", "doc", "index", "title", "published", "dateline", "publisher",
                  "lead", "captions", "body", "language", "url")


def article_dict(article: Article) -> dict:
    """An article as the export contract names its fields."""
    data = article.as_dict()
    return {name: data[name] for name in ARTICLE_FIELDS}


def write_jsonl(rows: Iterable[dict], out: TextIO) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[dict], out: TextIO, fields: tuple[str, ...]) -> int:
    """CSV with one column per field; lists and objects are written as JSON."""
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                         for k, v in row.items()})
        count += 1
    return count


EXPORTERS: dict[tuple[str, str], Callable[[Iterable, TextIO], int]] = {
    ("articles", "jsonl"): lambda items, out: write_jsonl(map(article_dict, items), out),
    ("articles", "csv"): lambda items, out: write_csv(map(article_dict, items), out, ARTICLE_FIELDS),
}


def formats(what: str) -> list[str]:
    return sorted(fmt for kind, fmt in EXPORTERS if kind == what)
