"""The storage interface every backend implements."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Protocol

from ..records import Actor, Article, Event, Rejection, Source


class Store(Protocol):
    """What the pipeline, the CLI and the exporters need from a store."""

    def transaction(self) -> AbstractContextManager:
        """Group writes; nested uses join the outer transaction."""

    # inputs and articles
    def source_status(self, sha256: str) -> str | None:
        """``received``, ``done`` or ``rejected`` for a known input, else None."""

    def receive(self, source: Source) -> None:
        """Keep an input's bytes verbatim (idempotent: known bytes are not stored again)."""

    def complete(self, sha256: str, articles: list[Article], rejections: list[Rejection],
                 signatures: dict[str, bytes] | None = None) -> None:
        """Store an input's articles and rejections and mark it done, in one transaction."""

    def reject(self, rejection: Rejection) -> None:
        """Record input that could not be used (a file that is known is marked rejected)."""

    def articles(self) -> Iterator[Article]:
        """Every stored article, in input order."""

    def original(self, article_id: str) -> str | None:
        """The article a stored article duplicates, if any."""

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

    def clear_events(self) -> None:
        """Forget every coded event."""

    def events(self) -> Iterator[Event]:
        """Every merged event with its mentions."""

    def event(self, event_id: str) -> Event | None:
        """One merged event with its mentions."""

    def volume(self, *, actors: Iterable[str] = (), pair: bool = False, by: str = "month",
               since: str | None = None, until: str | None = None, min_confidence: float = 0.0) -> list[dict]:
        """Dated events per period, in all and by QuadClass."""

    def search(self, text: str, *, min_confidence: float = 0.0, limit: int = 50) -> list[Event]:
        """Events whose evidence sentences or actor names contain ``text``."""

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
