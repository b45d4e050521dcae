"""PostgreSQL backend of the store: a shared store that several ingest workers write to.

The queries are ``SQLStore``'s; this module connects with psycopg 3, adapts the dialect and
serialises writers. Every write transaction (the input files a run has coded since its last, see
``pipeline.Session.save``) first takes one store-wide advisory lock (``pg_advisory_xact_lock``),
so inputs are stored and their merge blocks re-merged one transaction at a time, each seeing
everything committed before it: workers code articles in parallel and only the short write step
waits. A block-level lock would let
writes overlap, but the actor registry rows every input updates would then deadlock.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import psycopg
from psycopg.types.string import TextLoader

from . import rows
from .errors import StoreMissing, StoreNotWritable
from .sql import SQLStore

#: bound values per multi-row statement
PARAMETERS = 2000
#: the advisory lock key every writer of a Tidings store takes ("tidings" in ASCII)
WRITE_LOCK = 0x74696469_6E6773


class Connection:
    """A psycopg connection called like DuckDB's: ``?`` parameters, ``execute`` returns a cursor."""

    _names = itertools.count()

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.connection = psycopg.connect(url, autocommit=True)
        for name in ("json", "jsonb"):  # JSON comes back as text, as from DuckDB
            self.connection.adapters.register_loader(name, TextLoader)
        if read_only:
            self.connection.execute("SET default_transaction_read_only = on")

    def execute(self, sql: str, params: list | None = None) -> psycopg.Cursor:
        return self.connection.execute(*_query(sql, params))

    def batches(self, sql: str, params: list, size: int) -> Iterator[list[tuple]]:
        """Rows in batches from a server-side cursor, so that other queries can run meanwhile."""
        with self.connection.cursor(name=f"tidings_{next(self._names)}", withhold=True) as cursor:
            cursor.execute(*_query(sql, params))
            while batch := cursor.fetchmany(size):
                yield batch

    def close(self) -> None:
        self.connection.close()


def _query(sql: str, params: list | None) -> tuple:
    """``sql`` with psycopg's ``%s`` placeholders for ``?`` (and ``%`` escaped) when it has parameters."""
    if params is None:
        return (sql,)
    return sql.replace("%", "%%").replace("?", "%s"), params


class PostgresStore(SQLStore):
    """A Tidings store in a PostgreSQL database, named by a ``postgresql://`` URL."""

    MIGRATIONS = "migrations_postgres"
    COLLATE = ' COLLATE "C"'
    BLOCK_KEYS_IN = "= ANY(CAST(? AS BIGINT[]))"
    SEQ_SELECT = "SELECT nextval('article_seq') FROM generate_series(1, ?)"

    def __init__(self, location: str, *, read_only: bool = False) -> None:
        """Connect (and migrate) the store; ``read_only`` reads without writing. Raises a
        ``StoreError`` that says why a store cannot be used."""
        self.location = re.sub(r"//([^/@:]*):[^/@]*@", r"//\1:***@", location)  # for messages: no password
        self._depth, self._stale = 0, set()
        try:
            self.db = Connection(location, read_only=read_only)
        except psycopg.OperationalError as error:
            reason = str(error).strip().splitlines()[0]
            # (libpq gives no SQLSTATE for a failed connection: its message is read, in English)
            if re.search(r'database ".*" does not exist', reason):
                raise StoreMissing(f"no store at {self.location}: {reason}") from None
            raise StoreNotWritable(f"cannot connect to the store {self.location}: {reason}") from None
        try:
            self.check_schema(read_only)
            if not read_only:
                self.migrate()
        except BaseException:
            self.db.close()
            raise

    def _in(self, column: str, keys: list) -> tuple[str, list]:
        kind = "BIGINT" if keys and isinstance(keys[0], int) else "VARCHAR"
        return f"{column} = ANY(CAST(? AS {kind}[]))", [list(keys)]

    def _insert_rows(self, table: str, columns: tuple[str, ...], values: list[list],
                     skip_known: bool = False, replace_key: str | None = None) -> None:
        group = f"({', '.join('?' * len(columns))})"
        for chunk in _chunks(values, len(columns)):
            self.db.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([group] * len(chunk))}"
                            + self._on_conflict(columns, skip_known, replace_key), [v for row in chunk for v in row])

    def _relink(self, links: list[tuple[str, str]]) -> None:
        for chunk in _chunks(links, 2):
            self.db.execute("UPDATE article_events SET event_id = v.event_id FROM (VALUES "
                            f"{', '.join(['(?, ?)'] * len(chunk))}) AS v(report, event_id) "
                            "WHERE article_event_id = v.report", [x for link in chunk for x in link])

    def _word_test(self, column: str, term: str) -> tuple[str, str]:
        # PostgreSQL's regular expressions mark word boundaries with \y
        return f"{column} ~* ?", rows.word_pattern(term, r"\y")

    def _round(self, expression: str) -> str:
        # DuckDB's round(x, 2) on a double: half away from zero
        return f"sign({expression}) * floor(abs({expression}) * 100 + 0.5) / 100"

    def _begun(self) -> None:
        self.db.execute("SELECT pg_advisory_xact_lock(CAST(? AS BIGINT))", [WRITE_LOCK])

    def _batches(self, sql: str, params: list, size: int) -> Iterator[list[tuple]]:
        return self.db.batches(sql, params, size)


def _chunks(rows: list, width: int) -> Iterator[list]:
    """Rows in groups for multi-row statements of at most ``PARAMETERS`` bound values (one
    statement per row is what makes bulk writes slow)."""
    size = max(1, PARAMETERS // width)
    return (rows[start:start + size] for start in range(0, len(rows), size))
