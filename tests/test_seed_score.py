"""Quality gate: events coded from the seed articles, scored by the project's scorer.

The floor only rises (see tests/score_floors.json); the figures are printed at the end of the
test run so that CI's log shows them.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from tidings.cli import cli

from .conftest import ROOT, SCORES, SHARED

FLOORS = json.loads((ROOT / "tests" / "score_floors.json").read_text("utf-8"))


def score(gold: str, pred: str) -> tuple[float, str]:
    scorer = SHARED / "bin" / "score-events"
    out = subprocess.run([sys.executable, str(scorer), "--gold", gold, "--pred", pred],
                         capture_output=True, text=True, check=False).stdout
    return float(out.strip().splitlines()[-1].split()[-1]), out


@pytest.mark.parametrize("name, inputs, gold", [
    ("seeds", "seeds", "gold/seeds.events.jsonl"),
    ("dev", "dev/dev.input.jsonl", "dev/dev.events.jsonl"),
])
def test_seed_score_strict_f1_above_floor(name, inputs, gold, tmp_path, request):
    if not (SHARED / inputs).exists():
        pytest.skip(f"{SHARED / inputs} not found")
    db, pred = str(tmp_path / "s.duckdb"), tmp_path / "events.jsonl"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "ingest", str(SHARED / inputs)]).exit_code == 0
    assert runner.invoke(cli, ["--db", db, "export", "events", "--out", str(pred)]).exit_code == 0
    f1, report = score(str(SHARED / gold), str(pred))
    request.config.stash.setdefault(SCORES, []).append(f"{name}: {report.splitlines()[1]}")
    assert f1 >= FLOORS[name], report
