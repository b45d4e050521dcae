"""The store: one interface (``Store``) over an embedded DuckDB file or a PostgreSQL database."""
from __future__ import annotations

from .base import Store
from .duckdb import DuckDBStore
from .postgres import PostgresStore, is_url


def open_store(location: str, *, read_only: bool = False) -> Store:
    """Open (creating and migrating when needed) the store at ``location``: a DuckDB file (or
    ``:memory:``), or a ``postgresql://`` URL; ``read_only`` opens an existing store without writing."""
    if is_url(location):
        return PostgresStore(location, read_only=read_only)
    return DuckDBStore(location, read_only=read_only)


__all__ = ["Store", "DuckDBStore", "PostgresStore", "open_store"]
