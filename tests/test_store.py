"""The store, on DuckDB and on PostgreSQL: migrations, verbatim inputs, idempotent and transactional ingest."""
from __future__ import annotations

import pytest

from tidings import pipeline
from tidings.settings import Settings
from tidings.store import open_store
from tidings.store import rows

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
    assert {k: store.counts()[k] for k in ("sources", "articles", "rejections")} == {"sources": 1, "articles": 0, "rejections": 0}
    store.close()
    rerun = ingest(store_url, tmp_path / "one.txt")
    assert rerun.articles == 1 and not rerun.unchanged


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
