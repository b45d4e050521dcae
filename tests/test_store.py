"""The store, on DuckDB and on PostgreSQL: migrations, verbatim inputs, idempotent and transactional ingest."""
from __future__ import annotations

import pytest

import io
import random
import sys
from dataclasses import replace
from pathlib import Path

from tidings import merge, pipeline
from tidings.records import Actor, Article, Commitment, Event, Mention, Place, Rejection, Source
from tidings.settings import Settings
from tidings.store import open_store
from tidings.store import rows, sql
from tidings.store.sql import SQLStore

STORY = ("Gulf talks resume\n\nUpdated 02 June 2025\n\nDOHA: Qatar and Kuwait on Monday agreed to "
         "resume talks on a shared gas field, officials said.\n")


def ingest(db, *paths):
    store = open_store(db)
    try:
        return pipeline.run([str(p) for p in paths], store, Settings(db=db))
    finally:
        store.close()


def test_store_backends_have_the_same_migrations():
    names = {folder: [(v, name) for v, name, _ in rows.migrations(folder)]
             for folder in ("migrations", "migrations_postgres")}
    assert names["migrations"] == names["migrations_postgres"]


def test_store_migrations_recorded_once(store_url):
    store = open_store(store_url)
    assert store.schema_version() == max(v for v, _, _ in rows.migrations(store.MIGRATIONS))
    assert store.migrate() == []
    store.close()


def test_store_keeps_input_verbatim_and_ignores_same_bytes(tmp_path, store_url):
    (tmp_path / "one.txt").write_text(STORY, encoding="utf-8")
    first = ingest(store_url, tmp_path / "one.txt")
    (tmp_path / "copy.txt").write_text(STORY, encoding="utf-8")
    again = ingest(store_url, tmp_path / "one.txt", tmp_path / "copy.txt")
    assert first.articles == 1 and again.articles == 0 and again.unchanged == ["one.txt", "copy.txt"]
    store = open_store(store_url)
    (data,) = store.db.execute("SELECT data FROM sources").fetchone()
    assert data == STORY.encode("utf-8")
    assert store.counts()["articles"] == 1
    store.close()


class PowerCut:
    """A connection proxy that fails when the store marks an input done (mid-transaction)."""

    def __init__(self, connection):
        self.connection = connection

    def __getattr__(self, name):
        return getattr(self.connection, name)

    def execute(self, sql, *args):
        if sql.startswith("UPDATE sources SET status"):
            raise KeyboardInterrupt("power cut")
        return self.connection.execute(sql, *args)


def test_store_interrupted_run_leaves_nothing_half_written_and_rerun_completes(tmp_path, store_url):
    (tmp_path / "one.txt").write_text(STORY, encoding="utf-8")
    store = open_store(store_url)
    connection = store.db
    store.db = PowerCut(connection)
    with pytest.raises(KeyboardInterrupt):
        pipeline.run([str(tmp_path / "one.txt")], store, Settings(db=store_url))
    store.db = connection
    # the file is kept with its articles, in the transaction that failed: a rerun reads it again
    assert {k: store.counts()[k] for k in ("sources", "articles", "rejections")} == {"sources": 0, "articles": 0, "rejections": 0}
    store.close()
    rerun = ingest(store_url, tmp_path / "one.txt")
    assert rerun.articles == 1 and not rerun.unchanged


def test_store_inputs_bytes_go_in_statements_of_bounded_size(store_url, monkeypatch):
    """Many large inputs saved together are kept in several statements, never one too large to
    send (PostgreSQL refuses a message over 1 GB), and each only once."""
    monkeypatch.setattr(sql, "RECEIVE_BYTES", 10)
    store = open_store(store_url)
    statements = []
    connection = store.db

    class Counting:
        def __getattr__(self, name):
            return getattr(connection, name)

        def execute(self, query, *args):
            statements.extend([query] if query.startswith("INSERT INTO sources") else [])
            return connection.execute(query, *args)

    store.db = Counting()
    sources = [Source(doc=f"{n}.txt", path=f"{n}.txt", data=f"input {n}".encode(), sha256=f"{n:0>64}", format="text")
               for n in range(3)]
    with store.transaction():
        store.receive([*sources, sources[0]])
    store.db = connection
    assert len(statements) == 3  # 7 bytes each: one a statement
    assert store.db.execute("SELECT doc, data FROM sources ORDER BY doc").fetchall() == [
        (s.doc, s.data) for s in sources]
    store.close()


def test_store_standard_input_is_kept_before_it_is_coded(tmp_path, store_url, monkeypatch):
    """Standard input cannot be read again: its bytes are kept at once, whatever happens next."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8"))))
    store = open_store(store_url)
    connection = store.db
    store.db = PowerCut(connection)
    with pytest.raises(KeyboardInterrupt):
        pipeline.run(["-"], store, Settings(db=store_url))
    store.db = connection
    assert store.db.execute("SELECT data, status FROM sources").fetchall() == [(STORY.encode("utf-8"), "received")]
    assert store.counts()["articles"] == 0
    store.close()


def test_store_rejections_recorded_once_and_old_articles_untouched(tmp_path, store_url):
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    ingest(store_url, tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    for _ in range(2):
        report = ingest(store_url, tmp_path)
    store = open_store(store_url)
    assert [str(r) for r in store.rejections()] == ["empty.txt: empty file"]
    (article,) = store.articles()
    assert article.title == "Gulf talks resume" and article.published == "2025-06-02"
    store.close()
    assert not report.ok


def synthetic_input(number: int, rng: random.Random) -> tuple[Article, list[Event]]:
    """An article with reports of one busy pair: day, month, year and undated dates, both ways."""
    article = Article(article_id=f"a{number:04d}", doc=f"doc{number}.txt", index=1, body="x",
                      published="2025-01-01", source_sha256=f"s{number:04d}")
    qat, kwt = Actor("Qatar", country="QAT"), Actor("Kuwait", country="KWT")
    reports = []
    for k in range(4):
        day = rng.choice(["2024-12-31", "2025-01-01", "2025-01-02", "2025-01-31", "2025-02-01", "2025-02-03",
                          "2025-01", "2025-02", "2025", None])
        source, target = (qat, kwt) if rng.random() < 0.7 else (kwt, qat)
        mention = Mention(doc=article.doc, article_id=article.article_id, sentence=f"Report {k}.",
                          start=k * 20, end=k * 20 + 9, trigger="met")
        reports.append(Event(event_id=f"r{number:04d}{k}", type=rng.choice(["CONSULT", "ACCUSE"]), source=source,
                             target=target, mentions=(mention,), date=day,
                             date_basis=rng.choice(["explicit", "relative", "publication"]) if day else None,
                             symmetric=rng.random() < 0.5, confidence=0.6))
    return article, reports


def fill(store, inputs) -> list[dict]:
    for article, reports in inputs:
        with store.transaction():
            store.complete([(article.source_sha256, [article], [])])
            store.add_reports(reports)
            pipeline.remerge(store, reports)
    return sorted((e.event_id, sorted(m.sentence + m.article_id for m in e.mentions), e.date, e.num_mentions)
                  for e in store.events())


def test_store_merging_new_reports_gives_the_events_of_one_merge_of_all(store_url):
    rng = random.Random(7)
    inputs = [synthetic_input(n, rng) for n in range(40)]
    store = open_store(store_url)
    try:
        stored = fill(store, inputs)
        everything = [(r, n) for n, (_, reports) in enumerate(inputs) for r in reports]
        order = {r.event_id: (n, r.mentions[0].start) for r, n in everything}
        blocks = {}
        for report, _ in everything:
            blocks.setdefault(merge.block(report), []).append(report)
        once = [found for block in blocks.values()  # the whole of every block at once
                for found in merge.across_articles(block, order=lambda e: order[e.event_id],
                                                   family=lambda e: e.mentions[0].article_id)]
        assert stored == sorted((e.event_id, sorted(m.sentence + m.article_id for m in e.mentions), e.date,
                                 e.num_mentions) for e, _ in once)
        assert sum(n for *_, n in stored) == 160  # every report is held by one event
        links = dict(store.db.execute("SELECT article_event_id, event_id FROM article_events").fetchall())
        assert links == {report: e.event_id for e, held in once for report in held}
    finally:
        store.close()


def test_store_merged_events_do_not_depend_on_ingest_order(tmp_path):
    rng = random.Random(11)
    inputs = [synthetic_input(n, rng) for n in range(30)]
    forward = fill(open_store(str(tmp_path / "forward.duckdb")), inputs)
    backward = fill(open_store(str(tmp_path / "backward.duckdb")), inputs[::-1])
    essence = lambda events: sorted(e[1:] for e in events)  # ids name the earliest-ingested report
    assert essence(forward) == essence(backward)


def test_store_month_only_report_joins_an_event_stored_earlier(store_url):
    qat, kwt = Actor("Qatar", country="QAT"), Actor("Kuwait", country="KWT")
    store = open_store(store_url)
    try:
        for number, day in enumerate(["2025-03-31", "2025-06-10", "2025-03"]):
            article = Article(article_id=f"a{number}", doc=f"doc{number}.txt", index=1, body="x",
                              published="2025-07-01", source_sha256=f"s{number}")
            mention = Mention(doc=article.doc, article_id=article.article_id, sentence="Talks.", start=0, end=6,
                              trigger="talks")
            report = Event(event_id=f"r{number}", type="CONSULT", source=qat, target=kwt, mentions=(mention,),
                           date=day, date_basis="explicit", confidence=0.6)
            with store.transaction():
                store.complete([(article.source_sha256, [article], [])])
                store.add_reports([report])
                pipeline.remerge(store, [report])
        found = {e.event_id: [m.article_id for m in e.mentions] for e in store.events()}
        assert found == {"r0": ["a0", "a2"], "r1": ["a1"]}
        assert store.event("r0").date == "2025-03-31"
    finally:
        store.close()


# the columns of the articles table from migration 004 to 011
ARTICLE_COLUMNS_011 = ("article_id", "source_sha256", "doc", "idx", "title", "published", "dateline", "publisher",
                       "url", "lead", "captions", "body", "language", "duplicate_of", "author", "encoding", "partial")


def as_of(patch, version: int) -> None:
    """Make stores opened under ``patch`` stop at migration ``version`` (004–011), writing articles
    as that schema holds them."""
    patch.setattr(rows, "migrations", lambda folder, found=rows.migrations: [m for m in found(folder) if m[0] <= version])
    kept = len(ARTICLE_COLUMNS_011)
    patch.setattr(sql, "ARTICLE_COLUMNS", rows.ARTICLE_COLUMNS[:kept])
    patch.setattr(rows, "article_row", lambda a, row=rows.article_row: row(a)[:kept])


def test_store_from_migration_008_fills_what_reports_carry_and_merges_alike(tmp_path, store_url, monkeypatch):
    rng = random.Random(5)
    inputs = [synthetic_input(n, rng) for n in range(24)]
    article, reports = inputs[3]  # a near-duplicate: its story is the original's
    inputs[3] = (replace(article, duplicate_of="a0001"), reports)
    ids = [r.event_id for _, reports in inputs[:16] for r in reports]
    blocks = {merge.block(r) for _, reports in inputs for r in reports}
    new = open_store(str(tmp_path / "new.duckdb"))
    fill(new, inputs[:16])
    keys, held, events = new.report_keys(blocks), new.reports(ids), list(new.events())
    with monkeypatch.context() as patch:  # a store as migration 008 left it, holding the same
        as_of(patch, 8)
        old = open_store(store_url)
        with old.transaction():
            for article, _ in inputs[:16]:
                old.complete([(article.source_sha256, [article], [])])
            for table in ("article_events", "mentions", "events"):
                columns = [d[0] for d in old.db.execute(f"SELECT * FROM {table} LIMIT 0").description]
                quoted = tuple(f'"{c}"' for c in columns)
                old._insert_rows(table, quoted, [list(r) for r in new.db.execute(
                    f"SELECT {', '.join(quoted)} FROM {table}").fetchall()])
        assert old.schema_version() == 8
        old.close()
    old = open_store(store_url)  # migration 009 fills the new columns from articles and mentions
    try:
        assert old.schema_version() == max(v for v, _, _ in rows.migrations(old.MIGRATIONS))
        assert sorted(old.report_keys(blocks)) == sorted(keys) and old.reports(ids) == held
        assert {k[3] for k in keys if k[0].startswith("r0003")} == {"a0001"}
        assert list(old.events()) == events
        assert fill(old, inputs[16:]) == fill(new, inputs[16:])
    finally:
        old.close()
        new.close()



def test_store_from_migration_012_knows_the_article_of_coding_rejections_and_a_recode_replaces_them(
        store_url, monkeypatch):
    first, second = [synthetic_input(n, random.Random(n))[0] for n in range(2)]
    twin = replace(first, article_id="a0002")  # a record of the same input under the same name
    reasons = ["article 1: not coded, an error of Tidings (please report it): KeyError: 'x'",
               "article 1, characters 0-1: a sentence of 500 words (over 400), not coded",
               "not split into articles, an error of Tidings (please report it): IndexError: y"]
    with monkeypatch.context() as patch:  # a store as migration 012 left it: the article named in the reason only
        as_of(patch, 12)
        old = open_store(store_url)
        with old.transaction():
            old.receive([Source(doc=a.doc, path=a.doc, data=a.doc.encode(), sha256=a.source_sha256, format="text")
                         for a in (first, second)])
            old.complete([(first.source_sha256, [first, twin], []), (second.source_sha256, [second], [])])
            for article, reason in zip([first, second, first], reasons):
                old.db.execute("INSERT INTO rejections (doc, reason, sha256) VALUES (?, ?, ?)",
                               [article.doc, reason, article.source_sha256])
            old.db.execute("UPDATE sources SET status = 'received' WHERE sha256 = 's0001'")  # as a defect leaves it
        old.close()
    store = open_store(store_url)
    try:
        assert [(r.reason, r.article_id, r.defect) for r in store.rejections()] == [
            (reasons[0], "a0000", True), (reasons[1], "a0001", False), (reasons[2], None, True)]
        split = Rejection(first.doc, reasons[2], sha256="s0000")
        cut = Rejection(second.doc, reasons[1], sha256="s0001", article_id="a0001")
        store.recoded([cut])  # what coding reported before gives way to the recode's
        assert store.rejections() == [split, cut]
        assert store.source_status("s0001")[0] == "done"  # coded now, and nothing else failed on it
        store.recoded([replace(cut, defect=True)])  # failed on: the next ingest reads the input again
        assert store.rejections() == [split, cut] and store.rejections()[1].defect
        assert store.source_status("s0001")[0] == "received"
    finally:
        store.close()


def test_store_learned_names_are_kept_and_the_latest_actor_of_a_name_wins(store_url):
    store = open_store(store_url)
    try:
        with store.transaction():
            store.learn([("Ana Ruiz", Actor("Ana Ruiz", country="PER")), ("Ben Ode", Actor("Ben Ode", country="NGA"))])
        with store.transaction():  # one learned again, differently, in one statement with a new one
            store.learn([("Ana Ruiz", Actor("Ana Ruiz", country="BOL")), ("Cy Lam", Actor("Cy Lam", country="SGP")),
                         ("Ana Ruiz", Actor("Ana Ruiz", country="CHL", sector="GOV"))])  # the last one given wins
        store.learn([])
        assert store.known_names() == [("Ana Ruiz", Actor("Ana Ruiz", country="CHL", sector="GOV")),
                                       ("Ben Ode", Actor("Ben Ode", country="NGA")),
                                       ("Cy Lam", Actor("Cy Lam", country="SGP"))]
    finally:
        store.close()


def test_store_numbers_an_inputs_articles_in_their_order(store_url):
    store = open_store(store_url)
    try:
        def found(sha256: str, names: list[str]) -> tuple[str, list[Article], list]:
            return sha256, [Article(article_id=n, doc=f"{sha256}.txt", index=i, body="x", source_sha256=sha256)
                            for i, n in enumerate(names, start=1)], []

        store.complete([found("s1", ["c", "a", "b"])])
        store.complete([found("s2", ["e", "d"]), found("s3", ["g", "f"])])  # two inputs at once
        assert [row[0] for row in store.db.execute("SELECT article_id FROM articles ORDER BY seq").fetchall()] \
            == ["c", "a", "b", "e", "d", "g", "f"]
        # and read back in that order, not by name (what recode codes them in, and exports list)
        store.complete([("s0", [Article(article_id="h", doc="a.txt", index=1, body="x", source_sha256="s0")], [])])
        assert [a.article_id for a in store.articles()] == ["c", "a", "b", "e", "d", "g", "f", "h"]
    finally:
        store.close()


def test_store_reads_back_every_field_of_stored_articles(store_url):
    article = Article(article_id="a1", doc="wire.txt", index=1, body="Text.", title="T", published="2025-08-10",
                      dateline="ISLAMABAD", dateline_date="2025-08-06", publisher="APP", url="https://example.org/1",
                      lead=("Lead.",), captions=("Caption.",), source_sha256="s1", author="A. Writer",
                      encoding="utf-8", partial=True)
    store = open_store(store_url)
    try:
        store.complete([("s1", [article], [])])
        assert list(store.articles()) == [article]
    finally:
        store.close()


def test_store_reads_only_the_reports_a_chain_of_dates_reaches(store_url):
    qat, kwt = Actor("Qatar", country="QAT"), Actor("Kuwait", country="KWT")

    def report(name: str, day: str | None) -> Event:
        mention = Mention(doc="d.txt", article_id="a1", sentence=f"{name}.", start=0, end=5, trigger="met")
        return Event(event_id=name, type="CONSULT", source=qat, target=kwt, mentions=(mention,), date=day,
                     date_basis="explicit" if day else None, confidence=0.6)

    store = open_store(store_url)
    try:
        store.complete([("s1", [Article(article_id="a1", doc="d.txt", index=1, body="x", source_sha256="s1")], [])])
        stored = [report("jan1", "2025-01-01"), report("jan2", "2025-01-02"), report("mar5", "2025-03-05"),
                  report("march", "2025-03")]
        store.add_reports(stored)
        block = merge.block(stored[0])
        near = lambda day: {key[0] for key in store.report_keys({block}, near={(block, day)})}
        assert near("2025-01-03") == {"jan1", "jan2"}  # a day away from jan2, two from jan1
        assert near("2025-03-20") == {"mar5", "march"}  # through the month-only report
        assert near("2025-02") == set()
        assert near("2025") == {"jan1", "jan2", "mar5", "march"}  # a year-only date reaches its year
        assert {key[0] for key in store.report_keys({block})} == {"jan1", "jan2", "mar5", "march"}
        store.add_reports([report("undated", None)])
        undated = merge.block(report("undated", None))
        assert {key[0] for key in store.report_keys({undated}, near={(undated, None)})} == {"undated"}
    finally:
        store.close()


def test_store_reads_back_every_field_of_stored_events(store_url):
    rabat = Place("Rabat", country="MAR", lat=34.02, lon=-6.84)
    mentions = tuple(Mention(doc=f"d{k}.txt", article_id=f"a{k}", sentence=f"Morocco and Spain met ({k}).", start=k,
                             end=k + 9, trigger="met", publisher=["Wire", None][k % 2], published="2025-05-02")
                     for k in (2, 1, 3))
    agreed = Event(event_id="e1", type="AGREE", source=Actor("Morocco", country="MAR", sector="GOV"),
                   target=Actor("Spain", country="ESP", role="minister"), mentions=mentions, mode="verbal",
                   contexts=("economic", "migration"), cameo="057", quad_class=1, goldstein=4.0, symmetric=True,
                   date="2025-05", date_basis="relative", location=rabat, confidence=0.9,
                   commitments=(Commitment(type="CONSULT", text="meet again", source=Actor("Morocco", country="MAR"),
                                           target=Actor("Spain", country="ESP"), said=mentions[0], symmetric=True,
                                           due="2026", due_text="next year", stated="2025-05", obj="meet"),),
                   merge_notes=("3 reports joined",))
    plain = replace(agreed, event_id="e2", target=None, location=None, commitments=(), merge_notes=(),
                    contexts=(), mentions=mentions[:1], date=None, date_basis=None)
    store = open_store(store_url)
    try:
        with store.transaction():
            store.set_events([(agreed, []), (plain, [])], {})
        found = {e.event_id: e for e in store.events()}
        for event in (agreed, plain):
            read = found[event.event_id]
            assert read == replace(event, mentions=tuple(sorted(event.mentions, key=lambda m: m.doc)))
            assert read.merge_notes == event.merge_notes
    finally:
        store.close()


SYNDICATED = Path(__file__).resolve().parent / "fixtures" / "syndicated"
WIRE, REPOST = ((SYNDICATED / name).read_text(encoding="utf-8").split("\n", 1)[1]  # bodies, without titles
                for name in ("wire.txt", "repost.txt"))
OTHER = ("Japan and South Korea on Friday signed a fisheries accord after two years of talks, and their "
         "coast guards will hold joint drills in the autumn, the foreign ministry in Tokyo said.")


def stored_input(store, name: str, found: list[Article], signatures: dict[str, bytes] | None = None) -> None:
    sha = f"{name:0>64}"
    store.receive([Source(doc=name, path=name, data=name.encode(), sha256=sha, format="text")])
    store.complete([(sha, [replace(a, source_sha256=sha) for a in found], [])], signatures)


def test_store_finds_a_near_duplicate_stored_by_an_earlier_run_from_its_band_keys(store_url, monkeypatch):
    ingest(store_url, SYNDICATED / "wire.txt")
    assert not hasattr(SQLStore, "signatures")  # a session no longer reads every stored signature
    looked_up, sharing = [], SQLStore.signatures_sharing

    def spy(self, keys):
        looked_up.append(list(keys))
        return sharing(self, looked_up[-1])

    monkeypatch.setattr(SQLStore, "signatures_sharing", spy)
    ingest(store_url, SYNDICATED / "repost.txt")
    assert [len(keys) for keys in looked_up] == [merge.BANDS]  # the band keys of the one new article
    store = open_store(store_url)
    try:
        found = {a.doc: a for a in store.articles()}
        assert found["repost.txt"].duplicate_of == found["wire.txt"].article_id
    finally:
        store.close()


def test_store_session_finds_near_duplicates_within_one_input_and_their_original(store_url):
    store = open_store(store_url)
    try:
        session = pipeline.Session(store, Settings(db=store_url))
        one = [Article("z1", "one.txt", 1, WIRE), Article("b1", "one.txt", 2, REPOST),
               Article("c1", "one.txt", 3, OTHER)]
        marked, signatures = session.mark_duplicates(one)
        assert [a.duplicate_of for a in marked] == [None, "z1", None]  # the input's own articles, not stored yet
        stored_input(store, "one.txt", marked, signatures)
        (again,), _ = session.mark_duplicates([Article("d1", "two.txt", 1, REPOST)])
        assert again.duplicate_of == "z1"  # b1 comes first, and b1 repeats z1
        (fresh,), _ = session.mark_duplicates([Article("e1", "two.txt", 1, OTHER + " Officials agreed.")])
        assert fresh.duplicate_of == "c1"
    finally:
        store.close()


def test_store_rerun_of_an_input_replaces_its_signatures_and_band_keys(store_url):
    store = open_store(store_url)
    try:
        wire, other = merge.signature(WIRE), merge.signature(OTHER)
        stored_input(store, "one.txt", [Article("a1", "one.txt", 1, WIRE)], {"a1": wire})
        assert store.signatures_sharing(merge.band_keys(wire)) == [("a1", wire)]
        for _ in range(2):  # a rerun with other articles, then with the same
            stored_input(store, "one.txt", [Article("a2", "one.txt", 1, OTHER)], {"a2": other})
        assert store.signatures_sharing(merge.band_keys(wire)) == []
        assert store.signatures_sharing(merge.band_keys(other)) == [("a2", other)]
        counts = [store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("signatures", "signature_bands")]
        assert counts == [1, merge.BANDS]
    finally:
        store.close()


def test_store_from_migration_010_fills_the_band_keys_of_stored_signatures(store_url, monkeypatch):
    signed = {"a1": merge.signature(WIRE), "a2": merge.signature(OTHER)}
    with monkeypatch.context() as patch:  # a store as migration 010 left it: signatures without band keys
        as_of(patch, 10)
        old = open_store(store_url)
        stored_input(old, "one.txt", [Article("a1", "one.txt", 1, WIRE), Article("a2", "one.txt", 2, OTHER)])
        for article_id, data in [*signed.items(), ("gone", signed["a1"])]:  # "gone": an article deleted since
            old.db.execute("INSERT INTO signatures (article_id, minhash) VALUES (?, ?)", [article_id, data])
        assert old.schema_version() == 10
        old.close()
    monkeypatch.setattr(SQLStore, "FILL_BATCH", 1)
    store = open_store(store_url)
    try:
        assert store.schema_version() == max(v for v, _, _ in rows.migrations(store.MIGRATIONS))
        assert store.signatures_sharing(merge.band_keys(signed["a1"])) == [("a1", signed["a1"])]
        assert store.db.execute("SELECT count(*) FROM signature_bands").fetchone()[0] == 2 * merge.BANDS
        (repost,), _ = pipeline.Session(store, Settings(db=store_url)).mark_duplicates(
            [Article("b1", "two.txt", 1, REPOST)])
        assert repost.duplicate_of == "a1"
    finally:
        store.close()
