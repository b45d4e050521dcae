"""Run settings: one object passed down explicitly from the CLI (or a library caller)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

DEFAULT_DB = "tidings.duckdb"


def default_db() -> str:
    """The store location: ``$TIDINGS_DB`` when set, else ``./tidings.duckdb``."""
    return os.environ.get("TIDINGS_DB") or DEFAULT_DB


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB
    fetched_at: date | None = None  # resolves relative page stamps ("Updated 5 sec ago")
