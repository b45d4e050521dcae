"""The storage interface every backend implements."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from ..records import Article, Rejection, Source


class Store(Protocol):
    """What the pipeline, the CLI and the exporters need from a store."""

    def source_status(self, sha256: str) -> str | None:
        """``received``, ``done`` or ``rejected`` for a known input, else None."""

    def receive(self, source: Source) -> None:
        """Keep an input's bytes verbatim (idempotent: known bytes are not stored again)."""

    def complete(self, sha256: str, articles: list[Article], rejections: list[Rejection]) -> None:
        """Store an input's articles and rejections and mark it done, in one transaction."""

    def reject(self, rejection: Rejection) -> None:
        """Record input that could not be used (a file that is known is marked rejected)."""

    def articles(self) -> Iterator[Article]:
        """Every stored article, in input order."""

    def rejections(self, sha256: str | None = None) -> list[Rejection]:
        """Recorded rejections (of one input when ``sha256`` is given), oldest first."""

    def close(self) -> None:
        """Release the store."""
