"""What every request needs: a read-only store."""
from __future__ import annotations

from collections.abc import Iterator

import duckdb
from fastapi import HTTPException, Request

from ..store import Store, open_store


def store(request: Request) -> Iterator[Store]:
    """The store opened read-only for one request (so new ingests show up on the next one)."""
    try:
        db = open_store(request.app.state.db_path, read_only=True)
    except duckdb.Error as error:
        raise HTTPException(503, f"the store cannot be read right now ({error}); is an ingest running?") from None
    try:
        yield db
    finally:
        db.close()
