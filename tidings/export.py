"""Exporters: stored records to files other tools read (see docs/event-schema.md).

Writers register by ``(what, format)`` in ``EXPORTERS``; each takes the records and a text
stream, and returns how many records it wrote.

``gdelt`` writes the 61 tab-separated columns of the GDELT 2.0 event table, without a header,
as GDELT does. Mapping: GLOBALEVENTID from the event id (its first 15 hex digits as an integer);
SQLDATE is always filled, with this basis: the event's date when it is known to the day; else
the publication date of its first report when that falls within the event's year or month (or
the event is undated); else the first day of the event's month or year; else (no date and no
publication date) the day it was stored. MonthYear/Year/FractionDate follow SQLDATE.
Actor1/Actor2 Code = country or organisation code + sector (CAMEO style, "RUSGOV"), Name,
CountryCode (ISO3, as CAMEO uses), KnownGroupCode (organisation), Type1Code (sector);
IsRootEvent = 1 when a mention is an article's first sentence; EventCode/EventBaseCode/
EventRootCode from the CAMEO code; QuadClass; GoldsteinScale; NumMentions/NumSources/
NumArticles; ActionGeo_* from the place: Type 1 with the country's centroid for a whole country
("Afghanistan"), 4 for a city, with its FullName and Lat/Long; DATEADDED is when the event's
first report was stored (its input received, UTC, YYYYMMDDHHMMSS); SOURCEURL is the first
report's article URL when the input gave one, else its document name. Left blank where Tidings
has no value: ethnic and religion codes, Type2/Type3, AvgTone, Actor1Geo_*/Actor2Geo_*, FIPS
country and ADM codes, FeatureID.

``commitments`` writes the rows of ``query.commitments``: one per promise, with its status.

``parquet`` writes the contract's records (nested actors, places and mentions) as Parquet, with
DuckDB's writer.
"""
from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from . import geo
from .records import Actor, Article, Event

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


GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{field}" for n in (1, 2) for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{field}" for who in ("Actor1", "Actor2", "Action") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)


def gdelt_row(event: Event, stamps: dict[str, tuple[str | None, datetime | None]] | None = None) -> dict:
    """An event in GDELT 2.0 event-table columns (see the module docstring for the mapping);
    ``stamps`` gives the URL and storage time of its articles (``Store.stamps``)."""
    row = dict.fromkeys(GDELT_COLUMNS, "")
    row["GLOBALEVENTID"] = int(event.event_id[:15], 16) if _is_hex(event.event_id) else event.event_id
    first = event.mentions[0] if event.mentions else None
    url, stored = (stamps or {}).get(first.article_id, (None, None)) if first else (None, None)
    day = _sql_date(event, stored)
    if day is not None:
        row.update(SQLDATE=day.strftime("%Y%m%d"), MonthYear=day.strftime("%Y%m"), Year=day.year,
                   FractionDate=round(day.year + (day.timetuple().tm_yday - 1) / 365, 4))
    for number, actor in ((1, event.source), (2, event.target)):
        if actor is not None:
            row.update(_gdelt_actor(number, actor))
    row["IsRootEvent"] = int(any(m.start == 0 for m in event.mentions))
    if event.cameo:
        row.update(EventCode=event.cameo, EventBaseCode=event.cameo[:3], EventRootCode=event.cameo[:2])
    row.update(QuadClass=event.quad_class, GoldsteinScale=event.goldstein, NumMentions=event.num_mentions,
               NumSources=event.num_sources, NumArticles=event.num_articles)
    if event.location:
        place = event.location
        country, lat, lon = geo.position(place)
        row.update(ActionGeo_Type=1 if country else 4, ActionGeo_FullName=place.name,
                   ActionGeo_Lat="" if lat is None else lat, ActionGeo_Long="" if lon is None else lon)
    if stored is not None:
        row["DATEADDED"] = stored.strftime("%Y%m%d%H%M%S")
    row["SOURCEURL"] = url or (first.doc if first else "")
    return row


def _sql_date(event: Event, stored: datetime | None) -> date | None:
    """The day SQLDATE gives (see the module docstring for the order of preference)."""
    if event.date and len(event.date) == 10:
        return date.fromisoformat(event.date)
    published = next((m.published for m in event.mentions if m.published), None)
    if published and (event.date is None or published.startswith(event.date)):
        return date.fromisoformat(published)
    if event.date:
        return date.fromisoformat(event.date + "-01-01"[len(event.date) - 4:])
    return stored.date() if stored is not None else None


def _gdelt_actor(number: int, actor: Actor) -> dict:
    base = actor.country or actor.org or ""
    return {f"Actor{number}Code": base + (actor.sector or ""), f"Actor{number}Name": actor.name.upper(),
            f"Actor{number}CountryCode": actor.country or "", f"Actor{number}KnownGroupCode": actor.org or "",
            f"Actor{number}Type1Code": actor.sector or ""}


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdef" for c in text.lower())


def write_gdelt(events: Iterable[Event], out: TextIO, store=None) -> int:
    """GDELT rows, the URLs and storage times of their articles read from ``store`` a batch at a time."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    count = 0
    for batch in _batches(events, 1000):
        stamps = store.stamps(m.article_id for e in batch for m in e.mentions[:1]) if store is not None else {}
        for event in batch:
            row = gdelt_row(event, stamps)
            writer.writerow([row[c] for c in GDELT_COLUMNS])
            count += 1
    return count


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_parquet(rows: Iterable[dict], out: TextIO) -> int:
    """Parquet through DuckDB (JSON Lines in a scratch folder, then COPY); binary to ``out``."""
    with tempfile.TemporaryDirectory() as tmp:
        lines, target = Path(tmp) / "rows.jsonl", Path(tmp) / "rows.parquet"
        with lines.open("w", encoding="utf-8") as fh:
            count = write_jsonl(rows, fh)
        if count:
            import duckdb  # kept out of the import of this module: `tidings --help` never needs it

            duckdb.execute(f"COPY (SELECT * FROM read_json('{lines}', format = 'newline_delimited')) "
                           f"TO '{target}' (FORMAT parquet)")
            out.flush()
            out.buffer.write(target.read_bytes())
    return count


COMMITMENT_FIELDS = ("commitment_id", "event_id", "stated", "source", "target", "source_key", "target_key",
                     "symmetric", "promised", "what", "due", "due_text", "precision", "commitment_status", "kept_by",
                     "broken_by", "sentence", "article_id", "doc")

EXPORTERS: dict[tuple[str, str], Callable[..., int]] = {
    ("articles", "jsonl"): lambda items, out: write_jsonl(map(article_dict, items), out),
    ("articles", "csv"): lambda items, out: write_csv(map(article_dict, items), out, ARTICLE_FIELDS),
    ("articles", "parquet"): lambda items, out: write_parquet(map(article_dict, items), out),
    ("events", "jsonl"): lambda items, out: write_jsonl((e.as_dict() for e in items), out),
    ("events", "csv"): lambda items, out: write_csv(map(event_row, items), out, EVENT_CSV_FIELDS),
    ("events", "parquet"): lambda items, out: write_parquet((e.as_dict() for e in items), out),
    ("commitments", "jsonl"): write_jsonl,
    ("commitments", "csv"): lambda items, out: write_csv(items, out, COMMITMENT_FIELDS),
}
#: writers that read more from the store than the records they are given
STORE_EXPORTERS: dict[tuple[str, str], Callable[..., int]] = {("events", "gdelt"): write_gdelt}


def write(what: str, fmt: str, items: Iterable, out: TextIO, store=None) -> int:
    """Write ``items`` (articles, events or commitment rows: ``what``) to ``out`` in ``fmt``;
    returns how many were written."""
    if (what, fmt) in STORE_EXPORTERS:
        return STORE_EXPORTERS[(what, fmt)](items, out, store)
    return EXPORTERS[(what, fmt)](items, out)


def formats(what: str) -> list[str]:
    return sorted(fmt for kind, fmt in (*EXPORTERS, *STORE_EXPORTERS) if kind == what)
