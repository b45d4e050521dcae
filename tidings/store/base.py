"""The storage interface every backend implements."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from ..records import Actor, Article, Event, Rejection, Source

#: orders ``Store.events`` can list events in: a column, ``-`` first for the largest first
SORTS = ("date", "-date", "confidence", "-confidence", "goldstein", "-goldstein", "sources", "-sources",
         "mentions", "-mentions")


@dataclass(frozen=True)
class ActorMatch:
    """The actors a name typed by a user stands for: actor keys (country or organisation codes)
    and exact actor names (a person's, as stored). ``query.match_actor`` builds it."""

    text: str
    keys: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    @classmethod
    def code(cls, key: str) -> "ActorMatch":
        return cls(key, keys=(key,))


@dataclass(frozen=True)
class EventFilter:
    """Which events a query selects; every condition given must hold.

    ``actors`` must each take part (as source or target); with ``pair`` the first two are the
    two sides, in either direction. Dates compare at the event's precision. ``text`` holds words
    (or "quoted phrases") that must each occur, as whole words, in the text or title of an
    article reporting the event, or in an actor's name. ``country`` and ``place`` are where the
    event happened; ``committed`` keeps events that state commitments."""

    actors: tuple[ActorMatch, ...] = ()
    pair: bool = False
    type: str | None = None
    status: str | None = None
    quad_class: int | None = None
    since: str | None = None
    until: str | None = None
    min_confidence: float = 0.0
    text: str | None = None
    country: str | None = None
    place: str | None = None
    committed: bool = False


class Store(Protocol):
    """What the pipeline, the CLI and the exporters need from a store."""

    def transaction(self) -> AbstractContextManager:
        """Group writes; nested uses join the outer transaction."""

    # inputs and articles
    def source_status(self, sha256: str) -> tuple[str, str] | None:
        """For a known input, ``received``, ``done`` or ``rejected``, and the name it is kept
        under; else None."""

    def receive(self, sources: list[Source]) -> None:
        """Keep inputs' bytes verbatim (idempotent: known bytes are not stored again)."""

    def complete(self, inputs: list[tuple[str, list[Article], list[Rejection]]],
                 signatures: dict[str, bytes] | None = None) -> None:
        """Store inputs' articles and rejections, as ``(sha256, articles, rejections)`` in input
        order, and mark each done, in one transaction; their bytes must be kept first
        (``receive``), in the same transaction or before."""

    def reject(self, rejection: Rejection) -> None:
        """Record input that could not be used."""

    def recoded(self, cuts: list[Rejection]) -> None:
        """After every stored article was coded again: replace the rejections that name an article
        (``Rejection.article_id``: what the work budget left out, or an article Tidings failed to
        code) with ``cuts``; an input with an article Tidings failed on is read again by the next
        ingest of it, and one kept for that only is done once its articles are coded."""

    def articles(self) -> Iterator[Article]:
        """Every stored article, in the order ingested."""

    def originals(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The article each of these stored articles duplicates, for those that duplicate one."""

    def signatures_sharing(self, keys: Iterable[int]) -> list[tuple[str, bytes]]:
        """(article_id, near-duplicate signature) of the stored articles sharing an LSH band key
        (``merge.band_keys``) with ``keys``."""

    def rejections(self, sha256: str | None = None) -> list[Rejection]:
        """Recorded rejections (of one input when ``sha256`` is given), oldest first."""

    # events
    def add_reports(self, reports: list[Event]) -> None:
        """Store new article-level events with their mentions."""

    def stale_blocks(self) -> set[str]:
        """Merge blocks that lost reports since last asked; they must be merged again whole."""

    def report_keys(self, blocks: Iterable[str], near: Iterable[tuple[str, str | None]] = ()
                    ) -> list[tuple[str, str, str | None, str, str]]:
        """(report id, block, date, story, merged event id) of the reports of merge blocks (of a
        block in ``near``, only those whose dates can link to the given dates, and undated ones)."""

    def reports(self, ids: Iterable[str]) -> list[tuple[Event, int, str]]:
        """Article-level events with ingestion order and story."""

    def set_events(self, merged: list[tuple[Event, list[str]]], previous: dict[str, str],
                   fresh: Iterable[str] = ()) -> None:
        """Store the merged events of a closed group of reports, writing only what changed."""

    def clear_coding(self) -> None:
        """Forget every coded event and every person learned in coding (before coding the whole
        store again, which learns them again)."""

    def events(self, select: EventFilter = ..., *, sort: str = "date", limit: int | None = None,
               offset: int = 0) -> Iterator[Event]:
        """The merged events ``select`` selects, with their mentions, ordered by ``sort`` (``SORTS``)."""

    def count_events(self, select: EventFilter = ...) -> int:
        """How many events ``select`` selects."""

    def event(self, event_id: str) -> Event | None:
        """One merged event with its mentions."""

    def ids(self, kind: str, prefix: str, limit: int = 2) -> list[str]:
        """Ids of events or articles (``kind``) starting with ``prefix``."""

    def article(self, article_id: str) -> Article | None:
        """One stored article."""

    def article_reports(self, article_id: str) -> list[tuple[str, int, int, str, str, float]]:
        """(event id, sentence start, end, trigger, type, confidence) of the mentions coded in an article."""

    def stamps(self, article_ids: Iterable[str]) -> dict[str, tuple[str | None, object]]:
        """(url, time stored) of articles."""

    def dyads(self, select: EventFilter = ..., *, limit: int = 20) -> list[dict]:
        """The most active pairs of actors."""

    def relation_index(self, select: EventFilter, *, by: str = "month") -> list[dict]:
        """A pair's relation index per period."""

    def actor_table(self, select: EventFilter = ..., *, country: str | None = None) -> list[dict]:
        """Resolved actors with roles, sectors and event counts."""

    def roles(self, select: EventFilter) -> list[dict]:
        """Offices in which actors act, by year."""

    def volume(self, select: EventFilter = ..., *, by: str = "month") -> list[dict]:
        """Dated events per period, in all and by QuadClass."""

    def places(self, select: EventFilter = ...) -> list[dict]:
        """Events counted by the place where they happened."""

    def actor_names(self) -> list[tuple[str, str | None]]:
        """Actor names in the store with their keys."""

    # actor registry
    def learn(self, names: Iterable[tuple[str, Actor]]) -> None:
        """Keep people learned from articles."""

    def known_names(self) -> list[tuple[str, Actor]]:
        """People learned from earlier articles."""

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""

    def close(self) -> None:
        """Release the store (also at the end of a ``with open_store(...) as store:`` block)."""

    def __enter__(self) -> "Store": ...

    def __exit__(self, *exc) -> None: ...
