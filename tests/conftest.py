"""Shared fixtures: paths to the development material beside the repository and fresh stores
(DuckDB files, and databases on a PostgreSQL server the session starts itself)."""
from __future__ import annotations

import atexit
import itertools
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg
import pytest

# The tables that runs keep between them (tidings.table_cache) go to a folder of this test session, never
# the user's own; the CLI processes the tests start inherit it.
os.environ["TIDINGS_CACHE"] = tempfile.mkdtemp(prefix="tidings-test-cache-")
atexit.register(shutil.rmtree, os.environ["TIDINGS_CACHE"], True)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCORES = pytest.StashKey[list]()


def unprivileged() -> list[str]:
    """A command prefix under which file permissions hold: as root, ``setpriv`` drops the
    capabilities that bypass them (the user stays root, owner of the test's files)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv (util-linux) to run a command that permissions apply to")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner,-linux_immutable"]


def tidings_command() -> list[str]:
    """The `tidings` command of this environment, to run in a process of its own."""
    return [str(Path(sys.executable).with_name("tidings"))]


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip(f"seed articles not found at {path}")
    return path


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, seeds_dir) -> str:
    """A DuckDB store holding the ingested seeds, shared by the tests that only read it."""
    from click.testing import CliRunner

    from tidings.cli import cli

    db = str(tmp_path_factory.mktemp("seeds") / "seeds.duckdb")
    result = CliRunner().invoke(cli, ["--db", db, "ingest", str(seeds_dir)])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="session")
def gold_articles() -> list[dict]:
    return load_jsonl(SHARED / "gold" / "seeds.articles.jsonl")


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "store.duckdb")


def postgres_bindir() -> Path | None:
    """Where PostgreSQL's server programs are (Debian's newest version first), if anywhere."""
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name), reverse=True):
        if (folder / "initdb").is_file():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found else None


@pytest.fixture(scope="session")
def postgres_server():
    """URL (without database) of a throw-away PostgreSQL server on 127.0.0.1, started for this
    session in a temporary folder and stopped at its end; skips when PostgreSQL is not installed."""
    bindir = postgres_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (Debian package `postgresql`; `make test` installs it as root)")
    folder = Path(tempfile.mkdtemp(prefix="tidings-pg-"))
    as_user = []
    if os.geteuid() == 0:  # the server refuses to run as root: run it as the package's user
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no `postgres` user to run the PostgreSQL server")
        shutil.chown(folder, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = folder / "data"
    subprocess.run([*as_user, bindir / "initdb", "-D", data, "-A", "trust", "-U", "tidings", "-E", "UTF8",
                    "--no-locale", "--no-sync"], check=True, capture_output=True)
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
    subprocess.run([*as_user, bindir / "pg_ctl", "-D", data, "-l", folder / "server.log", "-w", "-o", options,
                    "start"], check=True, capture_output=True)
    try:
        yield f"postgresql://tidings@127.0.0.1:{port}"
    finally:
        subprocess.run([*as_user, bindir / "pg_ctl", "-D", data, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


DATABASES = itertools.count()


def postgres_database(server: str) -> str:
    """URL of a new, empty database on ``server``."""
    name = f"store_{next(DATABASES)}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return f"{server}/{name}"


@pytest.fixture(params=["duckdb", "postgresql"])
def store_url(request, tmp_path) -> str:
    """A fresh store location, once for each backend: a DuckDB file, then a PostgreSQL URL."""
    if request.param == "duckdb":
        return str(tmp_path / "store.duckdb")
    return postgres_database(request.getfixturevalue("postgres_server"))


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Print the event scores measured by test_seed_score, so CI's log shows them."""
    for line in config.stash.get(SCORES, []):
        terminalreporter.write_line(f"event score {line}")
