"""DuckDB backend of the store: one file, numbered SQL migrations, one transaction per input."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb

from ..merge import block as merge_block
from ..records import Actor, Article, Commitment, Event, Mention, Place, Rejection, Source

ARTICLE_COLUMNS = ("article_id", "source_sha256", "doc", "idx", "title", "published", "dateline",
                   "publisher", "url", "lead", "captions", "body", "language", "duplicate_of",
                   "author", "encoding", "partial")


class DuckDBStore:
    """A Tidings store in a DuckDB database file (``:memory:`` for a throw-away one)."""

    def __init__(self, location: str, *, read_only: bool = False) -> None:
        """Open (and migrate) the store; ``read_only`` opens an existing file without writing."""
        if location != ":memory:" and not read_only:
            Path(location).parent.mkdir(parents=True, exist_ok=True)
        self.location = location
        self._depth = 0
        self.db = duckdb.connect(location, read_only=read_only)
        if not read_only:
            self.migrate()

    # -- schema -----------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations this database has not seen yet; return their names."""
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                        "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
                        "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)")
        done = {row[0] for row in self.db.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for version, name, sql in migrations():
            if version in done:
                continue
            with self.transaction():
                self.db.execute(sql)
                self.db.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            applied.append(name)
        return applied

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
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")
        finally:
            self._depth = 0

    # -- sources and articles ------------------------------------------------------------------
    def source_status(self, sha256: str) -> str | None:
        row = self.db.execute("SELECT status FROM sources WHERE sha256 = ?", [sha256]).fetchone()
        return row[0] if row else None

    def receive(self, source: Source) -> None:
        self.db.execute(
            "INSERT INTO sources (sha256, doc, path, format, size, data, status) "
            "VALUES (?, ?, ?, ?, ?, ?, 'received') ON CONFLICT DO NOTHING",
            [source.sha256, source.doc, source.path, source.format, len(source.data), source.data])

    def complete(self, sha256: str, articles: list[Article], rejections: list[Rejection],
                 signatures: dict[str, bytes] | None = None) -> None:
        """Store an input's articles (with their near-duplicate signatures) and rejections, and
        mark it done."""
        with self.transaction():
            self.db.execute("DELETE FROM mentions WHERE article_id IN "
                            "(SELECT article_id FROM articles WHERE source_sha256 = ?)", [sha256])
            self.db.execute("DELETE FROM article_events WHERE article_id IN "
                            "(SELECT article_id FROM articles WHERE source_sha256 = ?)", [sha256])
            self.db.execute("DELETE FROM articles WHERE source_sha256 = ?", [sha256])
            if articles:
                self.db.executemany(
                    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}, seq) "
                    f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))}, nextval('article_seq'))",
                    [_article_row(a) for a in articles])
            if signatures:
                self.db.executemany("INSERT OR REPLACE INTO signatures VALUES (?, ?)", list(signatures.items()))
            for rejection in rejections:
                self._insert_rejection(rejection)
            status = "done" if articles or not rejections else "rejected"
            self.db.execute("UPDATE sources SET status = ? WHERE sha256 = ?", [status, sha256])

    def original(self, article_id: str) -> str | None:
        """The article a stored article duplicates, if any."""
        row = self.db.execute("SELECT duplicate_of FROM articles WHERE article_id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(article_id, MinHash signature) of every stored article, in ingestion order."""
        cursor = self.db.execute("SELECT s.article_id, s.minhash FROM signatures s "
                                 "JOIN articles a USING (article_id) ORDER BY a.seq")
        while rows := cursor.fetchmany(10000):
            yield from rows

    def add_reports(self, reports: list[Event]) -> None:
        """Store article-level events (each with its mentions, all from one article)."""
        if not reports:
            return
        self.db.executemany(
            f"INSERT OR REPLACE INTO article_events (article_event_id, article_id, block, {', '.join(EVENT_COLUMNS[1:])}, event_id) "
            f"VALUES (?, ?, ?, {', '.join('?' * (len(EVENT_COLUMNS) - 1))}, ?)",
            [[r.event_id, r.mentions[0].article_id, merge_block(r), *_event_row(r)[1:], r.event_id] for r in reports])
        self.db.executemany(
            f"INSERT INTO mentions ({', '.join(MENTION_COLUMNS)}) VALUES ({', '.join('?' * len(MENTION_COLUMNS))})",
            [[r.event_id, m.article_id, m.doc, m.publisher, m.published, m.sentence, m.start, m.end, m.trigger]
             for r in reports for m in r.mentions])

    def reports(self, blocks: Iterable[str]) -> list[tuple[Event, int, str]]:
        """Article-level events of the given merge blocks, each with its article's ingestion
        order and story (the article, or the original it duplicates)."""
        blocks = sorted(set(blocks))
        if not blocks:
            return []
        rows = self.db.execute(
            f"SELECT {', '.join('e.' + c for c in REPORT_COLUMNS)}, a.seq, coalesce(a.duplicate_of, a.article_id) "
            "FROM article_events e JOIN articles a USING (article_id) WHERE e.block IN (SELECT unnest(?))",
            [blocks]).fetchall()
        mentions = self._mentions("article_event_id IN (SELECT unnest(?))", [[r[0] for r in rows]])
        return [(_event(row[:len(REPORT_COLUMNS)], mentions.get(row[0], [])), row[-2], row[-1]) for row in rows]

    def set_events(self, blocks: Iterable[str], merged: list[tuple[Event, list[str]]]) -> None:
        """Replace the merged events of ``blocks``; each comes with the reports it holds."""
        self.db.execute("DELETE FROM events WHERE block IN (SELECT unnest(?))", [sorted(set(blocks))])
        if merged:
            self.db.executemany(
                f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}, block, num_mentions, num_articles, num_sources) "
                f"VALUES ({', '.join('?' * len(EVENT_COLUMNS))}, ?, ?, ?, ?)",
                [[*_event_row(e), merge_block(e), e.num_mentions, e.num_articles, e.num_sources] for e, _ in merged])
            self.db.executemany("UPDATE article_events SET event_id = ? WHERE article_event_id = ?",
                                [[e.event_id, report] for e, reports in merged for report in reports])

    def clear_events(self) -> None:
        """Forget every coded event (before recoding the whole store)."""
        for table in ("mentions", "article_events", "events"):
            self.db.execute(f"DELETE FROM {table}")

    def learn(self, names: Iterable[tuple[str, Actor]]) -> None:
        """Keep people learned from articles for later runs."""
        rows = [[name, json.dumps(actor.as_dict())] for name, actor in names]
        if rows:
            self.db.executemany("INSERT OR REPLACE INTO actor_names (name, actor) VALUES (?, ?)", rows)

    def known_names(self) -> list[tuple[str, Actor]]:
        """People learned from earlier articles: (name, actor)."""
        return [(name, Actor(**json.loads(actor)))
                for name, actor in self.db.execute("SELECT name, actor FROM actor_names ORDER BY name").fetchall()]

    def _mentions(self, where: str, params: list) -> dict[str, list[Mention]]:
        found: dict[str, list[Mention]] = {}
        rows = self.db.execute(f"SELECT {', '.join(MENTION_COLUMNS)} FROM mentions WHERE {where}", params).fetchall()
        for row in rows:
            found.setdefault(row[0], []).append(_mention(row))
        return found

    def events(self, *, actors: Iterable[str] = (), pair: bool = False, type: str | None = None,
               since: str | None = None, until: str | None = None, min_confidence: float = 0.0,
               committed: bool = False, limit: int | None = None) -> Iterator[Event]:
        """Merged events with all their mentions, in date order (undated last).

        ``actors``: codes (country or organisation) or names; with ``pair`` the event must be
        between the first two, in either direction. Dates compare at the event's precision.
        """
        where, params = _event_filter(list(actors), pair, type, since, until, min_confidence, committed)
        sql = (f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE {where} "
               "ORDER BY date NULLS LAST, event_id" + (f" LIMIT {int(limit)}" if limit else ""))
        cursor = self.db.execute(sql, params)
        while rows := cursor.fetchmany(2000):
            ids = [row[0] for row in rows]
            found: dict[str, list[Mention]] = {}
            for row in self.db.execute(
                    f"SELECT ae.event_id, {', '.join('m.' + c for c in MENTION_COLUMNS)} FROM mentions m "
                    "JOIN article_events ae USING (article_event_id) WHERE ae.event_id IN (SELECT unnest(?))",
                    [ids]).fetchall():
                found.setdefault(row[0], []).append(_mention(row[1:]))
            for row in rows:
                yield _event(row, found.get(row[0], []))

    def dyads(self, *, since: str | None = None, until: str | None = None, min_confidence: float = 0.0,
              limit: int = 20) -> list[dict]:
        """The most active actor pairs: event counts by QuadClass and mean Goldstein."""
        where, params = _event_filter([], False, None, since, until, min_confidence, False)
        return self._dicts(
            "SELECT least(source_key, target_key) AS a, greatest(source_key, target_key) AS b, count(*) AS events, "
            + ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
            + ", round(avg(goldstein), 2) AS mean_goldstein FROM events "
            f"WHERE target_key IS NOT NULL AND source_key <> target_key AND {where} "
            "GROUP BY a, b ORDER BY events DESC, a, b LIMIT ?", [*params, limit])

    def relation_index(self, a: str, b: str, *, by: str = "month", since: str | None = None,
                       until: str | None = None, min_confidence: float = 0.0) -> list[dict]:
        """Per period: events, distinct-source weight, and the source-weighted mean Goldstein."""
        width = {"year": 4, "month": 7, "day": 10}[by]
        where, params = _event_filter([a, b], True, None, since, until, min_confidence, False)
        return self._dicts(
            f"SELECT substr(date, 1, {width}) AS period, count(*) AS events, sum(num_sources) AS weight, "
            "round(sum(goldstein * num_sources) / sum(num_sources), 2) AS index, "
            "count(*) FILTER (WHERE quad_class <= 2) AS cooperative, count(*) FILTER (WHERE quad_class >= 3) AS conflictual "
            f"FROM events WHERE {where} AND length(date) >= {width} GROUP BY period ORDER BY period", params)

    def actor_table(self, *, country: str | None = None, min_confidence: float = 0.0) -> list[dict]:
        """Resolved actors (by name and key) with their roles, sectors and event counts."""
        where, params = _event_filter([], False, None, None, None, min_confidence, False)
        return self._dicts(
            "WITH sides AS ("
            f"SELECT source AS actor FROM events WHERE {where} "
            f"UNION ALL SELECT target FROM events WHERE target IS NOT NULL AND {where}) "
            "SELECT actor->>'name' AS name, actor->>'country' AS country, actor->>'org' AS org, "
            "string_agg(DISTINCT actor->>'sector', ', ') AS sectors, string_agg(DISTINCT actor->>'role', ', ') AS roles, "
            "count(*) AS events FROM sides WHERE ? IS NULL OR actor->>'country' = ? "
            "GROUP BY name, country, org ORDER BY events DESC, name", [*params, *params, country, country])

    def volume(self, *, actors: Iterable[str] = (), pair: bool = False, by: str = "month",
               since: str | None = None, until: str | None = None, min_confidence: float = 0.0) -> list[dict]:
        """Dated events per period, in all and by QuadClass (filters as in ``events``)."""
        width = {"year": 4, "month": 7, "day": 10}[by]
        where, params = _event_filter(list(actors), pair, None, since, until, min_confidence, False)
        return self._dicts(
            f"SELECT substr(date, 1, {width}) AS period, count(*) AS events, "
            + ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
            + f" FROM events WHERE {where} AND length(date) >= {width} GROUP BY period ORDER BY period", params)

    def search(self, text: str, *, min_confidence: float = 0.0, limit: int = 50) -> list[Event]:
        """Events whose evidence sentences or actor names contain ``text`` (any case), in date order."""
        where, params = _event_filter([], False, None, None, None, min_confidence, False)
        ids = [row[0] for row in self.db.execute(
            f"SELECT event_id FROM events WHERE {where} AND (source->>'name' ILIKE ? ESCAPE '\\' "
            "OR target->>'name' ILIKE ? ESCAPE '\\' OR event_id IN (SELECT ae.event_id FROM mentions m "
            "JOIN article_events ae USING (article_event_id) WHERE m.sentence ILIKE ? ESCAPE '\\')) "
            "ORDER BY date NULLS LAST, event_id LIMIT ?",
            [*params, *[f"%{_like(text)}%"] * 3, limit]).fetchall()]
        return [self.event(event_id) for event_id in ids]

    def _dicts(self, sql: str, params: list) -> list[dict]:
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def event(self, event_id: str) -> Event | None:
        """One merged event with its mentions."""
        row = self.db.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE event_id = ?", [event_id]).fetchone()
        if row is None:
            return None
        mentions = self._mentions("article_event_id IN (SELECT article_event_id FROM article_events "
                                  "WHERE event_id = ?)", [event_id])
        return _event(row, [m for found in mentions.values() for m in found])

    def reject(self, rejection: Rejection) -> None:
        with self.transaction():
            self._insert_rejection(rejection)
            if rejection.sha256:
                self.db.execute("UPDATE sources SET status = 'rejected' WHERE sha256 = ?", [rejection.sha256])

    def _insert_rejection(self, r: Rejection) -> None:
        self.db.execute(
            "INSERT INTO rejections (doc, line, reason, sha256) SELECT ?, ?, ?, ? WHERE NOT EXISTS ("
            "SELECT 1 FROM rejections WHERE doc = ? AND line IS NOT DISTINCT FROM ? AND reason = ?)",
            [r.doc, r.line, r.reason, r.sha256, r.doc, r.line, r.reason])

    def articles(self) -> Iterator[Article]:
        cursor = self.db.execute(
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles ORDER BY doc, idx")
        while rows := cursor.fetchmany(1000):
            for row in rows:
                yield _article(row)

    def rejections(self, sha256: str | None = None) -> list[Rejection]:
        rows = self.db.execute("SELECT doc, reason, line, sha256 FROM rejections "
                               "WHERE ? IS NULL OR sha256 = ? ORDER BY id", [sha256, sha256]).fetchall()
        return [Rejection(doc=d, reason=r, line=line, sha256=s) for d, r, line, s in rows]

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables, for summaries."""
        return {table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("sources", "articles", "rejections", "events", "mentions")}

    def close(self) -> None:
        self.db.close()


EVENT_COLUMNS = ("event_id", "type", "mode", "contexts", "cameo", "quad_class", "goldstein", "source",
                 "target", "source_key", "target_key", "is_symmetric", "date", "date_basis", "location",
                 "status", "confidence", "extra")
REPORT_COLUMNS = ("article_event_id", *EVENT_COLUMNS[1:])
MENTION_COLUMNS = ("article_event_id", "article_id", "doc", "publisher", "published", "sentence", "start",
                   '"end"', "trigger")


def _mention(row: tuple) -> Mention:
    return Mention(article_id=row[1], doc=row[2], publisher=row[3], published=row[4], sentence=row[5],
                   start=row[6], end=row[7], trigger=row[8])


def _event_filter(actors: list[str], pair: bool, kind: str | None, since: str | None, until: str | None,
                  min_confidence: float, committed: bool) -> tuple[str, list]:
    """SQL condition and parameters selecting events (see ``DuckDBStore.events``)."""
    clauses, params = ["confidence >= ?"], [min_confidence]

    def side(column: str, actor: str) -> str:
        params.extend([actor.upper(), actor.lower()])
        return f"({column}_key = ? OR lower({column}->>'name') = ?)"

    if pair and len(actors) >= 2:
        a, b = actors[:2]
        clauses.append(f"(({side('source', a)} AND {side('target', b)}) OR ({side('source', b)} AND {side('target', a)}))")
    for actor in ([] if pair else actors):
        clauses.append(f"({side('source', actor)} OR {side('target', actor)})")
    if kind:
        clauses.append("type = ?")
        params.append(kind.upper())
    if since:
        clauses.append("date >= substr(?, 1, length(date))")
        params.append(since)
    if until:
        clauses.append("substr(date, 1, length(?)) <= ?")
        params.extend([until, until])
    if committed:
        clauses.append("extra->>'commitment' IS NOT NULL AND extra->>'commitment' <> 'null'")
    return " AND ".join(clauses), params


def _like(text: str) -> str:
    """``text`` with the LIKE wildcards escaped by a backslash."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _event_row(e: Event) -> list:
    return [e.event_id, e.type, e.mode, list(e.contexts), e.cameo, e.quad_class, e.goldstein,
            json.dumps(e.source.as_dict()), json.dumps(e.target.as_dict()) if e.target else None,
            e.source.key, e.target.key if e.target else None, e.symmetric, e.date, e.date_basis,
            json.dumps(e.location.as_dict()) if e.location else None, e.status, e.confidence,
            json.dumps({"merge_notes": list(e.merge_notes),
                        "commitment": e.commitment.as_dict() if e.commitment else None})]


def _event(row: tuple, mentions: list[Mention]) -> Event:
    v = dict(zip(EVENT_COLUMNS, row))
    extra = json.loads(v["extra"]) if v["extra"] else {}
    return Event(
        event_id=v["event_id"], type=v["type"], mode=v["mode"], contexts=tuple(v["contexts"]),
        cameo=v["cameo"], quad_class=v["quad_class"], goldstein=v["goldstein"],
        source=Actor(**json.loads(v["source"])), target=Actor(**json.loads(v["target"])) if v["target"] else None,
        symmetric=v["is_symmetric"], date=v["date"], date_basis=v["date_basis"],
        location=Place(**json.loads(v["location"])) if v["location"] else None, status=v["status"],
        confidence=v["confidence"], mentions=tuple(sorted(mentions, key=lambda m: (m.doc, m.start))),
        merge_notes=tuple(extra.get("merge_notes", ())),
        commitment=Commitment(**extra["commitment"]) if extra.get("commitment") else None,
    )


def migrations() -> list[tuple[int, str, str]]:
    """``(version, name, sql)`` of the packaged migrations, in order."""
    folder = resources.files("tidings.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        m = re.match(r"^(\d+)_(.+)\.sql$", entry.name)
        if m:
            found.append((int(m.group(1)), entry.name, entry.read_text("utf-8")))
    return sorted(found)


def _article_row(a: Article) -> list:
    return [a.article_id, a.source_sha256, a.doc, a.index, a.title, a.published, a.dateline,
            a.publisher, a.url, list(a.lead), list(a.captions), a.body, a.language, a.duplicate_of,
            a.author, a.encoding, a.partial]


def _article(row: tuple) -> Article:
    values = dict(zip(ARTICLE_COLUMNS, row))
    return Article(
        article_id=values["article_id"], doc=values["doc"], index=values["idx"], body=values["body"],
        title=values["title"], published=values["published"].isoformat() if values["published"] else None,
        dateline=values["dateline"], publisher=values["publisher"], url=values["url"],
        lead=tuple(values["lead"]), captions=tuple(values["captions"]), language=values["language"],
        source_sha256=values["source_sha256"], duplicate_of=values["duplicate_of"],
        author=values["author"], encoding=values["encoding"], partial=values["partial"],
    )
