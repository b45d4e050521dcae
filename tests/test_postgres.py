"""The PostgreSQL store gives the same articles, events and analyses as DuckDB, and a writer
waits for another's uncommitted input so that their reports of one event merge."""
from __future__ import annotations

import json
import threading
from dataclasses import replace

import pytest
from click.testing import CliRunner

from tidings import merge, pipeline
from tidings.cli import cli
from tidings.settings import Settings
from tidings.store import ActorMatch, EventFilter, open_store
from tidings.store.postgres import PostgresStore

from .conftest import postgres_database


def tidings(db, *args) -> str:
    result = CliRunner().invoke(cli, ["--db", db, *map(str, args)])
    assert result.exit_code == 0, result.output
    return result.output


def exported(db, what="events") -> list[dict]:
    extra = ["--min-confidence", "0"] if what == "events" else []
    return [json.loads(line) for line in tidings(db, "export", what, *extra).splitlines()]


@pytest.fixture(scope="module")
def seeded_duckdb(tmp_path_factory, seeds_dir) -> str:
    db = str(tmp_path_factory.mktemp("pg") / "seeds.duckdb")
    tidings(db, "ingest", seeds_dir)
    return db


def test_postgres_seeds_give_the_same_export_as_duckdb(postgres_server, seeded_duckdb, seeds_dir):
    url = postgres_database(postgres_server)
    tidings(url, "ingest", seeds_dir)
    events = exported(url)
    assert events and events == exported(seeded_duckdb)
    assert exported(url, "articles") == exported(seeded_duckdb, "articles")
    assert tidings(url, "dyads") == tidings(seeded_duckdb, "dyads")
    tidings(url, "recode")
    assert exported(url) == events


def test_postgres_store_answers_queries_like_duckdb(postgres_server, seeded_duckdb, seeds_dir):
    url = postgres_database(postgres_server.replace("postgresql://", "postgres://"))
    tidings(url, "ingest", seeds_dir)
    pg, duck = open_store(url, read_only=True), open_store(seeded_duckdb, read_only=True)
    try:
        assert isinstance(pg, PostgresStore)
        (a, b) = (pg.dyads(limit=1)[0][k] for k in ("a", "b"))
        pair = EventFilter(actors=(ActorMatch.code(a), ActorMatch.code(b)), pair=True)
        for store_query in (lambda s: s.actor_table(), lambda s: s.volume(by="day"),
                            lambda s: list(s.events(EventFilter(text='minister "foreign minister"'))),
                            lambda s: list(s.events(EventFilter(quad_class=1, status="occurred"), sort="-confidence",
                                                    limit=5, offset=2)),
                            lambda s: s.count_events(EventFilter(type="CONSULT")), lambda s: s.places(),
                            lambda s: s.roles(pair), lambda s: s.ids("event", "a"),
                            lambda s: s.relation_index(pair), lambda s: list(s.events(replace(pair, since="2025"))),
                            lambda s: s.known_names(), lambda s: s.counts(),
                            lambda s: s.signatures_sharing(key for x in s.articles()
                                                           for key in merge.band_keys(merge.signature(x.body)))):
            assert store_query(pg) == store_query(duck)
        with pytest.raises(Exception, match="read-only"):
            pg.clear_coding()
    finally:
        pg.close()
        duck.close()


GULF = "{title}\n\nUpdated 02 June 2025\n\n{dateline}: {text}\n"
REPORTS = {
    "a.txt": GULF.format(title="Gulf talks resume", dateline="DOHA",
                         text="Qatar and Kuwait on Monday agreed to resume talks on a shared gas field, officials said."),
    "b.txt": GULF.format(title="Neighbours back at the table", dateline="KUWAIT CITY",
                         text="Kuwait and Qatar agreed on Monday to resume negotiations over the disputed offshore "
                              "gas field, the foreign ministry said in a statement."),
}


def test_postgres_writer_waits_for_the_other_and_merges_its_reports(postgres_server, tmp_path):
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    url = postgres_database(postgres_server)
    first, second = open_store(url), open_store(url)
    settings = Settings(db=url)
    try:
        with first.transaction():  # the first worker has merged its report but not committed yet
            pipeline.run([str(tmp_path / "a.txt")], first, settings)
            other = threading.Thread(target=pipeline.run, args=([str(tmp_path / "b.txt")], second, settings))
            other.start()
            other.join(timeout=3)
            assert other.is_alive()  # waiting for the store's write lock
        other.join(timeout=60)
        (event,) = first.events()
        assert sorted(m.doc for m in event.mentions) == ["a.txt", "b.txt"]
    finally:
        first.close()
        second.close()


def test_postgres_a_database_that_does_not_exist_is_no_store(postgres_server):
    from click.testing import CliRunner

    from tidings.cli import cli

    result = CliRunner().invoke(cli, ["--db", f"{postgres_server}/no_such_store", "summary"])
    assert result.exit_code == 2 and "no store at" in result.output and "does not exist" in result.output, result.output
