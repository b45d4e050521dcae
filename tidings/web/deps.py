"""What every request needs: a read-only store."""
from __future__ import annotations

from collections.abc import Iterator

from fastapi import HTTPException, Request

from ..store import Store, StoreError, StoreLocked, open_store


def store(request: Request) -> Iterator[Store]:
    """The store opened read-only for one request (so new ingests show up on the next one)."""
    try:
        db = open_store(request.app.state.db_path, read_only=True)
    except StoreLocked:
        raise HTTPException(503, "the store is being written by an ingest right now; "
                                 "try again when it is done", headers={"Retry-After": "10"}) from None
    except StoreError as error:
        raise HTTPException(503, f"the store cannot be read ({error})") from None
    try:
        yield db
    finally:
        db.close()
