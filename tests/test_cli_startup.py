"""Commands load only what they use: query commands never import the NLP stack, and the commands
that code articles import it only when they start working. Each command runs in a fresh Python
process, which then reports the heavy packages it imported."""
from __future__ import annotations

import json
import subprocess
import sys

import duckdb
import pytest

HEAVY = {"spacy", "thinc", "scipy", "datasketch", "trafilatura", "ray"}

# Runs the CLI with the given arguments, then prints the top-level packages it imported (on the
# last line of standard error).
PROBE = """
import json, sys
from tidings.cli import main
arguments = json.loads(sys.argv[1])
sys.argv = ["tidings", *arguments]
try:
    main()
except SystemExit:
    pass
if arguments[:1] == ["serve"]:
    from tidings.web import create_app
    create_app(arguments[-1])
print(json.dumps(sorted({name.partition(".")[0] for name in sys.modules})), file=sys.stderr)
"""


def imported(*arguments: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(arguments)], capture_output=True, text=True,
                          timeout=120)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def event_id(seed_store) -> str:
    with duckdb.connect(seed_store, read_only=True) as db:
        return db.execute("SELECT event_id FROM events LIMIT 1").fetchone()[0]


QUERIES = [
    ["--help"], ["--version"], ["summary"], ["events"], ["timeline", "PAK", "RUS"], ["dyads"],
    ["index", "PAK", "RUS"], ["actors"], ["commitments"], ["export", "events", "--format", "csv"],
    ["export", "events", "--format", "gdelt"], ["export", "articles"], ["errors"],
]


@pytest.mark.parametrize("arguments", QUERIES, ids=lambda a: " ".join(a))
def test_cli_startup_query_commands_never_import_the_nlp_stack(arguments, seed_store):
    assert imported("--db", seed_store, *arguments) & HEAVY == set()


def test_cli_startup_show_and_serve_never_import_the_nlp_stack(seed_store, event_id):
    assert imported("--db", seed_store, "show", event_id) & HEAVY == set()
    assert imported("serve", "--help", seed_store) & HEAVY == set()  # and the app it would serve


@pytest.mark.parametrize("command", ["ingest", "recode", "bench"])
def test_cli_startup_coding_commands_import_the_nlp_stack_only_when_working(command):
    assert imported(command, "--help") & HEAVY == set()


def test_cli_startup_ingest_loads_what_it_needs(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><h1>Chile and Peru</h1><p>Chile and Peru held talks in Lima on Monday "
                    "about trade and fishing rights.</p></body></html>", encoding="utf-8")
    loaded = imported("--db", str(tmp_path / "s.duckdb"), "ingest", str(page))
    assert {"spacy", "trafilatura"} <= loaded
    assert not {"datasketch", "scipy"} & loaded  # near-duplicate signatures without SciPy's 0.4 s import
