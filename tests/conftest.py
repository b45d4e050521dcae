"""Shared fixtures: paths to the development material beside the repository and fresh stores."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCORES = pytest.StashKey[list]()


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip(f"seed articles not found at {path}")
    return path


@pytest.fixture(scope="session")
def gold_articles() -> list[dict]:
    return load_jsonl(SHARED / "gold" / "seeds.articles.jsonl")


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "store.duckdb")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Print the event scores measured by test_seed_score, so CI's log shows them."""
    for line in config.stash.get(SCORES, []):
        terminalreporter.write_line(f"event score {line}")
