"""HTML pages: main text and metadata with trafilatura (date via htmldate); no boilerplate
rules of our own."""
from __future__ import annotations

import io
import re

import trafilatura
from lxml import etree

from .raw import RawRecord, one_line, size_text
from .text import repair

#: how deep libxml2's HTML parser, under lxml and trafilatura, nests elements: it reads no deeper
PARSER_DEPTH = 256
TAG = re.compile(r"<(?:p|div|br|html|body|article|span|h[1-6]|a|li|section)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """Whether a record's text is HTML markup rather than plain text."""
    return len(TAG.findall(text[:20000])) >= 2


def too_large(size: int, limit: int) -> str | None:
    """Why a page of ``size`` bytes is not parsed, if it is over ``limit``."""
    if size <= limit:
        return None
    return f"HTML page is {size_text(size)}, over the limit of {size_text(limit)} (--max-html-size)"


def markup_too_large(markup: str, limit: int | None) -> str | None:
    """Why markup already decoded is not parsed, if its UTF-8 form is over ``limit`` bytes."""
    if limit is None or len(markup) <= limit // 4:  # a character is at most 4 bytes
        return None
    return too_large(len(markup.encode("utf-8", "surrogatepass")), limit)


def extract(html: str, doc: str, *, limit: int | None = None, **stated) -> RawRecord | str:
    """A page's main text and metadata as a raw record, or why none could be found.

    ``stated`` holds metadata the input gives beside the page (a JSON record's title, url …);
    it wins over what is read from the page. A page of more than ``limit`` bytes (UTF-8) is not
    parsed.
    """
    refused = markup_too_large(html, limit)
    if refused:
        return refused
    try:
        found = trafilatura.bare_extraction(
            html, url=stated.get("url"), with_metadata=True, include_comments=False,
            include_tables=False, deduplicate=False)
    except (RecursionError, ValueError, etree.LxmlError) as exc:
        return f"HTML could not be parsed ({one_line(exc) or type(exc).__name__})"
    if found is None or not (found.text or "").strip():
        if _depth(html) >= PARSER_DEPTH:
            return (f"no article text found in HTML: the page nests its elements more than {PARSER_DEPTH - 1} "
                    "deep, and the HTML parser reads no deeper")
        return "no article text found in HTML"
    meta = {
        "title": found.title, "published": found.date, "publisher": found.sitename,
        "url": found.url, "author": found.author,
    }
    meta.update({k: v for k, v in stated.items() if v})
    return RawRecord(
        doc=doc, text=repair(found.text), title=meta["title"] and repair(meta["title"]),
        published=meta["published"], publisher=meta["publisher"], url=meta["url"],
        author=meta["author"], format="html",
        **{k: v for k, v in stated.items() if k in ("line", "member", "encoding")})


def _depth(html: str) -> int:
    """How deep the HTML parser nests the page's elements (at most ``PARSER_DEPTH``)."""
    depth = deepest = 0
    events = etree.iterparse(io.BytesIO(html.encode("utf-8", "surrogatepass")), events=("start", "end"), html=True,
                             recover=True)
    try:
        for event, element in events:
            depth += 1 if event == "start" else -1
            deepest = max(deepest, depth)
            if event == "end":
                element.clear()
    except etree.LxmlError:  # (nothing to parse at all)
        pass
    return deepest
