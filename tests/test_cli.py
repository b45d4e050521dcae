"""The command line: help, version, exit statuses, exports and the error listing."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing

import pytest
from click.testing import CliRunner

from tidings import __version__
from tidings.cli import cli

from .conftest import FIXTURES, ROOT, tidings_command, unprivileged

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
    assert seeded(seed_store, "show", "").exit_code == 2 and "several events" in seeded(seed_store, "show", "").output
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


def test_cli_bench_measures_a_jsonl_corpus_beside_plain_spacy(tmp_path):
    from tidings import bench

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in bench.generate(5)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["bench", "--input", str(corpus), "--workers", "1", "--baseline", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    plain = figures["plain_spacy"]
    assert figures["articles"] == plain["articles"] == 5 and figures["events"] > 0
    assert plain["articles_per_second_after_loading"] >= plain["articles_per_second"] > 0
    # a spaCy process holds tens of MB of its own even when other processes share its pages
    assert plain["peak_pss_mb"] > 50 and plain["cpu_ms_per_article"] > 0 and figures["times_plain_spacy"] > 0


def test_cli_unreadable_folders_are_rejected_and_the_rest_stored(tmp_path):
    good = (PAGES / "agency_wire.txt").read_text("utf-8")
    folder, given, other = tmp_path / "in", tmp_path / "closed", tmp_path / "other"
    locked, searchless = folder / "locked", folder / "searchless"  # not listed; listed, but not entered
    for made in (locked, searchless, given, other):
        made.mkdir(parents=True)
    (folder / "good.txt").write_text(good, encoding="utf-8")
    (locked / "hidden-away.txt").write_text(good.replace("Oslo", "Bergen"), encoding="utf-8")
    (searchless / "out-of-reach.txt").write_text(good.replace("Oslo", "Alta"), encoding="utf-8")
    (given / "also.txt").write_text(good.replace("Oslo", "Tromso"), encoding="utf-8")
    for secret in (folder / "secret.txt", other / "secret.txt"):  # one name in two folders: two inputs
        secret.write_text(good.replace("Oslo", "Narvik"), encoding="utf-8")
        secret.chmod(0)
    for closed, mode in ((locked, 0), (given, 0), (searchless, 0o444)):
        closed.chmod(mode)
    db = str(tmp_path / "s.duckdb")
    try:
        result = subprocess.run([*unprivileged(), *tidings_command(), "--db", db, "ingest", "--workers", "1",
                                 str(folder), str(given), str(other), str(searchless / "out-of-reach.txt")],
                                capture_output=True, text=True, timeout=300)
    finally:
        for closed in (locked, given, searchless):
            closed.chmod(0o755)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert f"{locked}: cannot read folder: Permission denied" in result.stdout
    assert f"{given}: cannot read folder: Permission denied" in result.stdout
    assert "Read 1 file(s): 1 new article(s) stored" in result.stdout
    listed = CliRunner().invoke(cli, ["--db", db, "errors"]).output.splitlines()
    assert listed == [f"{locked}: cannot read folder: Permission denied",
                      f"{searchless / 'out-of-reach.txt'}: cannot read: Permission denied",
                      f"{folder / 'secret.txt'}: cannot read file: Permission denied",
                      f"{given}: cannot read folder: Permission denied",
                      f"{other / 'secret.txt'}: cannot read file: Permission denied"]  # (a path named twice, once)


def test_cli_the_same_bytes_under_two_names_are_read_once_and_rejected_under_each(run, tmp_path):
    first, later = tmp_path / "first", tmp_path / "later"
    for folder in (first, later):
        folder.mkdir()
    wire = (PAGES / "agency_wire.txt").read_bytes()
    for name in ("a.txt", "copy.txt"):
        (first / name).write_bytes(wire)
    for folder, name in ((first, "empty.txt"), (first, "void.txt"), (later, "blank.txt")):
        (folder / name).write_bytes(b"")
    result = run("ingest", str(first), str(first / "a.txt"))
    assert result.exit_code == 1
    assert "Read 5 file(s): 1 new article(s) stored" in result.output  # (a.txt three times: one article)
    assert "empty.txt: empty file" in result.output and "void.txt: empty file" in result.output
    again = run("ingest", str(later))
    assert again.exit_code == 1 and "blank.txt: empty file" in again.output
    assert run("errors").output.splitlines() == ["empty.txt: empty file", "void.txt: empty file", "blank.txt: empty file"]
    assert "1 article(s) from 2 input(s)" in run("summary").output


@pytest.mark.parametrize("stored_at_once", [False, True])
def test_cli_a_partly_rejected_input_copied_is_rejected_in_part_under_each_name(run, tmp_path, monkeypatch,
                                                                                 stored_at_once):
    """A copy of an input stored with some records rejected: each rejected record is listed under
    the copy's name too, whether the first copy was stored in this run already, in an earlier run,
    or not yet; a rejection that names a record itself is listed once, as it is."""
    if stored_at_once:
        monkeypatch.setattr("tidings.pipeline.SAVE_ARTICLES", 1)  # each input stored before the next is read
    good = json.dumps({"text": (PAGES / "agency_wire.txt").read_text("utf-8")})
    furniture = json.dumps({"doc": "story-7", "text": "Share on Facebook\nShort Url"})  # names itself
    lines = f"{good}\n{{oops\n{furniture}\n"
    first, later = tmp_path / "first", tmp_path / "later"
    for folder in (first, later):
        folder.mkdir()
    for folder, name in ((first, "a.jsonl"), (first, "b.jsonl"), (later, "c.jsonl")):
        (folder / name).write_text(lines, encoding="utf-8")
    result = run("ingest", str(first))
    assert result.exit_code == 1 and "b.jsonl:2: not valid JSON" in result.output, result.output
    assert result.output.count("story-7:3") == 1
    copied = run("ingest", str(later))
    assert copied.exit_code == 1 and "c.jsonl:2: not valid JSON" in copied.output
    assert "a.jsonl" not in copied.output and "b.jsonl" not in copied.output  # (other copies' names)
    again = run("ingest", str(first / "a.jsonl"))  # a rerun under its own name: what it was, once
    assert again.exit_code == 1 and again.output.count("a.jsonl:2: not valid JSON") == 1
    assert "b.jsonl" not in again.output and "c.jsonl" not in again.output
    listed = run("errors").output.splitlines()
    assert [line.split(":")[0] for line in listed if "not valid JSON" in line] == ["a.jsonl", "b.jsonl", "c.jsonl"]
    assert sum("story-7:3: no article text found" in line for line in listed) == 1
    assert "1 article(s) from 1 input(s)" in run("summary").output


def test_cli_an_undecodable_file_name_refused_unread_is_listed(run, tmp_path):
    big = tmp_path / os.fsdecode(b"caf\xe9.txt")
    big.write_text("word " * 1000, encoding="utf-8")
    result = run("ingest", "--max-file-size", "1KB", str(big))
    assert result.exit_code == 1 and "caf\\xe9.txt: file is" in result.output, result.output
    assert "caf\\xe9.txt: file is" in run("errors").output


def test_cli_names_are_printed_with_control_characters_escaped(run, tmp_path):
    (tmp_path / "title\x1b]0;owned\x07.txt").write_bytes(b"")
    (tmp_path / "red\x1b[31m.jsonl").write_text('{"title": "no text"}\n', encoding="utf-8")
    (tmp_path / "flipped\u202etxt.exe.txt").write_bytes(b"")  # shown as "flippedtxt.exe.txt" reversed
    result = run("ingest", str(tmp_path))
    assert result.exit_code == 1 and "\x1b" not in result.output and "\x07" not in result.output
    assert "\u202e" not in result.output and "flipped\\u202etxt.exe.txt: empty file" in result.output
    assert "title\\x1b]0;owned\\x07.txt: empty file" in result.output
    assert "red\\x1b[31m.jsonl:1: record has no text" in result.output
    listed = run("errors").output
    assert "\x1b" not in listed and "title\\x1b]0;owned\\x07.txt: empty file" in listed


def store_error(result, status: int, text: str) -> None:
    """A store error: one line on standard error, naming the reason, with its exit status."""
    assert result.exit_code == status, result.output
    assert result.output.count("\n") == 1 and result.output.startswith("Error: ") and text in result.output, \
        result.output
    assert "Traceback" not in result.output


def test_cli_a_fifo_as_the_store_is_not_a_store(tmp_path):
    os.mkfifo(tmp_path / "pipe.duckdb")  # DuckDB would wait for a writer: in a process of its own, with a timeout
    for command in (["summary"], ["ingest", str(PAGES / "agency_wire.txt")]):
        done = subprocess.run([*tidings_command(), "--db", str(tmp_path / "pipe.duckdb"), *command],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 3 and "is not a Tidings store (not a regular file)" in done.stderr, done.stderr


def test_cli_store_that_is_not_a_store_exits_3(tmp_path):
    runner = CliRunner()
    page = PAGES / "agency_wire.txt"
    folder, other = tmp_path / "folder", tmp_path / "notes.duckdb"
    folder.mkdir()
    other.write_text("not a database\n" * 100)
    foreign = tmp_path / "foreign.duckdb"
    import duckdb

    with duckdb.connect(str(foreign)) as db:
        db.execute("CREATE TABLE prices (item VARCHAR, price DOUBLE)")
    sqlite = tmp_path / "notes.sqlite"  # DuckDB would fetch its SQLite extension from the network
    with closing(sqlite3.connect(sqlite)) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
        db.commit()
    for location, text in ((folder, "is a folder, not a Tidings store"),
                           (other, "is not a Tidings store (not a DuckDB database file)"),
                           (foreign, "is not a Tidings store (a database with other tables: prices)"),
                           (sqlite, "is not a Tidings store (a SQLite database, not a DuckDB database file)")):
        for command in (["summary"], ["errors"], ["ingest", str(page)]):
            store_error(runner.invoke(cli, ["--db", str(location), *command]), 3, text)
    assert other.read_text() == "not a database\n" * 100
    with duckdb.connect(str(foreign), read_only=True) as db:
        assert db.execute("SELECT count(*) FROM information_schema.tables").fetchone()[0] == 1


def test_cli_a_full_disk_mid_run_is_one_line_and_keeps_what_was_stored(tmp_path, monkeypatch):
    """A write the file system refuses in the middle of a run: exit 4, one line, the inputs
    stored before it kept, and a rerun stores the rest."""
    import duckdb

    from tidings import pipeline
    from tidings.store.sql import SQLStore

    folder, db = tmp_path / "in", tmp_path / "t.duckdb"
    folder.mkdir()
    for name, country in (("a.txt", "Peru"), ("b.txt", "Bolivia")):
        (folder / name).write_text(f"Chile and {country} held talks in Santiago on Monday.\n", encoding="utf-8")
    writes = {"n": 0}
    add_reports = SQLStore.add_reports

    def full_after_one(self, reports):
        writes["n"] += 1
        if writes["n"] > 1:
            raise duckdb.IOException('IO Error: Could not write file "t.duckdb.wal": No space left on device')
        return add_reports(self, reports)

    monkeypatch.setattr(SQLStore, "add_reports", full_after_one)
    monkeypatch.setattr(pipeline, "SAVE_ARTICLES", 1)  # each file in a transaction of its own
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(db), "ingest", "--workers", "1", str(folder)])
    store_error(result, 4, f"cannot write the store {db}: no space left on device")
    assert "a rerun goes on from there" in result.output
    monkeypatch.setattr(SQLStore, "add_reports", add_reports)
    articles = lambda: runner.invoke(cli, ["--db", str(db), "export", "articles"]).output.splitlines()  # noqa: E731
    assert len(articles()) == 1
    rerun = runner.invoke(cli, ["--db", str(db), "ingest", "--workers", "1", str(folder)])
    assert rerun.exit_code == 0, rerun.output
    assert len(articles()) == 2


def test_cli_missing_store_exits_2_and_is_not_created(tmp_path):
    runner = CliRunner()
    missing = tmp_path / "no" / "such" / "x.duckdb"
    for command in (["summary"], ["events"], ["errors"], ["dyads"], ["export", "events"], ["serve"]):
        store_error(runner.invoke(cli, ["--db", str(missing), *command]), 2, f"no store at {missing}")
    assert not (tmp_path / "no").exists()


def test_cli_what_cannot_be_done_as_asked_exits_2_with_the_reason(seed_store, tmp_path):
    runner = CliRunner()
    for command, reason in ((["show", "zzzz"], "no event 'zzzz'"), (["show", ""], "several events have ids starting with"),
                            (["export", "events", "--out", str(tmp_path / "no" / "x.jsonl")], "No such file or directory"),
                            (["export", "events", "--type", "RETREAT", "--since", "2030", "--out",
                              str(tmp_path / "no" / "none.jsonl")], "No such file or directory"),  # (nothing to write)
                            (["export", "articles", "--out", str(tmp_path)], "Is a directory")):
        result = runner.invoke(cli, ["--db", seed_store, *command])
        assert result.exit_code == 2 and reason in result.output and result.exception.__class__ is SystemExit, \
            result.output
    with socket.create_server(("127.0.0.1", 0)) as taken:
        result = runner.invoke(cli, ["--db", seed_store, "serve", "--port", str(taken.getsockname()[1])])
    assert result.exit_code == 2 and "cannot listen at 127.0.0.1:" in result.output and "dashboard" not in result.output


def test_cli_an_earlier_export_stays_whole_when_the_command_fails(tmp_path):
    earlier = tmp_path / "events.jsonl"
    earlier.write_text('{"event_id": "kept"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "missing.duckdb"), "export", "events", "--out", str(earlier)])
    assert result.exit_code == 2 and earlier.read_text(encoding="utf-8") == '{"event_id": "kept"}\n'


def test_cli_a_command_started_without_standard_output_ends_well(seed_store):
    done = subprocess.run(["sh", "-c", " ".join([*tidings_command(), "--db", seed_store, "summary", ">&-"])],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr


def test_cli_serve_listens_at_every_address_of_its_host():
    from tidings.cli import _listening

    every = _listening("", 0, "every interface")  # (uvicorn's own binding took them all)
    try:
        assert {s.family for s in every} >= {socket.AF_INET, *([socket.AF_INET6] if socket.has_ipv6 else [])}
    finally:
        for listening in every:
            listening.close()


def test_cli_a_reader_that_stops_early_ends_the_command_quietly(seed_store):
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # (a write may fail only at exit)
    for command in (["summary"], ["events", "--limit", "1000"], ["events", "--format", "csv", "--limit", "100"],
                    ["export", "events"]):
        listing = subprocess.Popen([*tidings_command(), "--db", seed_store, *command], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=buffered)
        listing.stdout.close()  # ``| head -c 0``: every write fails
        assert listing.wait(timeout=120) == 141 and b"Error" not in listing.stderr.read(), command


def test_cli_an_unreachable_database_server_exits_4(tmp_path):
    with socket.create_server(("127.0.0.1", 0)) as free:
        port = free.getsockname()[1]  # closed again: nothing listens there
    result = CliRunner().invoke(cli, ["--db", f"postgresql://nobody@127.0.0.1:{port}/x", "summary"])
    store_error(result, 4, "cannot connect to the store")


def test_cli_read_only_store_is_read_and_cannot_be_written(tmp_path, seeds_dir):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "s.duckdb"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db), "ingest", str(seeds_dir / "000_5883e2fc2dd893d6.txt")]).exit_code == 0
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        def run(*args):
            return subprocess.run([*unprivileged(), *tidings_command(), "--db", str(db), *args],
                                  capture_output=True, text=True, timeout=300)
        summary, ingested = run("summary"), run("ingest", str(seeds_dir))
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    assert summary.returncode == 0 and "article(s) from 1 input(s)" in summary.stdout, summary.stderr
    assert ingested.returncode == 4, ingested.stderr
    assert ingested.stderr.strip() == f"Error: cannot write the store {db}: permission denied"


def hold(db: str, read_only: bool):
    """Another process holding the store, until it is killed; returns it once it holds it."""
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time\n"
                               f"db = duckdb.connect(sys.argv[1], read_only={read_only})\n"
                               "print('holding', flush=True)\ntime.sleep(600)", db], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    return holder


def test_cli_store_held_by_another_process_exits_5_and_ingest_waits_for_it(tmp_path, seeds_dir):
    db, runner = str(tmp_path / "s.duckdb"), CliRunner()
    seed = str(seeds_dir / "000_5883e2fc2dd893d6.txt")
    assert runner.invoke(cli, ["--db", db, "ingest", seed]).exit_code == 0
    writer = hold(db, read_only=False)  # another ingest
    try:
        store_error(runner.invoke(cli, ["--db", db, "summary"]), 5, "a retry once it is done will work")
        store_error(runner.invoke(cli, ["--db", db, "ingest", "--lock-timeout", "0.5", str(seeds_dir)]), 5,
                    "is in use by another process (python")
    finally:
        writer.kill()
        writer.wait()
    assert runner.invoke(cli, ["--db", db, "errors"]).output == "No rejected input.\n"
    reader = hold(db, read_only=True)  # the dashboard answering a request
    threading.Timer(2.0, reader.kill).start()
    try:
        result = runner.invoke(cli, ["--db", db, "ingest", "--lock-timeout", "60", str(seeds_dir)])
    finally:
        reader.kill()
        reader.wait()
    assert result.exit_code == 0, result.output
    assert "Store" in result.output and "5 input(s)" in result.output


@pytest.mark.parametrize("arguments, reason", [
    (["events", "--since", "notadate"], "'notadate' is not a date"),
    (["events", "--since", "2025-13"], "month must be in 1..12"),
    (["events", "--type", "HUG"], "'HUG' is not a PLOVER event type"),
    (["events", "--limit", "0"], "0 is not in the range 1<=x<=1000000000"),
    (["dyads", "--limit", "-1"], "-1 is not in the range 1<=x<=1000000000"),
    (["dyads", "--until", "' OR 1=1--"], "is not a date"),
    (["timeline", "PAK", "--since", "2025-02-30"], "day is out of range"),
    (["index", "PAK", "RUS", "--by", "week"], "'week' is not one of"),
    (["actors", "--country", "Pakistan"], "not a three-letter country code"),
    (["commitments", "--as-of", "2025-01-01junk"], "is not a date"),
    (["summary", "--limit", "-3"], "-3 is not in the range 1<=x<=1000000000"),
    (["ingest", "--fetched-at", "soon", "-"], "'soon' is not a date"),
    (["ingest", "--lock-timeout", "-1", "-"], "-1.0 is not in the range x>=0"),
    (["ingest", "--lock-timeout", "inf", "-"], "'inf' is not a finite number"),
    (["ingest", "--workers", "999999", "-"], "999999 is not in the range 1<=x<=64"),
    (["events", "--min-confidence", "nan"], "'nan' is not a finite number"),
    (["export", "events", "--min-confidence", "nan"], "'nan' is not a finite number"),
    (["events", "--offset", "9223372036854775808"], "is not in the range 0<=x<=1000000000"),
    (["summary", "--offset", "9223372036854775807"], "is not in the range 0<=x<=1000000000"),
    (["timeline", "PAK", "--limit", str(2**63)], "is not in the range 1<=x<=1000000000"),
    (["events", "--since", "2025-06", "--until", "2025-01"], "the period is empty: since 2025-06 is after until 2025-01"),
    (["dyads", "--until", "2025-01", "--since", "2025-06"], "the period is empty: since 2025-06 is after until 2025-01"),
    (["actors", "--country", "ZZZ"], "'ZZZ' is not the code of a country"),
    (["--actors", str(ROOT / "README.md"), "events"], "is not an actor table"),
])
def test_cli_options_are_checked_with_the_reason(seed_store, arguments, reason):
    result = CliRunner().invoke(cli, ["--db", seed_store, *arguments])
    assert result.exit_code == 2 and reason in " ".join(result.output.split()), result.output


@pytest.mark.parametrize("table, reason", [("code,country\nPMB,PER\n", "a table of organisations without the column(s) name"),
                                           ("code,name\nPMB,Peru Mining Board,extra\n", "row 1 has more or fewer cells"),
                                           ("person,country,sector\nAna Ruiz\n", "row 1 has more or fewer cells")])
def test_cli_an_actor_table_that_cannot_be_read_is_a_usage_error(seed_store, tmp_path, table, reason):
    (tmp_path / "mine.csv").write_text(table, encoding="utf-8")
    for command in (["events"], ["ingest", str(PAGES)]):
        result = CliRunner().invoke(cli, ["--db", seed_store, "--actors", str(tmp_path / "mine.csv"), *command])
        assert result.exit_code == 2 and reason in " ".join(result.output.split()), result.output


def test_cli_checked_options_accept_every_form(seed_store):
    result = CliRunner().invoke(cli, ["--db", seed_store, "events", "--type", "consult", "--since", "2025-02",
                                      "--until", "2025-02-28", "--limit", "3"])
    assert result.exit_code == 0 and "CONSULT" in result.output
    for period in (["--since", "2025", "--until", "2025-01"], ["--since", "2025-02-25", "--until", "2025-02"]):
        assert CliRunner().invoke(cli, ["--db", seed_store, "events", *period]).exit_code == 0
    assert CliRunner().invoke(cli, ["--db", seed_store, "actors", "--country", "xkx"]).exit_code == 0


def test_cli_immutable_store_is_read_and_cannot_be_written(tmp_path, seeds_dir):
    db, runner = tmp_path / "s.duckdb", CliRunner()
    assert runner.invoke(cli, ["--db", str(db), "ingest", str(seeds_dir / "000_5883e2fc2dd893d6.txt")]).exit_code == 0
    if subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a file immutable here (chattr +i needs root and a file system that supports it)")
    try:
        summary = runner.invoke(cli, ["--db", str(db), "summary"])
        ingested = runner.invoke(cli, ["--db", str(db), "ingest", str(seeds_dir)])
    finally:
        subprocess.run(["chattr", "-i", str(db)], check=True)
    assert summary.exit_code == 0 and "article(s) from 1 input(s)" in summary.output
    store_error(ingested, 4, f"cannot write the store {db}: operation not permitted")
