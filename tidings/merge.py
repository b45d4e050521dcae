"""Merging: several mentions of one real-world event become one event with all its mentions.

Needs: ``Event`` records with one or more mentions. Sets: fewer ``Event`` records whose
``mentions`` hold every report, and ``merge_notes`` that say why they were joined.

Two events are the same happening when they have the same PLOVER type and status, the same
actor keys (in either order when one of them is symmetric), and compatible dates: equal to the
precision both give, a day-precise date within one day. Inside one article an undated mention
joins the dated event it repeats (the one with most mentions), and a mention dated only by the
publication date joins a same-type, same-actor event of the week before, which it most likely
recalls.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from .records import Event

BASIS_RANK = {"explicit": 0, "relative": 1, "publication": 2, None: 3}
RECENT_DAYS = 8  # a report dated only by its publication may tell of an event of the past week


def pair_key(event: Event) -> tuple:
    """Type, status and actor keys; the actor pair is unordered (symmetric or not)."""
    keys = tuple(sorted((event.source.key or "", event.target.key if event.target else "")))
    return event.type, event.status, keys


def same_direction(a: Event, b: Event) -> bool:
    """Actors agree: same order, or any order when either event is symmetric."""
    if a.symmetric or b.symmetric:
        return True
    return (a.source.key, a.target.key if a.target else None) == (b.source.key, b.target.key if b.target else None)


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal to the shared precision; day-precise dates may differ by one day."""
    if a is None or b is None:
        return True
    if len(a) == len(b) == 10:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def within_article(events: Iterable[Event]) -> list[Event]:
    """Join the mentions of one article that report the same event."""
    events = list(events)
    groups: list[list[Event]] = []
    for event in sorted((e for e in events if e.date is not None), key=_strength):
        same = [g for g in groups if pair_key(g[0]) == pair_key(event) and same_direction(g[0], event)]
        home = next((g for g in same if dates_compatible(g[0].date, event.date)), None)
        if home is None and event.date_basis == "publication":
            home = next((g for g in same if _days_before(g[0].date, event.date) in range(0, RECENT_DAYS)), None)
        if home is None:
            groups.append([event])
        else:
            home.append(event)
    for event in (e for e in events if e.date is None):
        homes = [g for g in groups if pair_key(g[0]) == pair_key(event) and same_direction(g[0], event)]
        if homes:
            max(homes, key=len).append(event)
        else:
            groups.append([event])
    merged = [combine(g, "same type, actors and compatible date in one article") for g in groups]
    return sorted(merged, key=lambda e: e.mentions[0].start)


def _days_before(earlier: str | None, later: str | None) -> int | None:
    """Days from a day-precise ``earlier`` to ``later`` (None unless both are days)."""
    if not earlier or not later or len(earlier) != 10 or len(later) != 10:
        return None
    return (date.fromisoformat(later) - date.fromisoformat(earlier)).days


def _strength(event: Event) -> tuple:
    """Best-dated first: explicit before relative before publication dates, precise before vague."""
    return BASIS_RANK[event.date_basis], -len(event.date or ""), event.mentions[0].start


def combine(group: list[Event], why: str) -> Event:
    """One event from a group of reports of it; the best-dated report leads."""
    if len(group) == 1:
        return group[0]
    lead = min(group, key=_strength)
    first = min(group, key=lambda e: (e.mentions[0].doc, e.mentions[0].article_id, e.mentions[0].start))
    mentions = tuple(sorted({m for e in group for m in e.mentions},
                            key=lambda m: (m.doc, m.article_id, m.start)))
    doubt = 1.0
    for e in group:
        doubt *= 1.0 - e.confidence
    return replace(
        lead,
        event_id=first.event_id,
        mentions=mentions,
        symmetric=any(e.symmetric for e in group),
        mode=lead.mode or next((e.mode for e in group if e.mode), None),
        location=lead.location or next((e.location for e in group if e.location), None),
        confidence=round(min(0.99, 1.0 - doubt), 3),
        merge_notes=lead.merge_notes + (f"{len(group)} reports joined: {why}",),
    )
