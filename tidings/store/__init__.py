"""The store: one interface (``Store``) over an embedded DuckDB file or a PostgreSQL database.

A backend (and its driver) is imported when a store is opened, so that commands that open none
(``tidings --help``) start at once.
"""
from __future__ import annotations

import time

from .base import SORTS, ActorMatch, EventFilter, Store
from .errors import NotAStore, StoreError, StoreLocked, StoreMissing, StoreNotWritable

#: how often a command waiting for another process's lock on the store tries again
LOCK_RETRY_SECONDS = 0.25


def is_url(location: str) -> bool:
    """Whether a store location names a PostgreSQL database."""
    return location.startswith(("postgresql://", "postgres://"))


def open_store(location: str, *, read_only: bool = False, lock_timeout: float = 0.0) -> Store:
    """Open (creating and migrating when needed) the store at ``location``: a DuckDB file (or
    ``:memory:``), or a ``postgresql://`` URL; ``read_only`` opens an existing store without
    writing, and never creates one.

    A store that another process holds (``StoreLocked``) is tried again for up to
    ``lock_timeout`` seconds. Every reason a store cannot be opened is a ``StoreError``.
    """
    deadline = time.monotonic() + lock_timeout
    while True:
        try:
            return _open(location, read_only)
        except StoreLocked:
            left = deadline - time.monotonic()
            if left <= 0:
                raise
            time.sleep(min(LOCK_RETRY_SECONDS, left))


def _open(location: str, read_only: bool) -> Store:
    if is_url(location):
        from .postgres import PostgresStore

        return PostgresStore(location, read_only=read_only)
    from .duckdb import DuckDBStore

    return DuckDBStore(location, read_only=read_only)


__all__ = ["SORTS", "ActorMatch", "EventFilter", "NotAStore", "Store", "StoreError", "StoreLocked", "StoreMissing",
           "StoreNotWritable", "is_url", "open_store"]
