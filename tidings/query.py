"""Analyses over stored events, shared by the command line and the web dashboard.

Each function takes a store and filters and returns plain rows (dicts), ready to print as a
table, JSON or CSV.

**Relation index.** For a pair of actors and a period, the index is the mean Goldstein value of
the pair's events in that period, each event weighted by the number of distinct outlets that
report it: ``sum(goldstein × sources) / sum(sources)``. It runs from −10 (war) to +10
(the closest cooperation); weighting by sources keeps one outlet's many stories from outweighing
an event every outlet reported.

**Commitments.** An AGREE event with a ``commitment`` is a promise or plan. It is ``kept`` when a
later stored event of the promised type between the same actors happened (within the due window
when one is stated); otherwise ``overdue`` when its due window has passed, ``due`` while the
window is open, and ``open`` when no due date was given or the window is still ahead.
"""
from __future__ import annotations

import calendar
import csv
import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from functools import cache
from importlib import resources

from .records import Event
from .store import Store

SUMMARY_WIDTH = 140
PERIOD = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


# -- parameters: each check returns the value to use, or raises ValueError with the reason -----------
def period(value: str) -> str:
    """A date given to the year, month or day (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""
    if not PERIOD.fullmatch(value):
        raise ValueError(f"{value!r} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = [int(p) for p in value.split("-")]
    try:
        date(*parts, *[1] * (3 - len(parts)))
    except ValueError as error:
        raise ValueError(f"{value!r} is not a date ({error})") from None
    return value


@cache
def event_types() -> tuple[str, ...]:
    """The PLOVER event types (from the CAMEO table in tidings/data)."""
    with resources.files("tidings.data").joinpath("cameo.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(sorted({row["plover_type"] for row in csv.DictReader(handle) if row["plover_type"]}))


def event_type(value: str) -> str:
    """A PLOVER event type, in any case."""
    if value.upper() not in event_types():
        raise ValueError(f"{value!r} is not a PLOVER event type (one of {', '.join(event_types())})")
    return value.upper()


def country_code(value: str) -> str:
    """A three-letter country code (ISO 3166 alpha-3), in any case."""
    if not re.fullmatch(r"[A-Za-z]{3}", value):
        raise ValueError(f"{value!r} is not a three-letter country code (ISO 3166 alpha-3, e.g. PAK)")
    return value.upper()


def summary(event: Event, width: int = SUMMARY_WIDTH) -> str:
    """A one-line summary from the evidence: the words around the trigger."""
    if not event.mentions:
        return ""
    mention = event.mentions[0]
    text = " ".join(mention.sentence.split())
    if len(text) <= width:
        return text
    at = max(0, text.find(mention.trigger))
    start = max(0, min(at - width // 3, len(text) - width))
    clip = text[start:start + width]
    if start > 0:
        clip = "…" + clip[clip.find(" ") + 1:]
    if start + width < len(text):
        clip = clip[:clip.rfind(" ")] + "…"
    return clip


def outlets(event: Event) -> list[str]:
    """Distinct outlets reporting an event (the document when the outlet is unknown)."""
    return sorted({m.publisher or m.doc for m in event.mentions})


def _actor(actor) -> str:
    return f"{actor.name} ({actor.key})" if actor else ""


def event_row(event: Event) -> dict:
    return {"event_id": event.event_id, "date": event.date, "type": event.type, "status": event.status,
            "source": _actor(event.source), "target": _actor(event.target), "source_key": event.source.key,
            "target_key": event.target.key if event.target else None, "symmetric": event.symmetric,
            "goldstein": event.goldstein, "summary": summary(event), "outlets": outlets(event),
            "num_sources": event.num_sources}


def timeline(store: Store, a: str, b: str | None = None, *, since: str | None = None,
             until: str | None = None, min_confidence: float = 0.0) -> list[dict]:
    """Events of one actor, or between two (either direction), in date order."""
    found = store.events(actors=[a, b] if b else [a], pair=b is not None, since=since, until=until,
                         min_confidence=min_confidence)
    with _collector_paused():
        return [event_row(e) for e in found]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector waits while many records are built: they hold no cycles,
    yet its passes over them took a fifth of a 14,000-event timeline."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def window(due: str) -> tuple[date, date]:
    """First and last day of a date given to the year, month or day."""
    parts = [int(p) for p in due.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
    day = date(*parts)
    return day - timedelta(days=1), day + timedelta(days=1)


def commitments(store: Store, a: str | None = None, b: str | None = None, *, as_of: date | None = None,
                min_confidence: float = 0.0) -> list[dict]:
    """Promises and plans with their due window and whether a later event kept them."""
    as_of = as_of or date.today()
    actors = [x for x in (a, b) if x]
    rows = []
    for event in store.events(actors=actors, pair=len(actors) == 2, committed=True, min_confidence=min_confidence):
        promise = event.commitment
        span = window(promise.due) if promise.due else None
        kept = _fulfilment(store, event, span)
        if kept is not None:
            status = "kept"
        elif span is None or as_of < span[0]:
            status = "open"
        elif as_of > span[1]:
            status = "overdue"
        else:
            status = "due"
        rows.append({**event_row(event), "promised": promise.type, "due": promise.due,
                     "what": promise.text, "commitment_status": status,
                     "kept_by": kept.event_id if kept else None})
    return rows


def _fulfilment(store: Store, promise: Event, span: tuple[date, date] | None) -> Event | None:
    """A later stored event of the promised type between the same actors."""
    if promise.target is None:
        return None
    since = promise.date or (span[0].isoformat() if span else None)
    candidates = store.events(actors=[promise.source.key, promise.target.key], pair=True,
                              type=promise.commitment.type, since=since)
    for event in candidates:
        if event.event_id == promise.event_id or event.status != "occurred" or event.date is None:
            continue
        if promise.date and event.date <= promise.date[:len(event.date)]:
            continue
        if span and not (span[0].isoformat()[:len(event.date)] <= event.date <= span[1].isoformat()):
            continue
        return event
    return None


def volume(store: Store, a: str | None = None, b: str | None = None, *, by: str = "month",
           since: str | None = None, until: str | None = None, min_confidence: float = 0.0) -> list[dict]:
    """Dated events per period, in all and by QuadClass: of every actor, of one, or of a pair."""
    actors = [x for x in (a, b) if x]
    return store.volume(actors=actors, pair=len(actors) == 2, by=by, since=since, until=until,
                        min_confidence=min_confidence)


def network(store: Store, actor: str, *, since: str | None = None, until: str | None = None,
            min_confidence: float = 0.0, limit: int = 24) -> dict:
    """An actor's counterparts (the most active pairs it belongs to) and the pairs among them."""
    key = actor.upper()
    pairs = store.dyads(since=since, until=until, min_confidence=min_confidence, limit=2**31 - 1)
    ego = [{**d, "key": d["b"] if d["a"] == key else d["a"]} for d in pairs if key in (d["a"], d["b"])][:limit]
    others = {d["key"] for d in ego}
    return {"actor": key, "counterparts": ego,
            "links": [d for d in pairs if d["a"] in others and d["b"] in others]}


def search(store: Store, text: str, *, min_confidence: float = 0.0, limit: int = 50) -> dict:
    """Events whose evidence or actor names contain ``text``, and the actors whose name or code match."""
    text = " ".join(text.split())
    if not text:
        return {"query": text, "events": [], "actors": []}
    found = [event_row(e) for e in store.search(text, min_confidence=min_confidence, limit=limit)]
    actors = [row for row in store.actor_table(min_confidence=min_confidence)
              if text.lower() in (row["name"] or "").lower() or text.upper() in (row["country"], row["org"])]
    return {"query": text, "events": found, "actors": actors[:limit]}
