"""The store: one interface (``Store``) over the embedded DuckDB database."""
from __future__ import annotations

from .base import Store
from .duckdb import DuckDBStore


def open_store(location: str) -> Store:
    """Open (creating and migrating when needed) the store at ``location``."""
    return DuckDBStore(location)


__all__ = ["Store", "DuckDBStore", "open_store"]
