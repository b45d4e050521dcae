"""RSS 2.0 and Atom feeds (feedparser): one raw record per item — the full content when the
feed carries it, else title and summary, flagged as partial."""
from __future__ import annotations

import re
import time

import feedparser
import trafilatura

from .html import TAG, markup_too_large
from .raw import RawRecord, one_line
from .text import repair

FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf", b"<channel")
CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")


def _valid_references(data: bytes) -> bytes:
    """``data`` with each character reference to no character (``&#0;``, a surrogate such as
    ``&#xd800;``, or beyond U+10FFFF such as ``&#99999999999;``) made U+FFFD's: feedparser fails on
    them and gives no item of the feed."""
    def valid(reference: re.Match) -> bytes:
        digits, base = (reference[1], 16) if reference[1] is not None else (reference[2], 10)
        value = int(digits, base) if len(digits) <= 8 else -1
        return reference[0] if 0 < value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else b"&#xFFFD;"
    return CHARACTER_REFERENCE.sub(valid, data)


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lower()
    return any(marker in head for marker in FEED_MARKERS)


def parse(data: bytes, doc: str, html_limit: int | None = None,
          **context) -> tuple[list[RawRecord], list[tuple[int | None, str]]]:
    """Records for the feed's items, and (item number, reason) for items that cannot be used. An
    item whose HTML (content or summary) is over ``html_limit`` bytes is refused before it is parsed."""
    feed = feedparser.parse(_valid_references(data), sanitize_html=True, resolve_relative_uris=False)
    if not feed.entries:
        why = f" ({one_line(feed.bozo_exception)})" if feed.bozo else ""
        return [], [(None, f"no feed items found (not an RSS or Atom feed?){why}")]
    publisher = feed.feed.get("title") or None
    encoding = context.pop("encoding", None) or feed.get("encoding")
    records, problems = [], []
    for number, entry in enumerate(feed.entries, start=1):
        content = " ".join(c.get("value") or "" for c in entry.get("content") or [])
        summary = entry.get("summary") or ""  # (None for an unclosed element)
        refused = markup_too_large(content, html_limit) or markup_too_large(summary, html_limit)
        if refused:
            problems.append((number, f"feed item's HTML: {refused}"))
            continue
        full = _text(content)
        partial = len(full) <= len(_text(summary))
        title = entry.get("title") or None
        text = full if not partial else "\n\n".join(t for t in (title, _text(summary)) if t)
        if not text.strip():
            problems.append((number, "feed item has no text (no content, summary or title)"))
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        records.append(RawRecord(
            doc=f"{doc}#{number}", text=repair(text), line=number, title=title and repair(title),
            published=time.strftime("%Y-%m-%d", stamp) if stamp else None,
            publisher=(entry.get("source") or {}).get("title") or publisher,
            url=entry.get("link") or None, author=entry.get("author") or None,
            format="feed", encoding=encoding, partial=partial, **context))
    return records, problems


def _text(markup: str) -> str:
    """Plain text of an item's HTML content or summary."""
    if not markup.strip():
        return ""
    if not TAG.search(markup):
        return markup.strip()
    extracted = trafilatura.extract(f"<html><body>{markup}</body></html>", favor_recall=True,
                                    include_comments=False, deduplicate=False)
    return (extracted or trafilatura.html2txt(f"<html><body>{markup}</body></html>") or "").strip()
