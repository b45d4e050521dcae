"""Analyses over stored events, shared by the command line and the web dashboard.

Each function takes a store and an ``EventFilter`` (``select`` builds one from what a user typed)
and returns plain rows (dicts), ready to print as a table, JSON or CSV.

**Actors.** Wherever an actor is asked for, ``match_actor`` reads it the same way: a country or
organisation code ("PAK", "un"), a country's name, demonym or seat ("Pakistan", "Russian",
"Moscow"), an organisation's name or alias, or a person's full name or surname: the names the
store holds, or learned, that have every word typed ("Blinken"; "Ana Silva" for "Ana M. Silva").

**Ids.** An event or article id may be given by any prefix that only one id starts with
(``resolve_id``).

**Relation index.** For a pair of actors and a period, the index is the mean Goldstein value of
the pair's events in that period, each event weighted by the number of distinct outlets that
report it: ``sum(goldstein × sources) / sum(sources)``. It runs from −10 (war) to +10
(the closest cooperation); weighting by sources keeps one outlet's many stories from outweighing
an event every outlet reported.

**Commitments.** One row per promised act (``Commitment``), each once however many reports
state it. It is ``kept`` when a later stored event of the promised type between the same actors
happened (within the due window when one is stated); ``broken`` when a later event between them
refuses or reverses it — a REJECT or a SANCTION, or a denied event of the promised type, whose
evidence names what was promised (its object, "exercises"); otherwise ``overdue`` when its due
window has passed, ``due`` while the window is open, and ``open`` when no due date was given or
the window is still ahead. A promise whose statement has no date and that names no due window
cannot be judged against later events: it stays open.
"""
from __future__ import annotations

import calendar
import gc
import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta

from . import geo, names
from .records import Actor, Commitment, Event, Place
from .store import SORTS, ActorMatch, EventFilter, Store

SUMMARY_WIDTH = 140
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
STATUSES = ("occurred", "planned", "requested", "denied", "hypothetical")
PROMISE_STATUSES = ("open", "due", "overdue", "kept", "broken")
BREACHES = ("REJECT", "SANCTION")
SHORT_ID = 10  # characters of an id that tables show (any unique prefix is accepted back)
PRECISION = {4: "year", 7: "month", 10: "day"}


class AmbiguousId(LookupError):
    """An id prefix that several ids start with."""


def resolve_id(store: Store, kind: str, prefix: str) -> str | None:
    """The one event or article id (``kind``) that starts with ``prefix``; None when none does.
    Raises ``AmbiguousId`` when several do."""
    found = store.ids(kind, prefix.strip().lower())
    if len(found) > 1:
        raise AmbiguousId(f"several {kind}s have ids starting with {prefix!r}: give more characters")
    return found[0] if found else None


def match_actor(store: Store, text: str) -> ActorMatch:
    """The actors a typed name stands for (see the module docstring); an unknown code in capitals
    is taken as a key (a user's own organisation code)."""
    text = " ".join(text.split())
    code = names.code(text)
    if code is not None:
        return ActorMatch.code(code)
    stored = store.actor_names()
    if any(text.upper() == key for _, key in stored):
        return ActorMatch.code(text.upper())
    wanted = set(names.fold(text).split())
    found = {name for name, _ in stored if wanted <= set(names.fold(name).split())}
    found |= {actor.name for name, actor in store.known_names() if wanted <= set(names.fold(name).split())}
    if not found and text.isupper():
        return ActorMatch.code(text)
    return ActorMatch(text, names=tuple(sorted(found)))


def select(store: Store, actor: str | None = None, other: str | None = None, **conditions) -> EventFilter:
    """The ``EventFilter`` of what a user typed: one actor (any of its names), or a pair, and
    the other conditions of ``EventFilter`` (empty values are ignored)."""
    typed = [a for a in (actor, other) if a and a.strip()]
    conditions = {k: v for k, v in conditions.items() if v not in (None, "")}
    return EventFilter(actors=tuple(match_actor(store, a) for a in typed), pair=len(typed) == 2, **conditions)
PERIOD = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
MAX_ROWS = 10**9  # the largest limit or offset: more than a store holds, and within every backend's integers


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


def ordered_period(since: str | None, until: str | None) -> None:
    """Raise ValueError unless the period from ``since`` to ``until`` (each may be missing) holds
    a day: to the precision of the shorter, ``since`` is not after ``until``."""
    if since and until:
        shorter = min(len(since), len(until))
        if since[:shorter] > until[:shorter]:
            raise ValueError(f"the period is empty: since {since} is after until {until}")


def event_type(value: str) -> str:
    """A PLOVER event type, in any case."""
    if value.upper() not in TYPES:
        raise ValueError(f"{value!r} is not a PLOVER event type (one of {', '.join(TYPES)})")
    return value.upper()


def country_code(value: str) -> str:
    """An ISO 3166 alpha-3 country code (or one the actor tables add, Kosovo's), in any case."""
    if not re.fullmatch(r"[A-Za-z]{3}", value):
        raise ValueError(f"{value!r} is not a three-letter country code (ISO 3166 alpha-3, e.g. PAK)")
    if value.upper() not in names.country_codes():
        raise ValueError(f"{value!r} is not the code of a country (ISO 3166 alpha-3, e.g. PAK)")
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


def _actor(actor: Actor | None) -> str:
    return f"{actor.name} ({actor.key})" if actor else ""


def event_row(event: Event) -> dict:
    return {"event_id": event.event_id, "date": event.date, "type": event.type, "status": event.status,
            "quad_class": event.quad_class, "source": _actor(event.source), "target": _actor(event.target),
            "source_key": event.source.key, "target_key": event.target.key if event.target else None,
            "symmetric": event.symmetric, "goldstein": event.goldstein, "confidence": event.confidence,
            "place": event.location.name if event.location else None,
            "country": event.location.country if event.location else None,
            "summary": summary(event), "outlets": outlets(event), "num_sources": event.num_sources,
            "num_mentions": event.num_mentions, "articles": sorted({m.article_id for m in event.mentions})}


def events(store: Store, where: EventFilter, *, sort: str = "date", limit: int | None = None,
           offset: int = 0) -> dict:
    """A page of the events ``where`` selects: ``{"total", "offset", "limit", "events"}`` (records)."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}: one of {', '.join(SORTS)}")
    with _collector_paused():
        found = list(store.events(where, sort=sort, limit=limit, offset=offset))
    short = limit is None or len(found) < limit  # the last page: the total follows, unless it is past the end
    total = offset + len(found) if short and (found or not offset) else store.count_events(where)
    return {"total": total, "offset": offset, "limit": limit, "events": found}


def timeline(store: Store, where: EventFilter) -> list[dict]:
    """Events of one actor, or between two (either direction), in date order."""
    with _collector_paused():
        return [event_row(e) for e in store.events(where)]


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
    before = day - timedelta(days=1) if day > date.min else day
    after = day + timedelta(days=1) if day < date.max else day
    return before, after


def commitments(store: Store, where: EventFilter, *, as_of: date | None = None) -> list[dict]:
    """One row per promise stated by the events ``where`` selects (its actors must be the
    selected ones too), in the order stated, with its status at ``as_of`` (default: today)."""
    as_of = as_of or date.today()
    found: dict[tuple, dict] = {}
    for event in store.events(replace(where, committed=True)):
        for promise in event.commitments:
            key = (names.fold(promise.text), promise.due, promise.source.key,
                   promise.target.key if promise.target else None)
            if key in found or not _between(promise, where):
                continue
            found[key] = _judged(store, event, promise, as_of)
    return sorted(found.values(), key=lambda r: (r["stated"] or "9999", r["commitment_id"]))


def _between(promise: Commitment, where: EventFilter) -> bool:
    """Whether a promise's own actors are those ``where`` asks for."""
    def plays(actor: Actor | None, match: ActorMatch) -> bool:
        return actor is not None and (actor.key in match.keys or actor.name in match.names)

    wanted = where.actors
    if where.pair and len(wanted) >= 2:
        a, b = wanted[:2]
        return (plays(promise.source, a) and plays(promise.target, b)) or (plays(promise.source, b)
                                                                           and plays(promise.target, a))
    return all(plays(promise.source, m) or plays(promise.target, m) for m in wanted)


def commitment_id(promise: Commitment) -> str:
    """A stable id of a promise: its sentence, words and actors."""
    target = promise.target.key if promise.target else None
    text = f"{promise.said.article_id}:{promise.said.start}:{promise.text}:{promise.source.key}:{target}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _judged(store: Store, event: Event, promise: Commitment, as_of: date) -> dict:
    span = window(promise.due) if promise.due else None
    kept = _fulfilment(store, event, promise, span)
    broken = None if kept else _breach(store, event, promise)
    if kept is not None:
        status = "kept"
    elif broken is not None:
        status = "broken"
    elif span is None or as_of < span[0]:
        status = "open"
    elif as_of > span[1]:
        status = "overdue"
    else:
        status = "due"
    return {"commitment_id": commitment_id(promise), "event_id": event.event_id, "stated": promise.stated,
            "source": _actor(promise.source), "target": _actor(promise.target), "source_key": promise.source.key,
            "target_key": promise.target.key if promise.target else None, "symmetric": promise.symmetric,
            "promised": promise.type, "what": promise.text, "due": promise.due, "due_text": promise.due_text,
            "precision": PRECISION.get(len(promise.due)) if promise.due else None, "commitment_status": status,
            "kept_by": kept.event_id if kept else None, "broken_by": broken.event_id if broken else None,
            "sentence": promise.said.sentence, "article_id": promise.said.article_id, "doc": promise.said.doc}


def _later(store: Store, event: Event, promise: Commitment, since: str | None, **conditions) -> Iterator[Event]:
    """Stored events after a promise between its actors (``conditions`` as in ``EventFilter``)."""
    if promise.target is None or not promise.source.key or not promise.target.key:
        return
    pair = (ActorMatch.code(promise.source.key), ActorMatch.code(promise.target.key))
    for found in store.events(EventFilter(actors=pair, pair=True, since=since, **conditions)):
        if found.event_id == event.event_id or found.date is None:
            continue
        if promise.stated and found.date <= promise.stated[:len(found.date)]:
            continue
        yield found


def _fulfilment(store: Store, event: Event, promise: Commitment, span: tuple[date, date] | None) -> Event | None:
    """A later stored event of the promised type between the same actors (in the due window)."""
    if promise.type is None or not (promise.stated or span):
        return None
    for found in _later(store, event, promise, promise.stated or span[0].isoformat(), type=promise.type,
                        status="occurred"):
        if span and not (span[0].isoformat()[:len(found.date)] <= found.date <= span[1].isoformat()):
            continue
        return found
    return None


def _breach(store: Store, event: Event, promise: Commitment) -> Event | None:
    """A later event between the same actors that refuses or reverses the promise and names its object."""
    if promise.obj is None or not promise.stated:
        return None
    named = re.compile(rf"\b{re.escape(promise.obj)}", re.IGNORECASE)
    for found in _later(store, event, promise, promise.stated):
        if found.type in BREACHES or (found.type == promise.type and found.status == "denied"):
            if any(named.search(m.sentence) for m in found.mentions):
                return found
    return None


def volume(store: Store, where: EventFilter, *, by: str = "month") -> list[dict]:
    """Dated events per period, in all and by QuadClass."""
    return store.volume(where, by=by)


def network(store: Store, actor: str, where: EventFilter, *, limit: int = 24) -> dict:
    """An actor's counterparts (the most active pairs it belongs to) and the pairs among them."""
    key = actor.upper()
    pairs = store.dyads(where, limit=2**31 - 1)
    ego = [{**d, "key": d["b"] if d["a"] == key else d["a"]} for d in pairs if key in (d["a"], d["b"])][:limit]
    others = {d["key"] for d in ego}
    return {"actor": key, "counterparts": ego,
            "links": [d for d in pairs if d["a"] in others and d["b"] in others]}


def actor_profile(store: Store, key: str, where: EventFilter) -> dict:
    """Who acts for an actor key: every name used for it, with its roles, event counts and first
    and last dates; and the roles it acts in, year by year."""
    own = replace(where, actors=(ActorMatch.code(key),), pair=False)
    people = [r for r in store.actor_table(own) if key in (r["country"], r["org"])]
    learned = {}
    for name, actor in store.known_names():
        if actor.key == key and name != actor.name:
            learned.setdefault(actor.name, set()).add(name)
    for row in people:
        row["variants"] = sorted(learned.get(row["name"], ()))
    roles = [r for r in store.roles(own) if key in (r["country"], r["org"])]
    return {"key": key, "name": names.display().get(key, key), "people": people, "roles": roles}


def search(store: Store, text: str, where: EventFilter = EventFilter(), *, limit: int = 50) -> dict:
    """Events whose articles (text or title) or actor names hold the words of ``text``, and the
    actors whose name or code match."""
    text = " ".join(text.split())
    if not text:
        return {"query": text, "events": [], "actors": []}
    with _collector_paused():
        found = [event_row(e) for e in store.events(replace(where, text=text), limit=limit)]
    folded = names.fold(text)
    actors = [row for row in store.actor_table(where)
              if folded in names.fold(row["name"] or "") or text.upper() in (row["country"], row["org"])]
    return {"query": text, "events": found, "actors": actors[:limit]}


def article(store: Store, article_id: str) -> dict | None:
    """An article with its body cut into passages: plain text, and the sentences that report
    events, each with the events (id, type, trigger) it reports."""
    found = store.article(article_id)
    if found is None:
        return None
    sentences: dict[tuple[int, int], list[dict]] = {}
    for event_id, start, end, trigger, kind, confidence in store.article_reports(article_id):
        reports = sentences.setdefault((start, end), [])
        if all(r["event_id"] != event_id for r in reports):
            reports.append({"event_id": event_id, "type": kind, "trigger": trigger, "confidence": confidence})
    passages, at = [], 0
    for (start, end), reports in sorted(sentences.items()):
        if start < at:  # a sentence inside one already cut (never expected): keep the text whole
            continue
        if start > at:
            passages.append({"text": found.body[at:start], "events": []})
        passages.append({"text": found.body[start:end], "events": reports, "start": start})
        at = end
    passages.append({"text": found.body[at:], "events": []})
    return {"article": found, "passages": [p for p in passages if p["text"]], "coded": len(sentences),
            "original": store.originals([article_id]).get(article_id)}


def places(store: Store, where: EventFilter) -> dict:
    """Where the events ``where`` selects happened: each place with its events (a whole country at
    its centre), and the events of each country."""
    found, countries = [], {}
    for row in store.places(where):
        whole, lat, lon = geo.position(Place(row["name"], row["country"], row["lat"], row["lon"]))
        found.append({**row, "lat": lat, "lon": lon, "whole_country": whole})
        if row["country"]:
            countries[row["country"]] = countries.get(row["country"], 0) + row["events"]
    return {"places": found, "countries": [{"country": code, "name": names.display().get(code, code), "events": n}
                                           for code, n in sorted(countries.items(), key=lambda c: (-c[1], c[0]))]}


def unique_mentions(event: Event) -> list[tuple]:
    """An event's mentions with each sentence once: ``(mention, triggers)`` in order, however
    many trigger words of the sentence report it."""
    found: dict[tuple, list] = {}
    for m in event.mentions:
        entry = found.setdefault((m.article_id, m.start, m.end), [m, []])
        if m.trigger not in entry[1]:
            entry[1].append(m.trigger)
    return [(m, tuple(triggers)) for m, triggers in found.values()]
