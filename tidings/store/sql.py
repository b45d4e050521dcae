"""The store's queries, written once for every SQL backend.

``SQLStore`` holds all the SQL, with ``?`` parameters; a backend (``DuckDBStore``,
``PostgresStore``) opens the connection as ``self.db`` (``execute``/``close``) and
overrides the few dialect hooks below where its SQL differs.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from ..merge import band_keys, block as merge_block, related as merge_related
from ..records import Actor, Article, Event, Mention, Rejection, Source
from . import rows
from .base import SORTS, EventFilter
from .errors import NotAStore, StoreError, StoreMissing
from .rows import ARTICLE_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, REPORT_COLUMNS


#: the column each sort of ``SORTS`` orders by
SORT_COLUMNS = {"date": "date", "confidence": "confidence", "goldstein": "goldstein", "sources": "num_sources",
                "mentions": "num_mentions"}
#: SQL orders of ``SORTS`` (undated events last; event ids break ties, so that pages of a listing never overlap)
ORDERS = {sort: f"{SORT_COLUMNS[sort.lstrip('-')]}{' DESC' if sort.startswith('-') else ''}"
                f"{' NULLS LAST' if sort.lstrip('-') == 'date' else ''}, event_id" for sort in SORTS}


#: bytes of inputs one statement keeps at most (a larger input goes alone): PostgreSQL refuses a
#: message of more than 1 GB, and DuckDB copies a statement's parameters
RECEIVE_BYTES = 64 * 2**20


def _by_size(sources: list[Source], limit: int) -> Iterator[list[Source]]:
    """``sources`` in order, in groups of at most ``limit`` bytes of data (a larger one alone)."""
    group: list[Source] = []
    size = 0
    for source in sources:
        if group and size + len(source.data) > limit:
            yield group
            group, size = [], 0
        group.append(source)
        size += len(source.data)
    if group:
        yield group


class SQLStore:
    """A Tidings store in a SQL database; subclasses connect and set the dialect."""

    #: folder under ``tidings/store`` with this backend's numbered migrations
    MIGRATIONS = "migrations"
    #: longest key list matched as ``IN (?, ?, …)``, which DuckDB answers from the column's index
    #: (a longer list is one list parameter, and a scan of the column)
    LISTED_KEYS = 2048
    #: a condition's right-hand side matching integer block keys against one list parameter
    BLOCK_KEYS_IN = "IN (SELECT unnest(?))"
    #: appended to computed text sort keys so that they sort by code point, as in DuckDB
    COLLATE = ""
    #: ``?`` new ingestion order numbers of articles
    SEQ_SELECT = "SELECT nextval('article_seq') FROM range(?)"
    #: events matching ``{where}``, in date order
    EVENT_SELECT = "SELECT {columns} FROM events WHERE {where} ORDER BY {order}"
    #: the migration that creates ``signature_bands``, whose rows for earlier signatures
    #: ``_fill_signature_bands`` computes in the same transaction
    BANDS_MIGRATION = 11
    #: signatures read at a time when filling ``signature_bands``
    FILL_BATCH = 10000

    db: object
    _stale: set[str]  # blocks that lost reports (see ``stale_blocks``)

    # -- dialect hooks --------------------------------------------------------------------------
    def _in(self, column: str, keys: list) -> tuple[str, list]:
        """A condition matching ``column`` against ``keys``, and its parameters."""
        if len(keys) <= self.LISTED_KEYS:
            return f"{column} IN ({', '.join('?' * len(keys))})", list(keys)
        return f"{column} IN (SELECT unnest(?))", [list(keys)]

    def _round(self, expression: str) -> str:
        """``expression`` rounded to two decimals, as a float."""
        return f"round({expression}, 2)"

    def _insert_rows(self, table: str, columns: tuple[str, ...], values: list[list],
                     skip_known: bool = False, replace_key: str | None = None) -> None:
        """Insert rows in one statement that passes each column as one list: far cheaper for
        DuckDB to bind than many-row VALUES; ``skip_known``: leave out those whose key is stored;
        ``replace_key``: overwrite the stored row with the same value of that column (the rows
        must not repeat a key)."""
        if not values:
            return
        self.db.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM (SELECT "
                        f"{', '.join(['unnest(?)'] * len(columns))})"
                        + self._on_conflict(columns, skip_known, replace_key), [list(c) for c in zip(*values)])

    @staticmethod
    def _on_conflict(columns: tuple[str, ...], skip_known: bool, replace_key: str | None) -> str:
        """The ON CONFLICT clause of ``_insert_rows`` (the same for DuckDB and PostgreSQL)."""
        if replace_key:
            return f" ON CONFLICT ({replace_key}) DO UPDATE SET " + ", ".join(
                f"{c} = excluded.{c}" for c in columns if c != replace_key)
        return " ON CONFLICT DO NOTHING" if skip_known else ""

    def _begun(self) -> None:
        """Called right after an outermost transaction begins."""

    def _batches(self, sql: str, params: list, size: int) -> Iterator[list[tuple]]:
        """The rows of a query in batches of ``size``, while other queries may run."""
        cursor = self.db.execute(sql, params)
        while batch := cursor.fetchmany(size):
            yield batch

    # -- schema -----------------------------------------------------------------------------
    location: str

    def check_schema(self, read_only: bool) -> None:
        """Refuse a database that is not a Tidings store this version can use (``StoreError``):
        one with other tables, one written by a newer Tidings, and, to read only, an empty one or
        one that needs migrating first."""
        tables = {name for (name,) in self.db.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()").fetchall()}
        if not tables:
            if read_only:
                raise StoreMissing(f"no Tidings store in {self.location} (an empty database): "
                                   f"`tidings ingest` creates one")
            return
        if "schema_migrations" not in tables:
            raise NotAStore(f"{self.location} is not a Tidings store (a database with other tables: "
                            f"{', '.join(sorted(tables)[:5])}{'…' if len(tables) > 5 else ''})")
        version, latest = self.schema_version(), rows.migrations(self.MIGRATIONS)[-1][0]
        if version > latest:
            raise NotAStore(f"{self.location} was written by a newer Tidings (schema {version}, this one knows "
                            f"{latest})")
        if read_only and version < latest:
            raise NotAStore(f"{self.location} was written by an older Tidings (schema {version} of {latest}): "
                            f"`tidings recode` or any ingest upgrades it")

    def migrate(self) -> list[str]:
        """Apply the migrations this database has not seen yet; return their names."""
        with self.transaction():
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                            "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
                            "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)")
        applied = []
        for version, name, sql in rows.migrations(self.MIGRATIONS):
            with self.transaction():
                if self.db.execute("SELECT 1 FROM schema_migrations WHERE version = ?", [version]).fetchone():
                    continue
                self.db.execute(sql)
                if version == self.BANDS_MIGRATION:
                    self._fill_signature_bands()
                self.db.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            applied.append(name)
        return applied

    def _fill_signature_bands(self) -> None:
        """Band keys of the signatures of stored articles, a batch at a time (by article id)."""
        last = ""
        while found := self.db.execute(
                "SELECT s.article_id, s.minhash FROM signatures s JOIN articles USING (article_id) "
                f"WHERE s.article_id > ? ORDER BY s.article_id LIMIT {int(self.FILL_BATCH)}", [last]).fetchall():
            self._insert_bands({article_id: bytes(data) for article_id, data in found})
            last = found[-1][0]

    def _insert_bands(self, signatures: dict[str, bytes]) -> None:
        """The LSH band keys of signatures (``merge.band_keys``), one row per band."""
        self._insert_rows("signature_bands", ("band_key", "article_id"),
                          [[key, article_id] for article_id, data in signatures.items() for key in band_keys(data)])

    def schema_version(self) -> int:
        return self.db.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]

    @contextmanager
    def transaction(self):
        """One transaction; nested uses join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.db.execute("BEGIN TRANSACTION")
        self._depth = 1
        try:
            self._begun()
            yield
            self.db.execute("COMMIT")
        except BaseException as error:
            try:
                self.db.execute("ROLLBACK")
            except Exception:  # noqa: BLE001 - a store that failed mid-write may refuse this too; the error below says why
                pass
            failure = self.write_failure(error)
            if failure is not None:
                raise failure from None
            raise
        finally:
            self._depth = 0

    def write_failure(self, error: BaseException) -> StoreError | None:
        """The store error a failed write stands for (a full disk), if it is one: the backend knows."""
        return None

    # -- sources and articles ------------------------------------------------------------------
    def source_status(self, sha256: str) -> tuple[str, str] | None:
        row = self.db.execute("SELECT status, doc FROM sources WHERE sha256 = ?", [sha256]).fetchone()
        return tuple(row) if row else None

    def receive(self, sources: list[Source]) -> None:
        first: dict[str, Source] = {}  # the same bytes under two names: kept under the first
        for source in sources:
            first.setdefault(source.sha256, source)
        for group in _by_size(list(first.values()), RECEIVE_BYTES):
            self._insert_rows("sources", ("sha256", "doc", "path", "format", "size", "data", "status"),
                              [[s.sha256, s.doc, s.path, s.format, len(s.data), s.data, "received"] for s in group],
                              skip_known=True)

    def complete(self, inputs: list[tuple[str, list[Article], list[Rejection]]],
                 signatures: dict[str, bytes] | None = None) -> None:
        """Store inputs' articles (with their near-duplicate signatures and LSH band keys) and
        rejections, and mark each done or rejected (or neither, to be tried again, when Tidings
        failed on some of it: ``Rejection.defect``): a few statements for all of them, and one
        per rejection. An input stored before is replaced, its rejections too."""
        with self.transaction():
            where, params = self._in("source_sha256", [sha256 for sha256, _, _ in inputs])
            again = [row[0] for row in self.db.execute(
                f"SELECT DISTINCT source_sha256 FROM articles WHERE {where}", params).fetchall()]
            if again:
                # a rerun after an interruption: what an earlier attempt left goes first, with the
                # merged events that held its reports (their blocks are merged again: ``stale_blocks``)
                where, params = self._in("source_sha256", again)
                held = f"(SELECT article_id FROM articles WHERE {where})"
                self._stale.update(row[0] for row in self.db.execute(
                    f"SELECT DISTINCT block FROM article_events WHERE article_id IN {held}", params).fetchall())
                self.db.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM article_events "
                                f"WHERE article_id IN {held})", params)
                for table in ("mentions", "article_events", "signature_bands", "signatures"):
                    self.db.execute(f"DELETE FROM {table} WHERE article_id IN {held}", params)
                self.db.execute(f"DELETE FROM articles WHERE {where}", params)
            articles = [a for _, found, _ in inputs for a in found]
            if articles:  # ingestion order numbers first, so that all the articles go in one statement
                seqs = sorted(row[0] for row in self.db.execute(self.SEQ_SELECT, [len(articles)]).fetchall())
                self._insert_rows("articles", (*ARTICLE_COLUMNS, "seq"),
                                  [[*rows.article_row(a), seq] for a, seq in zip(articles, seqs)])
            if signatures:
                # (a signature left by a run before version 11 without its article gives way)
                where, params = self._in("article_id", list(signatures))
                self.db.execute(f"DELETE FROM signatures WHERE {where}", params)
                self._insert_rows("signatures", ("article_id", "minhash"), [list(item) for item in signatures.items()])
                self._insert_bands(signatures)
            # an earlier attempt's rejections (one Tidings failed on: ``Rejection.defect``) give way to this one's
            where, params = self._in("sha256", [sha256 for sha256, _, _ in inputs])
            self.db.execute(f"DELETE FROM rejections WHERE {where}", params)
            for rejection in (r for _, _, rejections in inputs for r in rejections):
                self._insert_rejection(rejection)
            # an input that Tidings failed on stays "received", so that the next run tries it again
            tried = {sha256 for sha256, _, rejections in inputs if not any(r.defect for r in rejections)}
            done = {sha256 for sha256, found, rejections in inputs if sha256 in tried and (found or not rejections)}
            for status, marked in (("done", done), ("rejected", tried - done)):
                if marked:
                    where, params = self._in("sha256", sorted(marked))
                    self.db.execute(f"UPDATE sources SET status = ? WHERE {where}", [status, *params])

    def stale_blocks(self) -> set[str]:
        """Merge blocks that lost reports since last asked (a rerun replaced an earlier attempt's):
        they must be merged again as a whole."""
        found, self._stale = self._stale, set()
        return found

    def _rows_in(self, sql: str, column: str, keys: Iterable) -> list[tuple]:
        """The rows of ``sql``, a query whose ``{where}`` is put for ``column`` in ``keys``, a few
        keys per query (DuckDB scans a column for a long key list, or for a join)."""
        keys, found = sorted(set(keys)), []
        for start in range(0, len(keys), self.LISTED_KEYS):
            where, params = self._in(column, keys[start:start + self.LISTED_KEYS])
            found += self.db.execute(sql.format(where=where), params).fetchall()
        return found

    def originals(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The article each of these stored articles duplicates, for those that duplicate one."""
        return dict(self._rows_in("SELECT article_id, duplicate_of FROM articles WHERE {where} "
                                  "AND duplicate_of IS NOT NULL", "article_id", article_ids))

    def signatures_sharing(self, keys: Iterable[int]) -> list[tuple[str, bytes]]:
        """(article_id, MinHash signature) of the stored articles that share an LSH band key
        (``merge.band_keys``) with ``keys``, by article id: two lookups by index, the articles of
        the keys, then their signatures."""
        ids = {row[0] for row in self._rows_in("SELECT article_id FROM signature_bands WHERE {where}", "band_key", keys)}
        return sorted((article_id, bytes(data)) for article_id, data in self._rows_in(
            "SELECT article_id, minhash FROM signatures WHERE {where}", "article_id", ids))

    def reject(self, rejection: Rejection) -> None:
        with self.transaction():
            self._insert_rejection(rejection)

    def recoded(self, cuts: list[Rejection]) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM rejections WHERE article_id IS NOT NULL")
            for rejection in cuts:
                self._insert_rejection(rejection)
            # an input kept to be tried again only for an article Tidings failed to code, and now
            # codes, is done; one with an article it now fails on is to be tried again
            self.db.execute("UPDATE sources SET status = 'done' WHERE status = 'received' "
                            "AND sha256 IN (SELECT source_sha256 FROM articles) AND sha256 NOT IN ("
                            "SELECT sha256 FROM rejections WHERE defect AND sha256 IS NOT NULL)")
            failed = sorted({r.sha256 for r in cuts if r.defect and r.sha256})
            if failed:
                where, params = self._in("sha256", failed)
                self.db.execute(f"UPDATE sources SET status = 'received' WHERE {where}", params)

    def _insert_rejection(self, r: Rejection) -> None:
        self.db.execute(
            "INSERT INTO rejections (doc, line, reason, sha256, article_id, defect) SELECT ?, ?, ?, ?, ?, ? "
            "WHERE NOT EXISTS (SELECT 1 FROM rejections WHERE doc = ? AND line IS NOT DISTINCT FROM ? AND reason = ? "
            "AND sha256 IS NOT DISTINCT FROM ?)",  # (two inputs of one name, in two folders, are two)
            [r.doc, r.line, r.reason, r.sha256, r.article_id, r.defect, r.doc, r.line, r.reason, r.sha256])

    def articles(self) -> Iterator[Article]:
        for batch in self._batches(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles ORDER BY seq", [], 1000):
            for row in batch:
                yield rows.article(row)

    def rejections(self, sha256: str | None = None) -> list[Rejection]:
        found = self.db.execute("SELECT doc, reason, line, sha256, article_id, defect FROM rejections "
                                "WHERE CAST(? AS VARCHAR) IS NULL OR sha256 = ? ORDER BY id", [sha256, sha256]).fetchall()
        return [Rejection(doc=d, reason=r, line=line, sha256=s, article_id=a, defect=bool(defect))
                for d, r, line, s, a, defect in found]

    # -- events --------------------------------------------------------------------------------
    def add_reports(self, reports: list[Event]) -> None:
        """Store new article-level events (each with its mentions, all from one article), linked
        to themselves until ``set_events`` links them to the merged event that holds them.

        Each report row carries what merging reads about it: its article's ingestion order and
        story, and its mentions (a report of an article not stored is kept but never merged)."""
        if not reports:
            return
        where, params = self._in("article_id", sorted({r.mentions[0].article_id for r in reports}))
        known = {row[0]: row[1:] for row in self.db.execute(
            f"SELECT article_id, seq, coalesce(duplicate_of, article_id) FROM articles WHERE {where}", params).fetchall()}
        self._insert_rows(
            "article_events", ("article_event_id", "article_id", "block", "block_key", *EVENT_COLUMNS[1:],
                               "event_id", "seq", "story", "mentions"),
            [[r.event_id, r.mentions[0].article_id, block, rows.block_key(block),
              *rows.event_row(r)[1:], r.event_id, *known.get(r.mentions[0].article_id, (None, None)),
              rows.mentions_json(r.mentions)] for r, block in zip(reports, map(merge_block, reports))])
        self._insert_rows(
            "mentions", MENTION_COLUMNS,
            [[r.event_id, m.article_id, m.doc, m.publisher, m.published, m.sentence, m.start, m.end, m.trigger]
             for r in reports for m in r.mentions])

    def report_keys(self, blocks: Iterable[str], near: Iterable[tuple[str, str | None]] = ()
                    ) -> list[tuple[str, str, str | None, str, str]]:
        """``(report id, block, date, story, merged event id)`` of the reports of the given merge
        blocks: the narrow columns from which ``merge.related`` finds what a new report can join.

        A block named in ``near`` (``(block, date)`` of new reports) yields only the reports that a
        chain of compatible dates links to one of those dates, and its undated reports; other
        blocks yield all their reports. The ids, block keys and dates of the blocks' reports are
        read first (narrow columns), then the wider columns of the reports so reached, by id from
        its index: DuckDB reads rows scattered over the table by ``rowid`` in a scan of the whole
        table, about seven times slower at 100,000 articles."""
        key_of = {b: rows.block_key(b) for b in blocks}
        if not key_of:
            return []
        seeds = {(key_of[b], d) for b, d in near if b in key_of}
        whole = set(key_of.values()) - {key for key, _ in seeds}
        found = self.db.execute(  # (id, block key, date, no story): undated reports of a block are one node
            f"SELECT article_event_id, block_key, date, NULL FROM article_events "
            f"WHERE block_key {self.BLOCK_KEYS_IN} AND seq IS NOT NULL", [sorted(set(key_of.values()))]).fetchall()
        starts = [(("new", n), key, day, None) for n, (key, day) in enumerate(seeds)]
        seeded = {s[0] for s in starts} | {r[0] for r in found if r[1] in whole}
        reached = merge_related(found + starts, seeded)
        ids = sorted(r for r in reached if not isinstance(r, tuple))  # (reports of blocks sharing a key too)
        if not ids:
            return []
        where, params = self._in("article_event_id", ids)
        found = self.db.execute(f"SELECT article_event_id, block, date, story, event_id FROM article_events "
                                f"WHERE {where}", params).fetchall()
        return [tuple(row) for row in found if row[1] in key_of]

    def reports(self, ids: Iterable[str]) -> list[tuple[Event, int, str]]:
        """The given article-level events, each with its article's ingestion order and story (the
        article, or the original it duplicates)."""
        ids = sorted(set(ids))
        if not ids:
            return []
        where, params = self._in("article_event_id", ids)
        found = self.db.execute(
            f"SELECT {', '.join(REPORT_COLUMNS)}, mentions, seq, story FROM article_events "
            f"WHERE {where} AND seq IS NOT NULL ORDER BY seq, article_event_id", params).fetchall()
        return [(report, row[-2], row[-1]) for report, row in zip(rows.events(found), found)]

    def set_events(self, merged: list[tuple[Event, list[str]]], previous: dict[str, str],
                   fresh: Iterable[str] = ()) -> None:
        """Store the merged events of a closed group of reports, each with the reports it holds.

        ``previous`` maps every report of the group to the merged event it belonged to;
        ``fresh`` are reports stored (or replaced) since. Only merged events that changed are
        written, and only links that changed are updated; events left empty are deleted.
        """
        fresh = set(fresh)
        members: dict[str, set[str]] = {}
        for report, event_id in previous.items():
            members.setdefault(event_id, set()).add(report)
        changed = [(e, held) for e, held in merged
                   if fresh.intersection(held) or members.get(e.event_id) != set(held)]
        gone = set(members) - {e.event_id for e, _ in merged}
        stale = sorted(gone | {e.event_id for e, _ in changed})
        if stale:
            where, params = self._in("event_id", stale)
            self.db.execute(f"DELETE FROM events WHERE {where}", params)
        self._insert_rows(
            "events", (*EVENT_COLUMNS, "block", "num_mentions", "num_articles", "num_sources", "mentions"),
            [[*rows.event_row(e), merge_block(e), e.num_mentions, e.num_articles, e.num_sources,
              rows.mentions_json(e.mentions)] for e, _ in changed])
        links = [(report, e.event_id) for e, held in merged for report in held if previous.get(report) != e.event_id]
        if links:
            self._relink(links)

    def _relink(self, links: list[tuple[str, str]]) -> None:
        """Point reports at the merged events that now hold them."""
        reports, events = zip(*links)
        self.db.execute("UPDATE article_events SET event_id = v.event_id FROM (SELECT unnest(?) AS report, "
                        "unnest(?) AS event_id) AS v WHERE article_event_id = v.report", [list(reports), list(events)])

    def clear_coding(self) -> None:
        for table in ("mentions", "article_events", "events", "actor_names"):
            self.db.execute(f"DELETE FROM {table}")
        self._stale = set()

    def _mentions(self, where: str, params: list) -> dict[str, list[Mention]]:
        found: dict[str, list[Mention]] = {}
        for row in self.db.execute(f"SELECT {', '.join(MENTION_COLUMNS)} FROM mentions WHERE {where}", params).fetchall():
            found.setdefault(row[0], []).append(rows.mention(row))
        return found

    def _where(self, select: EventFilter) -> tuple[str, list]:
        return rows.event_filter(select, self._word_test)

    def _word_test(self, column: str, term: str) -> tuple[str, str]:
        """SQL testing a text column for ``term`` as whole words, and its parameter."""
        return rows.word_test(column, term)

    def events(self, select: EventFilter = EventFilter(), *, sort: str = "date", limit: int | None = None,
               offset: int = 0) -> Iterator[Event]:
        """The merged events ``select`` selects, with all their mentions, in the order ``sort``
        names (one of ``SORTS``; dates in order, undated last), from ``offset`` on."""
        where, params = self._where(select)
        sql = self.EVENT_SELECT.format(columns=", ".join(EVENT_COLUMNS) + ", mentions", where=where,
                                       order=ORDERS[sort])
        if limit is not None or offset:
            sql += f" LIMIT {int(limit) if limit is not None else 2**62} OFFSET {int(offset)}"
        # Small batches: records built a few hundred at a time are freed while still young, where
        # thousands at once outlive the collector's young generations and cost full collections.
        for batch in self._batches(sql, params, 256):
            yield from rows.events(batch)

    def count_events(self, select: EventFilter = EventFilter()) -> int:
        """How many events ``select`` selects."""
        where, params = self._where(select)
        return self.db.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]

    def event(self, event_id: str) -> Event | None:
        """One merged event with its mentions."""
        row = self.db.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE event_id = ?", [event_id]).fetchone()
        if row is None:
            return None
        mentions = self._mentions("article_event_id IN (SELECT article_event_id FROM article_events "
                                  "WHERE event_id = ?)", [event_id])
        return rows.event(row, [m for found in mentions.values() for m in found])

    def ids(self, kind: str, prefix: str, limit: int = 2) -> list[str]:
        """Up to ``limit`` ids of events or articles (``kind``) that start with ``prefix``."""
        table, column = {"event": ("events", "event_id"), "article": ("articles", "article_id")}[kind]
        return [row[0] for row in self.db.execute(
            f"SELECT {column} FROM {table} WHERE {column} LIKE ? ESCAPE '\\' ORDER BY {column} LIMIT ?",
            [rows.like(prefix) + "%", limit]).fetchall()]

    # -- analyses ------------------------------------------------------------------------------
    def dyads(self, select: EventFilter = EventFilter(), *, limit: int = 20) -> list[dict]:
        """The most active actor pairs: event counts by QuadClass and mean Goldstein."""
        where, params = self._where(select)
        return self._dicts(
            "SELECT least(source_key, target_key) AS a, greatest(source_key, target_key) AS b, count(*) AS events, "
            + ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
            + f", {self._round('avg(goldstein)')} AS mean_goldstein FROM events "
            f"WHERE target_key IS NOT NULL AND source_key <> target_key AND {where} "
            "GROUP BY a, b ORDER BY events DESC, a, b LIMIT ?", [*params, limit])

    def relation_index(self, select: EventFilter, *, by: str = "month") -> list[dict]:
        """Per period: events, distinct-source weight, and the source-weighted mean Goldstein
        (``select`` names the pair)."""
        width = {"year": 4, "month": 7, "day": 10}[by]
        where, params = self._where(select)
        return self._dicts(
            f"SELECT substr(date, 1, {width}) AS period, count(*) AS events, sum(num_sources) AS weight, "
            f"{self._round('sum(goldstein * num_sources) / sum(num_sources)')} AS index, "
            "count(*) FILTER (WHERE quad_class <= 2) AS cooperative, count(*) FILTER (WHERE quad_class >= 3) AS conflictual "
            f"FROM events WHERE {where} AND length(date) >= {width} GROUP BY period ORDER BY period", params)

    def actor_table(self, select: EventFilter = EventFilter(), *, country: str | None = None) -> list[dict]:
        """Resolved actors (by name and key) with their roles, sectors, event counts and the
        first and last dates they act on."""
        sides, params = self._sides(select)
        return self._dicts(
            f"{sides} SELECT actor->>'name'{self.COLLATE} AS name, actor->>'country' AS country, actor->>'org' AS org, "
            "string_agg(DISTINCT actor->>'sector', ', ' ORDER BY actor->>'sector') AS sectors, "
            "string_agg(DISTINCT actor->>'role', ', ' ORDER BY actor->>'role') AS roles, "
            "count(*) AS events, min(date) AS first, max(date) AS last "
            "FROM sides WHERE CAST(? AS VARCHAR) IS NULL OR actor->>'country' = ? "
            "GROUP BY name, country, org ORDER BY events DESC, name", [*params, country, country])

    def roles(self, select: EventFilter) -> list[dict]:
        """The offices in which the actors of ``select`` act, by name and year."""
        sides, params = self._sides(select)
        return self._dicts(
            f"{sides} SELECT actor->>'name'{self.COLLATE} AS name, actor->>'role'{self.COLLATE} AS role, "
            "actor->>'country' AS country, actor->>'org' AS org, substr(date, 1, 4) AS year, count(*) AS events "
            "FROM sides WHERE actor->>'role' IS NOT NULL GROUP BY name, role, country, org, year "
            "ORDER BY year NULLS LAST, name, role", params)

    def _sides(self, select: EventFilter) -> tuple[str, list]:
        """A ``WITH sides (actor, date)`` clause, one row per source and per target of the events
        ``select`` selects, and its parameters."""
        where, params = self._where(select)
        return ("WITH sides AS ("
                f"SELECT source AS actor, date FROM events WHERE {where} "
                f"UNION ALL SELECT target, date FROM events WHERE target IS NOT NULL AND {where})"), [*params, *params]

    def volume(self, select: EventFilter = EventFilter(), *, by: str = "month") -> list[dict]:
        """Dated events per period, in all and by QuadClass."""
        width = {"year": 4, "month": 7, "day": 10}[by]
        where, params = self._where(select)
        return self._dicts(
            f"SELECT substr(date, 1, {width}) AS period, count(*) AS events, "
            + ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
            + f" FROM events WHERE {where} AND length(date) >= {width} GROUP BY period ORDER BY period", params)

    def places(self, select: EventFilter = EventFilter()) -> list[dict]:
        """Where the events of ``select`` happened: each place with its country, coordinates and
        number of events, most events first."""
        where, params = self._where(select)
        return self._dicts(
            f"SELECT location->>'name'{self.COLLATE} AS name, location->>'country' AS country, "
            "CAST(location->>'lat' AS DOUBLE PRECISION) AS lat, CAST(location->>'lon' AS DOUBLE PRECISION) AS lon, "
            f"count(*) AS events FROM events WHERE location IS NOT NULL AND {where} "
            "GROUP BY name, country, lat, lon ORDER BY events DESC, name", params)

    def actor_names(self) -> list[tuple[str, str | None]]:
        """Every actor name in the events, with its actor's key."""
        found = self.db.execute(
            "SELECT source->>'name', source_key FROM events UNION "
            "SELECT target->>'name', target_key FROM events WHERE target IS NOT NULL").fetchall()
        return [(name, key) for name, key in found if name]

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE article_id = ?",
                              [article_id]).fetchone()
        return rows.article(row) if row else None

    def article_reports(self, article_id: str) -> list[tuple[str, int, int, str, str, float]]:
        """``(merged event id, sentence start, sentence end, trigger, type, confidence)`` of every
        mention coded in an article, in text order."""
        return [tuple(row) for row in self.db.execute(
            "SELECT e.event_id, m.start, m.\"end\", m.trigger, e.type, e.confidence FROM mentions m "
            "JOIN article_events ae ON ae.article_event_id = m.article_event_id "
            "JOIN events e ON e.event_id = ae.event_id WHERE m.article_id = ? ORDER BY m.start, e.event_id",
            [article_id]).fetchall()]

    def stamps(self, article_ids: Iterable[str]) -> dict[str, tuple[str | None, object]]:
        """``{article_id: (url, when its input was stored)}`` for the given articles."""
        return {article_id: (url, received) for article_id, url, received in self._rows_in(
            "SELECT a.article_id, a.url, s.received_at FROM articles a JOIN sources s ON s.sha256 = a.source_sha256 "
            "WHERE {where}", "a.article_id", article_ids)}

    def _dicts(self, sql: str, params: list) -> list[dict]:
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    # -- actor registry ------------------------------------------------------------------------
    def learn(self, names: Iterable[tuple[str, Actor]]) -> None:
        """Keep people learned from articles for later runs."""
        found = {name: json.dumps(actor.as_dict()) for name, actor in names}
        self._insert_rows("actor_names", ("name", "actor"), [list(item) for item in found.items()], replace_key="name")

    def known_names(self) -> list[tuple[str, Actor]]:
        """People learned from earlier articles: (name, actor)."""
        return [(name, Actor(**json.loads(actor))) for name, actor in
                self.db.execute("SELECT name, actor FROM actor_names ORDER BY name").fetchall()]

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables, for summaries."""
        return {table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("sources", "articles", "rejections", "events", "mentions")}

    def __enter__(self) -> "SQLStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()
