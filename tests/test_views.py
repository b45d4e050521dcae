"""The analyst's views on the command line: timeline, dyads, index, actors, commitments, and the
GDELT and Parquet exports."""
from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest
from click.testing import CliRunner

from tidings.cli import cli
from tidings.export import GDELT_COLUMNS


@pytest.fixture(scope="module")
def seeded(seed_store):
    return seed_store


def run(db, *args):
    result = CliRunner().invoke(cli, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.output


def rows(db, *args):
    result = CliRunner().invoke(cli, ["--db", db, *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_views_timeline_of_a_relation_in_date_order(seeded):
    timeline = rows(seeded, "timeline", "PAK", "RUS")
    dates = [r["date"] for r in timeline if r["date"]]
    assert dates == sorted(dates)
    for wanted in ("2023-11-16", "2024-10", "2025-02-25", "2025-04-22", "2025-06-03"):
        assert wanted in dates
    assert [d for d in dates if d in ("2023-11-16", "2024-10", "2025-02-25", "2025-04-22", "2025-06-03")][:1] == ["2023-11-16"]
    assert all({r["source_key"], r["target_key"]} == {"PAK", "RUS"} for r in timeline)
    assert all(r["summary"] and r["outlets"] for r in timeline)
    since = rows(seeded, "timeline", "PAK", "RUS", "--since", "2025-04", "--until", "2025-05")
    assert {r["date"][:7] for r in since} == {"2025-04"}


def test_views_timeline_csv_and_table(seeded):
    table = list(csv.DictReader(io.StringIO(run(seeded, "timeline", "RUS", "--format", "csv"))))
    assert table and {"date", "type", "summary"} <= set(table[0])
    assert "CONSULT" in run(seeded, "timeline", "PAK", "RUS")


def test_views_dyads_rank_pairs_with_quad_counts(seeded):
    dyads = rows(seeded, "dyads")
    top = dyads[0]
    assert {top["a"], top["b"]} == {"PAK", "RUS"}
    assert top["events"] == sum(top[f"quad{q}"] for q in (1, 2, 3, 4))
    assert [d["events"] for d in dyads] == sorted((d["events"] for d in dyads), reverse=True)


def test_views_index_is_the_source_weighted_mean_goldstein(seeded):
    index = rows(seeded, "index", "PAK", "RUS", "--by", "month")
    assert [r["period"] for r in index] == sorted(r["period"] for r in index)
    events = [json.loads(line) for line in run(seeded, "export", "events").splitlines()]
    pair = [e for e in events if {e["source"]["country"], (e["target"] or {}).get("country")} == {"PAK", "RUS"}
            and e["date"] and e["date"].startswith("2025-02")]
    (february,) = [r for r in index if r["period"] == "2025-02"]
    expected = sum(e["goldstein"] * e["num_sources"] for e in pair) / sum(e["num_sources"] for e in pair)
    assert february["index"] == pytest.approx(expected, abs=0.01)
    assert all(-10 <= r["index"] <= 10 for r in index)


def test_views_actors_with_roles(seeded):
    actors = rows(seeded, "actors", "--country", "RUS")
    assert all(a["country"] == "RUS" for a in actors)
    assert any(a["name"] == "Sergey Lavrov" and "Foreign Minister" in (a["roles"] or "") for a in actors)


@pytest.mark.parametrize("as_of, status", [("2025-05-01", "open"), ("2026-03-01", "due"), ("2027-01-01", "overdue")])
def test_views_commitments_due_dates(seeded, as_of, status):
    found = rows(seeded, "commitments", "PAK", "RUS", "--as-of", as_of)
    (meeting,) = [c for c in found if c["due"] == "2026"]
    assert meeting["promised"] == "CONSULT" and meeting["precision"] == "year" and "meeting" in meeting["what"]
    assert meeting["commitment_status"] == status and meeting["stated"] == "2025-04-22"


def test_views_commitment_kept_by_a_later_event(tmp_path):
    db = str(tmp_path / "k.duckdb")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"doc": "a", "published": "2025-03-03", "text": "Chile and Peru agreed to hold talks in April 2025."},
        {"doc": "b", "published": "2025-04-10", "text": "Chile and Peru held talks in Lima on Wednesday."},
    ]) + "\n")
    run(db, "ingest", str(feed))
    (promise,) = rows(db, "commitments", "CHL", "PER", "--as-of", "2025-05-01")
    assert promise["commitment_status"] == "kept" and promise["kept_by"]
    assert json.loads(run(db, "show", promise["kept_by"], "--json"))["type"] == "CONSULT"


def test_views_export_gdelt_layout(seeded):
    lines = run(seeded, "export", "events", "--format", "gdelt").splitlines()
    assert lines and all(len(line.split("\t")) == len(GDELT_COLUMNS) == 61 for line in lines)
    first = dict(zip(GDELT_COLUMNS, lines[0].split("\t")))
    assert first["EventRootCode"] == first["EventCode"][:2] and first["QuadClass"] in "1234"


def test_views_export_parquet_round_trip(seeded, tmp_path):
    out = tmp_path / "events.parquet"
    run(seeded, "export", "events", "--format", "parquet", "--out", str(out))
    count = len(run(seeded, "export", "events").splitlines())
    assert duckdb.execute(f"SELECT count(*) FROM '{out}'").fetchone()[0] == count
    assert duckdb.execute(f"SELECT count(*) FROM '{out}' WHERE len(mentions) >= 1").fetchone()[0] == count
