"""The command line: help, version, exit statuses, exports and the error listing."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from tidings import __version__
from tidings.cli import cli

from .conftest import FIXTURES, ROOT

PAGES = FIXTURES / "pages"


@pytest.fixture
def run(db):
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, ["--db", db, *args])


def test_cli_version_and_help():
    runner = CliRunner()
    assert __version__ in runner.invoke(cli, ["--version"]).output
    top = runner.invoke(cli, ["--help"])
    assert top.exit_code == 0
    for name, command in cli.commands.items():
        assert name in top.output
        helped = runner.invoke(cli, [name, "--help"])
        assert helped.exit_code == 0 and len(command.help or "") > 20, name


def test_cli_ingest_all_good_exits_0_and_reports(run):
    result = run("ingest", str(PAGES))
    assert result.exit_code == 0, result.output
    assert "new article(s) stored" in result.output
    again = run("ingest", str(PAGES))
    assert again.exit_code == 0 and "Already in the store" in again.output and "0 new article" in again.output


def test_cli_ingest_with_rejections_exits_1_and_keeps_the_rest(run, tmp_path):
    (tmp_path / "good.txt").write_text((PAGES / "agency_wire.txt").read_text("utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bad.jsonl").write_text('{"text": "Laos and Vietnam held talks on Monday."}\n{oops\n', encoding="utf-8")
    result = run("ingest", str(tmp_path))
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output and "bad.jsonl:2: not valid JSON" in result.output
    assert "2 new article(s)" in result.output
    listed = run("errors")
    assert listed.exit_code == 0
    assert listed.output.splitlines() == ["bad.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
                                          "empty.txt: empty file"]


def test_cli_usage_error_exits_2(run):
    assert run("ingest").exit_code == 2
    assert run("export", "articles", "--format", "xml").exit_code == 2
    assert run("ingest", "--fetched-at", "yesterday", str(PAGES)).exit_code == 2


def test_cli_export_articles_jsonl_and_csv(run, tmp_path):
    run("ingest", str(PAGES / "two_stories.txt"))
    lines = run("export", "articles", "--format", "jsonl").output.splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["index"] for r in rows] == [1, 2]
    assert set(rows[0]) >= {"article_id", "doc", "index", "title", "published", "dateline", "publisher",
                            "lead", "captions", "body", "language"}
    out = tmp_path / "articles.csv"
    assert run("export", "articles", "--format", "csv", "--out", str(out)).exit_code == 0
    table = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert [r["title"] for r in table] == [r["title"] for r in rows]
    assert json.loads(table[0]["lead"]) == rows[0]["lead"]


def test_cli_db_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("TIDINGS_DB", str(tmp_path / "env.duckdb"))
    assert CliRunner().invoke(cli, ["ingest", str(PAGES / "agency_wire.txt")]).exit_code == 0
    assert (tmp_path / "env.duckdb").exists()


def test_cli_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "make test" in readme and "make test" in ci


def test_cli_bench_prints_throughput_cpu_memory_and_stages():
    result = CliRunner().invoke(cli, ["bench", "--articles", "6", "--workers", "1", "--fast", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["articles"] == 6 and figures["events"] > 0 and figures["articles_per_second"] > 0
    assert figures["cpu_ms_per_article"] > 0 and figures["peak_pss_mb"] > 100  # the model alone is larger
    assert {"nlp", "actors", "events", "dates", "store", "ingest"} <= set(figures["stages"])


def seeded(seed_store, *args, columns=120):
    result = CliRunner(env={"COLUMNS": str(columns)}).invoke(cli, ["--db", seed_store, *args])
    return result


def test_cli_tables_show_ids_that_show_accepts_as_prefixes(seed_store):
    table = seeded(seed_store, "events", "--actor", "RUS", "--limit", "3").stdout
    ids = re.findall(r"^│ ([0-9a-f]{10}) ", table, re.M)
    assert len(ids) == 3
    shown = seeded(seed_store, "show", ids[0][:8])
    assert shown.exit_code == 0 and shown.stdout.startswith(ids[0])
    assert seeded(seed_store, "show", "").exit_code == 1 and "several events" in seeded(seed_store, "show", "").output
    for command in (["summary"], ["timeline", "PAK", "RUS"], ["commitments", "PAK", "RUS"]):
        assert re.search(r"^│ [0-9a-f]{10} ", seeded(seed_store, *command).stdout, re.M), command


def test_cli_actor_matches_surnames_names_and_codes_alike(seed_store):
    def ids(*args):
        rows = json.loads(seeded(seed_store, "events", *args, "--limit", "500", "--format", "json").stdout)
        return {r["event_id"] for r in rows}

    assert ids("--actor", "Pakistan") == ids("--actor", "PAK") == ids("--actor", "pakistani")
    lavrov = ids("--actor", "Lavrov")
    assert lavrov and lavrov == ids("--actor", "Sergey Lavrov") and lavrov < ids("--actor", "RUS")
    timeline = json.loads(seeded(seed_store, "timeline", "Lavrov", "Pakistan", "--format", "json").stdout)
    assert timeline and {r["event_id"] for r in timeline} <= lavrov
    unknown = seeded(seed_store, "events", "--actor", "Nobody Anywhere")
    assert unknown.exit_code == 0 and "No actor" in unknown.output


def test_cli_limit_says_how_many_more(seed_store):
    total = len(json.loads(seeded(seed_store, "events", "--limit", "500", "--format", "json").stdout))
    cut = seeded(seed_store, "events", "--limit", "4")
    assert f"… and {total - 4} more" in cut.stdout
    assert "more" not in seeded(seed_store, "events", "--limit", "500").stdout.splitlines()[-1]
    listed = seeded(seed_store, "summary", "--limit", "2").stdout
    assert "… and 5 more" in listed
    as_json = seeded(seed_store, "dyads", "--limit", "1", "--format", "json")
    assert len(json.loads(as_json.stdout)) == 1 and "more" in as_json.stderr


def test_cli_tables_fit_the_terminal(seed_store):
    for columns in (80, 160):
        for command in (["summary"], ["events"], ["commitments"], ["timeline", "PAK"], ["actors"]):
            output = seeded(seed_store, *command, columns=columns).stdout
            lines = [line for line in output.splitlines() if line.startswith("│")]
            assert lines and all(len(line) <= columns for line in lines), (command, columns)
            widest = max(len(cell.strip()) for line in lines for cell in line.split("│")[1:-1])
            assert widest >= 20, (command, columns)  # the text column is not squeezed to a few letters


@pytest.mark.parametrize("args", [["events", "--type", "PARADE"], ["events", "--quad-class", "7"],
                                  ["events", "--since", "2025-13"], ["events", "--until", "soon"],
                                  ["events", "--sort", "colour"], ["events", "--limit", "0"],
                                  ["commitments", "--status", "forgotten"], ["export", "events", "--status", "x"]])
def test_cli_new_options_are_checked(seed_store, args):
    result = seeded(seed_store, *args)
    assert result.exit_code == 2 and "Invalid value" in result.output


def test_cli_export_commitments(seed_store, tmp_path):
    out = tmp_path / "promises.csv"
    assert seeded(seed_store, "export", "commitments", "--format", "csv", "--out", str(out)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert rows and {"commitment_id", "what", "due", "precision", "commitment_status", "sentence"} <= set(rows[0])
    lines = seeded(seed_store, "export", "commitments", "--actor", "PAK", "--with", "RUS").stdout.splitlines()
    assert len(lines) == len(json.loads(seeded(seed_store, "commitments", "PAK", "RUS", "--format", "json").stdout))
