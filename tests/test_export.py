"""The event export keeps to the contract (docs/event-schema.md), field by field."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from tidings.cli import cli

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"occurred", "planned", "requested", "denied", "hypothetical"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, seeds_dir):
    db = str(tmp_path_factory.mktemp("export") / "s.duckdb")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "ingest", str(seeds_dir)]).exit_code == 0
    return db, runner


def export(seeded, *args):
    db, runner = seeded
    result = runner.invoke(cli, ["--db", db, "export", "events", *args])
    assert result.exit_code == 0, result.output
    return result.output


def check_actor(actor):
    assert set(actor) >= {"name", "country", "org", "sector", "role", "actor_id"}
    assert actor["name"] and (actor["country"] or actor["org"])
    assert actor["country"] is None or re.fullmatch(r"[A-Z]{3}", actor["country"])


def test_export_events_fields_follow_the_contract(seeded):
    events = [json.loads(line) for line in export(seeded, "--format", "jsonl").splitlines()]
    assert events
    bodies = {}
    db, runner = seeded
    for line in runner.invoke(cli, ["--db", db, "export", "articles"]).output.splitlines():
        article = json.loads(line)
        bodies[article["article_id"]] = article["body"]
    for e in events:
        assert e["type"] in PLOVER and e["status"] in STATUSES
        assert e["quad_class"] in (1, 2, 3, 4) and -10 <= e["goldstein"] <= 10
        assert isinstance(e["contexts"], list) and isinstance(e["symmetric"], bool)
        assert e["date"] is None or DATE.match(e["date"])
        assert e["date_basis"] in (None, "explicit", "relative", "publication")
        assert (e["date"] is None) == (e["date_basis"] is None)
        assert 0 <= e["confidence"] <= 1
        check_actor(e["source"])
        if e["target"] is not None:
            check_actor(e["target"])
        assert e["num_mentions"] == len(e["mentions"]) >= 1
        assert e["num_articles"] == len({m["article_id"] for m in e["mentions"]})
        assert 1 <= e["num_sources"] <= e["num_articles"]
        for m in e["mentions"]:
            assert bodies[m["article_id"]][m["start"]:m["end"]] == m["sentence"]
            assert m["trigger"] and m["doc"]
    assert len({e["event_id"] for e in events}) == len(events)


def test_export_events_ids_are_stable_and_csv_has_the_same_events(seeded):
    first, second = export(seeded), export(seeded)
    assert first == second
    rows = list(csv.DictReader(io.StringIO(export(seeded, "--format", "csv"))))
    assert [r["event_id"] for r in rows] == [json.loads(line)["event_id"] for line in first.splitlines()]


def test_export_events_threshold_filters_low_confidence(seeded):
    everything = export(seeded, "--min-confidence", "0").splitlines()
    confident = export(seeded, "--min-confidence", "0.9").splitlines()
    assert len(confident) < len(everything)
    assert all(json.loads(line)["confidence"] >= 0.9 for line in confident)


def test_export_recode_gives_the_same_events(seeded, monkeypatch):
    from tidings import pipeline

    before = export(seeded)
    db, runner = seeded
    # spaCy in this process, reports merged two articles at a time; spaCy in worker processes, merged all at once
    for workers, at_a_time in (("1", 2), ("2", pipeline.RECODE_ARTICLES)):
        monkeypatch.setattr(pipeline, "RECODE_ARTICLES", at_a_time)
        result = runner.invoke(cli, ["--db", db, "recode", "--workers", workers])
        assert result.exit_code == 0 and "Recoded" in result.output
        assert export(seeded) == before


def test_export_events_table_filters(seeded):
    db, runner = seeded
    result = runner.invoke(cli, ["--db", db, "events", "--actor", "RUS", "--type", "consult", "--since", "2025"])
    assert result.exit_code == 0
    assert "CONSULT" in result.output and "ASSAULT" not in result.output


def test_export_events_with_filters_is_the_filtered_set(seeded):
    chosen = [json.loads(line) for line in export(seeded, "--actor", "Pakistan", "--type", "CONSULT",
                                                  "--since", "2025", "--sort", "-date").splitlines()]
    assert chosen and all(e["type"] == "CONSULT" and "PAK" in (e["source"]["country"], (e["target"] or {}).get("country"))
                          and e["date"] >= "2025" for e in chosen)
    assert [e["date"] for e in chosen] == sorted((e["date"] for e in chosen), reverse=True)
    db, runner = seeded
    assert runner.invoke(cli, ["--db", db, "export", "events", "--since", "2025-13"]).exit_code == 2
    assert runner.invoke(cli, ["--db", db, "export", "events", "--quad-class", "5"]).exit_code == 2


GDELT_FEED = [
    {"doc": "g1", "published": "2025-03-04", "url": "https://news.example.org/chile-peru",
     "text": "Chile and Peru held talks in Lima on Monday."},
    {"doc": "g2", "published": "2025-03-20", "text": "Chile condemned Peru over the fishing dispute in March."},
    {"doc": "g3", "published": "2025-03-21", "text": "Chile sent troops to Bolivia, officials in Chile said."},
    {"doc": "g4", "text": "Kenya accused Uganda of shelling the border town in Kenya."},
]


def test_export_gdelt_dates_urls_and_country_places(tmp_path):
    from tidings.export import GDELT_COLUMNS
    from tidings.geo import centroid

    feed = tmp_path / "g.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in GDELT_FEED) + "\n", encoding="utf-8")
    db = str(tmp_path / "g.duckdb")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "ingest", str(feed)]).exit_code == 0
    lines = runner.invoke(cli, ["--db", db, "export", "events", "--format", "gdelt", "--min-confidence", "0"]).output
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in lines.splitlines()]
    events = {e["event_id"][:15]: e for e in map(json.loads, runner.invoke(
        cli, ["--db", db, "export", "events", "--min-confidence", "0"]).output.splitlines())}
    assert rows and all(re.fullmatch(r"\d{8}", r["SQLDATE"]) for r in rows)  # always filled
    assert all(re.fullmatch(r"\d{14}", r["DATEADDED"]) for r in rows)
    by_doc = {events[f"{int(r['GLOBALEVENTID']):015x}"]["mentions"][0]["doc"]: r for r in rows}
    talks, blame, undated = by_doc["g1"], by_doc["g2"], by_doc["g4"]
    assert talks["SOURCEURL"] == "https://news.example.org/chile-peru" and talks["SQLDATE"] == "20250303"
    assert talks["ActionGeo_Type"] == "4" and talks["ActionGeo_FullName"] == "Lima"
    assert blame["SOURCEURL"] == "g2" and blame["SQLDATE"] == "20250320"  # "in March": the publication day
    assert undated["SQLDATE"] == undated["DATEADDED"][:8]  # no date, no publication date: the day it was stored
    assert undated["ActionGeo_Type"] == "1" and undated["ActionGeo_FullName"] == "Kenya"
    assert (float(undated["ActionGeo_Lat"]), float(undated["ActionGeo_Long"])) == centroid("KEN")
