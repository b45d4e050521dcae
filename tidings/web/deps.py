"""What every request needs: a read-only store, and display names for actor codes."""
from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import cache
from importlib import resources

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


@cache
def names() -> dict[str, str]:
    """Display names of country and organisation codes, from the actor tables in tidings/data."""
    data = resources.files("tidings").joinpath("data")
    found: dict[str, str] = {}
    with data.joinpath("countries.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            found.setdefault(row["iso3"], row["names"].split("|")[0])
    with data.joinpath("organisations.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["code"] and not row["code"].startswith("#"):
                found.setdefault(row["code"], row["name"])
    return found
