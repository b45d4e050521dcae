"""The store: one interface (``Store``) over an embedded DuckDB file or a PostgreSQL database.

A backend (and its driver) is imported when a store is opened, so that commands that open none
(``tidings --help``) start at once.
"""
from __future__ import annotations

from .base import SORTS, ActorMatch, EventFilter, Store


def is_url(location: str) -> bool:
    """Whether a store location names a PostgreSQL database."""
    return location.startswith(("postgresql://", "postgres://"))


def open_store(location: str, *, read_only: bool = False) -> Store:
    """Open (creating and migrating when needed) the store at ``location``: a DuckDB file (or
    ``:memory:``), or a ``postgresql://`` URL; ``read_only`` opens an existing store without writing."""
    if is_url(location):
        from .postgres import PostgresStore

        return PostgresStore(location, read_only=read_only)
    from .duckdb import DuckDBStore

    return DuckDBStore(location, read_only=read_only)


__all__ = ["SORTS", "ActorMatch", "EventFilter", "Store", "is_url", "open_store"]
