"""The store: one interface (``Store``) over the embedded DuckDB database."""
from __future__ import annotations

from .base import Store
from .duckdb import DuckDBStore


def open_store(location: str, *, read_only: bool = False) -> Store:
    """Open (creating and migrating when needed) the store at ``location``; ``read_only`` opens
    an existing store without writing."""
    return DuckDBStore(location, read_only=read_only)


__all__ = ["Store", "DuckDBStore", "open_store"]
