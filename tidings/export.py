"""Exporters: stored records to files other tools read (see docs/event-schema.md).

Writers register by ``(what, format)`` in ``EXPORTERS``; each takes the records and a text
stream.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import TextIO

from .records import Article, Event

ARTICLE_FIELDS = ("article_id", "doc", "index", "title", "published", "dateline", "publisher",
                  "lead", "captions", "body", "language", "url", "duplicate_of")


EVENT_CSV_FIELDS = ("event_id", "type", "mode", "cameo", "quad_class", "goldstein", "source_name",
                    "source_key", "target_name", "target_key", "symmetric", "date", "date_basis",
                    "location", "status", "num_mentions", "num_articles", "num_sources", "confidence",
                    "evidence", "docs")


def event_row(event: Event) -> dict:
    """A flat row for spreadsheets: one line per event, the first mention as evidence."""
    data = event.as_dict()
    return {**{k: data[k] for k in EVENT_CSV_FIELDS if k in data},
            "source_name": event.source.name, "source_key": event.source.key,
            "target_name": event.target.name if event.target else None,
            "target_key": event.target.key if event.target else None,
            "location": event.location.name if event.location else None,
            "evidence": event.mentions[0].sentence if event.mentions else None,
            "docs": sorted({m.doc for m in event.mentions})}


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
    ("events", "jsonl"): lambda items, out: write_jsonl((e.as_dict() for e in items), out),
    ("events", "csv"): lambda items, out: write_csv(map(event_row, items), out, EVENT_CSV_FIELDS),
}


def formats(what: str) -> list[str]:
    return sorted(fmt for kind, fmt in EXPORTERS if kind == what)
