"""DuckDB backend of the store: one file, numbered SQL migrations, a transaction per few inputs."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb

from .errors import ACCESS, NotAStore, StoreError, StoreMissing, StoreNotWritable, duckdb_error
from .sql import SQLStore


#: the first bytes of a SQLite database, which DuckDB would fetch its SQLite extension from the
#: network to open
SQLITE_HEADER = b"SQLite format 3\x00"
#: how much write-ahead log a writer gathers before DuckDB checkpoints it into the file
CHECKPOINT_EVERY = "256MiB"


class DuckDBStore(SQLStore):
    """A Tidings store in a DuckDB database file (``:memory:`` for a throw-away one)."""

    # Filter on the narrow key columns first, then fetch the wide JSON columns of the matching
    # rows only: on a million events this is ten times faster than one filtered scan.
    EVENT_SELECT = ("SELECT {columns} FROM events WHERE rowid IN (SELECT rowid FROM events WHERE {where}) "
                    "ORDER BY {order}")

    def __init__(self, location: str, *, read_only: bool = False) -> None:
        """Open (and migrate) the store; ``read_only`` opens an existing file without writing.
        Raises a ``StoreError`` that says why a store cannot be opened."""
        if location != ":memory:":
            _check_path(Path(location), read_only)
        self.location = location
        self._depth, self._stale = 0, set()
        try:
            self.db = duckdb.connect(location, read_only=read_only)
        except duckdb.Error as error:
            raise duckdb_error(location, error, read_only) from None
        try:
            self.check_schema(read_only)
            if not read_only:
                # A checkpoint rewrites every row group that a merge touched since the last one, and
                # merges touch rows all over a large store: checkpointing every 16 MiB of log (the
                # default) made its cost grow with the store; every 256 MiB it stays small per input.
                self.db.execute(f"SET checkpoint_threshold = '{CHECKPOINT_EVERY}'")
                self.migrate()
        except StoreError:
            self.db.close()
            raise
        except duckdb.Error as error:
            self.db.close()
            raise duckdb_error(location, error, read_only) from None

    def write_failure(self, error: BaseException) -> StoreError | None:
        """A write the file system refused (a full disk, a file made read-only meanwhile): the
        transaction of the inputs being stored is rolled back, what earlier transactions stored
        stays, and a rerun goes on from there."""
        if not isinstance(error, (duckdb.IOException, duckdb.FatalException, duckdb.PermissionException)):
            return None
        message = " ".join(str(error).split())
        reason = next((what for what in ("No space left on device", *ACCESS) if what in message), message)
        return StoreNotWritable(f"cannot write the store {self.location}: {reason.lower()}; what earlier inputs "
                                f"stored is kept, and a rerun goes on from there")

    def _batches(self, sql: str, params: list, size: int) -> Iterator[list[tuple]]:
        """Rows in batches from a cursor of their own: a query on the connection itself would
        discard the rest of the result set when the caller runs another query meanwhile."""
        cursor = self.db.cursor()
        try:
            cursor.execute(sql, params)
            while batch := cursor.fetchmany(size):
                yield batch
        finally:
            cursor.close()


def _check_path(path: Path, read_only: bool) -> None:
    """What can be told of a store file before DuckDB opens it; a new store's folder is created."""
    if path.is_dir():
        raise NotAStore(f"{path} is a folder, not a Tidings store")
    if path.exists():
        if not path.is_file():  # a FIFO or a device: DuckDB would block reading it
            raise NotAStore(f"{path} is not a Tidings store (not a regular file)")
        if _starts_with(path, SQLITE_HEADER):
            raise NotAStore(f"{path} is not a Tidings store (a SQLite database, not a DuckDB database file)")
    if read_only:
        if not path.exists():
            raise StoreMissing(f"no store at {path}: `tidings ingest` creates one")
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise NotAStore(f"cannot create the store {path}: {path.parent} is not a folder") from None
    except OSError as error:
        raise StoreNotWritable(f"cannot create the store {path}: {(error.strerror or str(error)).lower()}") from None


def _starts_with(path: Path, header: bytes) -> bool:
    """Whether the file at ``path`` begins with ``header`` (False when it cannot be read)."""
    try:
        with path.open("rb") as file:
            return file.read(len(header)) == header
    except OSError:
        return False
