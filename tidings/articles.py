"""Articles: cut raw text into stories and strip page furniture.

Needs: a ``RawRecord`` (decoded text and stated metadata). Sets: ``Article`` records with
headline, publication date, dateline, publisher, lead bullets, photo captions and a clean body.

How it works — every line is classified by its shape alone (see ``_classify``):

* furniture from the documented pattern lists in ``data/furniture.toml`` (share widgets, ad slots,
  comment forms; an *end marker* such as "Must Read" ends the useful part of the file);
* stamps ("Updated 22 April 2025", "date 2025-02-25", "Published in Dawn, May 14th, 2025");
* datelines ("ISLAMABAD:", "UNITED NATIONS, Oct 16 (APP):", "KYIV, Ukraine (AP) —", "KYIV, July 6 (Reuters) -")
  that open a story's body;
* bullets (lead), credits ("— With additional input from APP"), headline-shaped lines
  (short, capitalised, no closing punctuation), photo captions (photo cues near the headline)
  and ordinary paragraphs.

A text file holds a new story wherever a headline-shaped line after a blank line is followed by
a story header (a stamp, a repeat of the headline, lead bullets or a dateline) before any
paragraph. Structured records (JSON lines) are always one story.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from . import dates, places
from .ingest import RawRecord, language_of
from .records import Article

INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
BULLET = re.compile(r"^[•●▪◦·*\-–]\s+(?=\S)")
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){0,3})"  # (in capitals, or with an agency)
    r"(?P<others>(?:/[A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){0,3})*)"  # "TAIPEI/MANILA": where else it is told
    r"(?:\s*,\s*(?P<region>[A-Z][a-z]+(?: (?:[A-Z][a-z]+|of|the)){0,4})(?=\s*(?:[(,:—–]|--?\s)))?"  # "KYIV, Ukraine (AP) —",
    # "GOMA, Democratic Republic of Congo (Reuters) -"
    r"(?:\s*,\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?))?"  # ("Dec. 3,
    # 1987")
    r"\s*(?:\((?P<agency>[A-Za-z]{2,12}(?: (?:of|[A-Z][A-Za-z]{1,11})){0,3})\)\s*)?(?:[:—–]|--?(?=\s))"
    r"\s*(?P<rest>\S.*)$"  # ("(Reuters) -", "(The Hindu) -")
)
STAMP = re.compile(r"^(?:last\s+)?(?:updated|published|posted|dated?)\b\s*:?\s*(?:on\s+)?(?P<rest>.+)$", re.I)
FOOTER = re.compile(r"^published in (?P<publisher>[^,]{2,40}),\s*(?P<date>.+)$", re.I)
STAMP_DATE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|(?:[A-Z][a-z]{2,8},?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
    r"|(?:[A-Z][a-z]{2,8},?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
    r"(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
)
RELATIVE_STAMP = re.compile(
    r"^(?P<n>\d+|an?)\s*(?P<unit>sec|second|min|minute|hr|hour|day|week)s?\.?\s+ago\b", re.I)
UNIT_SECONDS = {"sec": 1, "second": 1, "min": 60, "minute": 60, "hr": 3600, "hour": 3600,
                "day": 86400, "week": 604800}
SITE_SUFFIX = re.compile(r"(?:\s+[-|–—]\s+[^-|–—]{1,40})?\s+[-|–—]\s+[\w.-]+\.(?:com|net|org|co|pk|in|uk|news)\S*$", re.I)
SENTENCE_END = re.compile(r"[.!?…]['\"’”)\]]*$|[’”\"]$")
HEADLINE_MAX_WORDS = 22


@dataclass(frozen=True)
class Line:
    """One line of input with the class its shape gives it."""

    text: str
    kind: str  # blank, drop, end, stamp, footer, dateline, bullet, credit, headline, text
    match: re.Match | None = None


@lru_cache(maxsize=1)
def furniture() -> dict[str, list[re.Pattern]]:
    """The furniture pattern lists of ``data/furniture.toml``, compiled."""
    table = tomllib.loads(resources.files("tidings.data").joinpath("furniture.toml").read_text("utf-8"))
    return {name: [re.compile(rf"^(?:{p})$", re.I) for p in pats] for name, pats in table.items()}


def split(record: RawRecord, *, source_sha256: str, fetched_at: date | None = None) -> list[Article]:
    """Cut a raw record into articles (one for a structured record), furniture removed."""
    lines = [_classify(raw) for raw in record.text.translate(INVISIBLE).split("\n")]
    lines = _before_end_marker(lines)
    starts = [0] if record.is_record else _story_starts(lines)
    context_year = _context_year(record, lines, fetched_at)
    articles = []
    for begin, end in zip(starts, starts[1:] + [len(lines)]):
        article = _build(lines[begin:end], record, source_sha256, len(articles) + 1, context_year, fetched_at)
        if article is not None:
            articles.append(article)
    return articles


def _classify(raw: str) -> Line:
    text = " ".join(raw.split())
    if not text:
        return Line("", "blank")
    table = furniture()
    if any(p.match(text) for p in table["end"]):
        return Line(text, "end")
    if any(p.match(text) for p in table["drop"]):
        return Line(text, "drop")
    for kind, pattern in (("footer", FOOTER), ("stamp", STAMP)):
        m = pattern.match(text)
        if m and (kind == "footer" or STAMP_DATE.match(m["rest"]) or RELATIVE_STAMP.match(m["rest"])):
            return Line(text, kind, m)
    m = DATELINE.match(text)
    if m and _is_dateline(m):
        return Line(text, "dateline", m)
    if BULLET.match(text) and len(text.split()) > 3:
        return Line(BULLET.sub("", text), "bullet")
    for p in table["credit"]:
        m = p.match(text)
        if m:
            return Line(text, "credit", m)
    if _headline_shaped(text):
        return Line(text, "headline")
    return Line(text, "text")


def _is_dateline(m: re.Match) -> bool:
    """An upper-case lead-in is a dateline when it names a known place or carries a date/agency; one
    in title case when it names a known place and an agency ("Kathmandu (AP) —")."""
    place = m["place"]
    if len(place) < 3 or not any(c.isalpha() for c in place):
        return False
    if not place.isupper():
        return bool(m["agency"]) and places.lookup(place) is not None
    return bool(m["date"] or m["agency"]) or places.lookup(place.title()) is not None


def _headline_shaped(text: str) -> bool:
    words = text.split()
    return (2 <= len(words) <= HEADLINE_MAX_WORDS and text[0].isupper()
            and not SENTENCE_END.search(text) and not text.endswith((",", ";", ":")))


def _before_end_marker(lines: list[Line]) -> list[Line]:
    for i, line in enumerate(lines):
        if line.kind == "end":
            return lines[:i]
    return lines


def _story_starts(lines: list[Line]) -> list[int]:
    """Indexes where stories begin: 0, then each headline followed by a story header."""
    starts = [0]
    body_seen = False
    for i, line in enumerate(lines):
        if line.kind in ("dateline", "text") and _paragraph_shaped(line.text):
            body_seen = True
        if (body_seen and line.kind == "headline" and i > 0 and lines[i - 1].kind == "blank"
                and _header_follows(lines, i)):
            starts.append(i)
            body_seen = False
    return starts


def _header_follows(lines: list[Line], i: int, window: int = 8) -> bool:
    """Whether the headline at ``i`` is followed by a header (stamp, repeat, bullets, dateline)."""
    headline = lines[i].text
    seen = 0
    for line in lines[i + 1:]:
        if line.kind == "blank":
            continue
        seen += 1
        if seen > window:
            return False
        if line.kind in ("stamp", "bullet", "dateline") or line.text == headline:
            return True
        if line.kind == "text" and _paragraph_shaped(line.text) and not _caption_shaped(line.text):
            return False
    return False


def _paragraph_shaped(text: str) -> bool:
    return len(text.split()) >= 8 and bool(SENTENCE_END.search(text))


def _caption_shaped(text: str) -> bool:
    return any(p.search(text) for p in furniture()["photo"]) or bool(re.search(r"\([^()]{2,60}\)+\s*$", text))


def _build(lines: list[Line], record: RawRecord, sha: str, index: int,
           context_year: int | None, fetched_at: date | None) -> Article | None:
    body_at = _body_start(lines, record.is_record)
    if body_at is None:
        return None
    header, story = lines[:body_at], lines[body_at:]
    title = record.title and _clean_title(record.title)
    lead, captions, published, publisher = [], [], None, None
    for line in header:
        if line.kind == "headline" and title is None:
            title = line.text
        elif line.kind == "bullet":
            lead.append(line.text)
        elif line.kind == "stamp":
            stamp_date, rest = _stamp(line, context_year, fetched_at)
            published = published or stamp_date
            if rest:
                captions.append(rest)
        elif line.kind in ("text", "headline", "credit", "dateline") and line.text != title:
            (captions if _caption_shaped(line.text) else lead).append(line.text)
    first = story[0]
    dateline, dateline_date = None, None
    paragraphs, credits = [], []
    if first.kind == "dateline":
        dateline = first.match["place"].rstrip(".")
        if first.match["agency"]:
            publisher = first.match["agency"]
        if first.match["date"] and context_year:
            dateline_date = dates.parse_published(first.match["date"], context_year)
        paragraphs.append(first.match["rest"])
        story = story[1:]
    for pos, line in enumerate(story):
        if line.kind == "footer":
            publisher = publisher or line.match["publisher"].strip()
            published = published or _iso(dates.parse_published(line.match["date"]))
        elif line.kind == "stamp":
            published = published or _stamp(line, context_year, fetched_at)[0]
        elif line.kind == "credit":
            credits.append(line.match.groupdict().get("agency"))
        elif line.kind in ("text", "dateline", "bullet") or (
                line.kind == "headline" and not _isolated(story, pos)):
            paragraphs.append(line.text)
    written = [line.text for line in story if line.kind != "blank"]
    if not paragraphs and record.format == "record" and len(written) == 1 and story[0].kind == "headline":
        paragraphs = written  # a JSON or CSV record's text of one short line ("Ghana and Togo held talks in Accra")
    if not paragraphs:
        return None
    if not published:
        published = _caption_date(captions)
    publisher = record.publisher or publisher or next((c for c in credits if c), None) or _caption_credit(captions)
    body = "\n\n".join(paragraphs)
    published = _iso(dates.parse_published(record.published)) if record.published else published
    published = published or _iso(dateline_date)
    if dateline_date and published and dateline_date > date.fromisoformat(published):
        dateline_date = _year_before(dateline_date)  # "Dec 31" in a story of Jan 2
    return Article(
        article_id=hashlib.sha256(f"{sha}:{record.line or 0}:{index}".encode()).hexdigest()[:16],
        doc=record.doc, index=index, body=body, title=title, published=published, dateline=dateline,
        publisher=publisher, url=record.url, lead=tuple(lead), captions=tuple(captions),
        language=language_of(body), source_sha256=sha, dateline_date=_iso(dateline_date),
    )


def _year_before(day: date) -> date | None:
    """The same day a year earlier; None for a 29 February whose previous year has none."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return None


def _body_start(lines: list[Line], is_record: bool) -> int | None:
    """Index of the first body line: the dateline, else the first paragraph that is no caption.

    A structured record has no headline in its text, so any text line may open its body.
    """
    for i, line in enumerate(lines[:40]):
        if line.kind == "dateline":
            return i
    for i, line in enumerate(lines):
        if line.kind in ("text", "dateline") and _paragraph_shaped(line.text) and not (
                _caption_shaped(line.text) and _near_headline(lines, i)):
            return i
    if is_record:
        return next((i for i, line in enumerate(lines) if line.kind in ("text", "headline")), None)
    return None


def _near_headline(lines: list[Line], i: int) -> bool:
    return any(line.kind in ("headline", "stamp") for line in lines[max(0, i - 3):i])


def _isolated(lines: list[Line], pos: int) -> bool:
    """A headline-shaped line standing alone inside a body: a sub-heading or a teaser."""
    before = lines[pos - 1].kind if pos > 0 else "blank"
    after = lines[pos + 1].kind if pos + 1 < len(lines) else "blank"
    return before == "blank" and after == "blank"


def _stamp(line: Line, context_year: int | None, fetched_at: date | None) -> tuple[str | None, str | None]:
    """Publication date of a stamp line, and any caption text that follows it on the line."""
    rest = line.match["rest"]
    relative = RELATIVE_STAMP.match(rest)
    if relative:
        if fetched_at is None:
            return None, None
        try:
            n = 1 if relative["n"].lower() in ("a", "an") else int(relative["n"])
            when = fetched_at - timedelta(seconds=n * UNIT_SECONDS[dates.as_ascii(relative["unit"]).lower()])
        except (OverflowError, ValueError):  # "Updated 99999999999 min ago": before any date
            return None, None
        return when.isoformat(), None
    m = STAMP_DATE.match(rest)
    tail = rest[m.end():].strip(" ,.-–—|") if m else ""
    return _iso(dates.parse_published(m["date"], context_year)) if m else None, tail or None


def _context_year(record: RawRecord, lines: Iterable[Line], fetched_at: date | None) -> int | None:
    """The year that dates without one ("Apr 23 (APP)") take: from metadata or full stamps."""
    if record.published and (stated := dates.parse_published(record.published)):
        return stated.year
    for line in lines:
        if line.kind in ("stamp", "footer"):
            m = STAMP_DATE.match(line.match["rest"] if line.kind == "stamp" else line.match["date"])
            if m and (stated := dates.parse_published(m["date"])):
                return stated.year
    return fetched_at.year if fetched_at else None


def _caption_date(captions: list[str]) -> str | None:
    """A full calendar date in a photo caption: the best evidence of when an undated page is from."""
    for caption in captions:
        for expr in dates.find_dates(caption, None):
            if len(expr.value) == 10 and expr.basis == "explicit":
                return expr.value
    return None


def _caption_credit(captions: list[str]) -> str | None:
    for caption in captions:
        m = re.search(r"[—–]\s*([A-Z]{2,8})\s*$", caption)
        if m:
            return m.group(1)
    return None


def _clean_title(title: str) -> str:
    return SITE_SUFFIX.sub("", " ".join(title.split())) or title


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
