"""One event, many reports: merging across articles, duplicates and incremental runs, checked
through the export."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tidings.cli import cli

from .conftest import FIXTURES


def ingest(db, *paths):
    result = CliRunner().invoke(cli, ["--db", db, "ingest", *map(str, paths)])
    assert result.exit_code == 0, result.output
    return result.output


def exported(db, what="events"):
    extra = ["--min-confidence", "0"] if what == "events" else []
    result = CliRunner().invoke(cli, ["--db", db, "export", what, *extra])
    assert result.exit_code == 0
    return [json.loads(line) for line in result.output.splitlines()]


def essence(events):
    """Events up to ids: type, actors, date, status and the set of sentences reporting them."""
    return sorted(json.dumps([e["type"], e["source"]["country"] or e["source"]["org"],
                              (e["target"] or {}).get("country") or (e["target"] or {}).get("org"), e["date"],
                              e["status"], sorted((m["doc"], m["start"], m["trigger"]) for m in e["mentions"])])
                  for e in events)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, seeds_dir):
    db = str(tmp_path_factory.mktemp("merge") / "s.duckdb")
    ingest(db, seeds_dir)
    return db


def test_merge_reports_one_meeting_two_outlets(seeded):
    meetings = [e for e in exported(seeded) if e["type"] == "CONSULT" and e["date"] == "2025-02-25"
                and {e["source"]["country"], e["target"]["country"]} == {"PAK", "RUS"}]
    assert len(meetings) == 1
    (meeting,) = meetings
    assert meeting["num_articles"] == 2 and meeting["num_sources"] == 2
    assert {m["doc"] for m in meeting["mentions"]} == {"001_ba01c32118e2ff84.txt", "004_53607a89839be904.txt"}


def test_merge_reports_attack_recalled_in_two_files(seeded):
    attacks = [e for e in exported(seeded) if e["type"] == "ASSAULT" and e["date"] == "2024-03-22"]
    assert len(attacks) == 1
    assert {m["doc"] for m in attacks[0]["mentions"]} == {"000_5883e2fc2dd893d6.txt", "001_ba01c32118e2ff84.txt"}


def test_merge_reports_same_events_whatever_the_order_and_reruns(seeded, seeds_dir, tmp_path):
    reference = exported(seeded)
    ingest(seeded, seeds_dir)
    assert exported(seeded) == reference
    backwards = str(tmp_path / "backwards.duckdb")
    for path in sorted(seeds_dir.iterdir(), reverse=True):
        ingest(backwards, path)
    assert essence(exported(backwards)) == essence(reference)


def test_merge_reports_existing_ids_survive_new_reports(seeds_dir, tmp_path):
    db = str(tmp_path / "s.duckdb")
    ingest(db, seeds_dir / "004_53607a89839be904.txt")
    before = {e["event_id"]: e for e in exported(db)}
    ingest(db, seeds_dir / "001_ba01c32118e2ff84.txt")
    after = {e["event_id"]: e for e in exported(db)}
    assert set(before) <= set(after)
    assert any(after[i]["num_articles"] == 2 for i in before)


def test_merge_reports_near_duplicate_adds_mentions_not_events(tmp_path):
    db = str(tmp_path / "s.duckdb")
    folder = FIXTURES / "syndicated"
    ingest(db, folder / "wire.txt")
    alone = exported(db)
    ingest(db, folder / "repost.txt")
    articles = {a["doc"]: a for a in exported(db, "articles")}
    assert articles["repost.txt"]["duplicate_of"] == articles["wire.txt"]["article_id"]
    together = exported(db)
    assert len(together) == len(alone)
    assert all(e["num_articles"] == 2 for e in together)


def test_merge_reports_show_explains_the_merge(seeded):
    (meeting,) = [e for e in exported(seeded) if e["type"] == "CONSULT" and e["num_articles"] == 2]
    result = CliRunner().invoke(cli, ["--db", seeded, "show", meeting["event_id"]])
    assert result.exit_code == 0
    assert "merged:" in result.output and "2 article(s)" in result.output
    for mention in meeting["mentions"]:
        assert mention["sentence"] in result.output
    missing = CliRunner().invoke(cli, ["--db", seeded, "show", "nope"])
    assert missing.exit_code == 2 and "no event" in missing.output
