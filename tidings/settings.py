"""Run settings: one object passed down explicitly from the CLI (or a library caller)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

DEFAULT_DB = "tidings.duckdb"
# Events below this confidence are kept in the store but left out of exports and views unless
# asked for (--min-confidence 0). See README, "Confidence".
DEFAULT_MIN_CONFIDENCE = 0.3
# Input limits (README, "Input limits"): larger input is rejected with the limit named.
MAX_FILE_BYTES = 100 * 2**20
MAX_DECOMPRESSED_BYTES = 500 * 2**20
MAX_ARTICLE_CHARS = 200_000
# An HTML page (a file, a record's or a feed item's HTML) larger than this is rejected before it is parsed:
# extraction takes about 1.3 s per MB and grows faster than the page (benchmarks/large_html.py).
MAX_HTML_BYTES = 5 * 2**20
# The fields of a JSON or CSV record that each article attribute is read from, first non-empty
# one wins (README, "Input formats"); `--map attribute=name` replaces an attribute's names.
FIELD_NAMES = {
    "text": ("text", "body", "content", "maintext"),
    "html": ("html", "raw_html", "content_html"),
    "title": ("title", "headline"),
    "published": ("published", "date", "date_publish", "date_published"),
    "url": ("url", "link"),
    "publisher": ("publisher", "source", "source_domain", "sitename"),
    "author": ("author", "authors"),
    "doc": ("doc",),
}


def default_workers() -> int:
    """spaCy processes by default: one per core this process may use, at most four (each holds
    the model, about 350 MB)."""
    return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


def default_db() -> str:
    """The store location: ``$TIDINGS_DB`` when set, else ``./tidings.duckdb``."""
    return os.environ.get("TIDINGS_DB") or DEFAULT_DB


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB
    fetched_at: date | None = None  # resolves relative page stamps ("Updated 5 sec ago")
    actor_files: tuple[str, ...] = ()  # the user's actor tables, added to the built-in registry
    max_file_bytes: int = MAX_FILE_BYTES  # an input file (or standard input) larger is rejected
    max_decompressed_bytes: int = MAX_DECOMPRESSED_BYTES  # per compressed input, all members
    max_article_chars: int = MAX_ARTICLE_CHARS  # a record or page with longer text is rejected
    max_html_bytes: int = MAX_HTML_BYTES  # a larger HTML page is rejected before it is parsed
    field_map: tuple[tuple[str, str], ...] = ()  # (attribute, field name) from --map, in order
    workers: int = 1  # spaCy processes (the CLI's default is ``default_workers()``)
    fast: bool = False  # names by rule only, never the statistical recognizer: a little faster, less exact
