"""Run settings: one object passed down explicitly from the CLI (or a library caller)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

DEFAULT_DB = "tidings.duckdb"
# Events below this confidence are kept in the store but left out of exports and views unless
# asked for (--min-confidence 0). See README, "Confidence".
DEFAULT_MIN_CONFIDENCE = 0.3


def default_db() -> str:
    """The store location: ``$TIDINGS_DB`` when set, else ``./tidings.duckdb``."""
    return os.environ.get("TIDINGS_DB") or DEFAULT_DB


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB
    fetched_at: date | None = None  # resolves relative page stamps ("Updated 5 sec ago")
    actor_files: tuple[str, ...] = ()  # the user's actor tables, added to the built-in registry
