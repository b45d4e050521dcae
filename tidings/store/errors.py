"""Why a store cannot be used: one line each for the user, and a class each for the exit status
the command line gives it (README, "Exit status")."""
from __future__ import annotations

import re


class StoreError(Exception):
    """A store that cannot be opened as asked."""


class StoreMissing(StoreError):
    """There is no store at the location (reading commands never create one)."""


class NotAStore(StoreError):
    """The location holds something else than a Tidings store, or one this Tidings cannot read."""


class StoreNotWritable(StoreError):
    """The store cannot be written (or read): permissions, a read-only file system, an immutable file."""


class StoreLocked(StoreError):
    """Another process holds the store; once it is done, the same command will work."""


LOCK_HOLDER = re.compile(r"held in (.*?) \(PID (\d+)\)")
ACCESS = ("Permission denied", "Read-only file system", "Operation not permitted")


def duckdb_error(location: str, error: Exception, read_only: bool) -> StoreError:
    """The store error a DuckDB exception raised on opening ``location`` stands for."""
    message = " ".join(str(error).split())
    if "Conflicting lock" in message:
        holder = LOCK_HOLDER.search(message)
        who = f" ({holder[1].rsplit('/', 1)[-1]}, process {holder[2]})" if holder else ""
        return StoreLocked(f"the store {location} is in use by another process{who}: an ingest holds it while it "
                           f"writes, the dashboard while it answers a request; a retry once it is done will work")
    if "not a valid DuckDB database file" in message:
        return NotAStore(f"{location} is not a Tidings store (not a DuckDB database file)")
    if "Is a directory" in message:
        return NotAStore(f"{location} is a folder, not a Tidings store")
    if "database does not exist" in message:
        return StoreMissing(f"no store at {location}: `tidings ingest` creates one")
    reason = next((what for what in ACCESS if what in message), None)
    if reason:
        return StoreNotWritable(f"cannot {'read' if read_only else 'write'} the store {location}: {reason.lower()}")
    return NotAStore(f"cannot open the store {location}: {message}")
