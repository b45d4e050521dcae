"""Queries over stored events: the filters the CLI, exporters and web views share."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .records import Event


def matches_actor(event: Event, actor: str) -> bool:
    """Whether an actor code (country or organisation) or a name takes part in the event."""
    wanted = actor.casefold()
    for who in (event.source, event.target):
        if who is not None and wanted in {(who.country or "").casefold(), (who.org or "").casefold(),
                                          who.name.casefold()}:
            return True
    return False


def select(events: Iterable[Event], *, actor: str | None = None, type: str | None = None,
           since: str | None = None, until: str | None = None, min_confidence: float = 0.0) -> Iterator[Event]:
    """Events passing every given filter; dates compare at the event's own precision."""
    for event in events:
        if event.confidence < min_confidence:
            continue
        if type and event.type != type.upper():
            continue
        if actor and not matches_actor(event, actor):
            continue
        if since and (event.date is None or event.date < since[:len(event.date)]):
            continue
        if until and (event.date is None or event.date > until[:len(event.date)]):
            continue
        yield event
